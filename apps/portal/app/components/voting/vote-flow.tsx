import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink, Button, ErrorSummary } from "@hearth/ui";
import { CsrfField, useFormMessages, type FormProblem } from "@hearth/ui/remix";
import { useRootData } from "../../root";
import { useErrorTitle } from "../../lib/error-title";
import { BallotMarks, ballotSummaryHref, type BallotPaper } from "./ballot-form";
import { CheckVote, type Choice } from "./check-vote";
import { HowItWorks } from "./how-it-works";

/** What a vote page's action returns: the ballot again (with problems or to change it), or the check step. */
export type VoteActionData = (FormProblem & { stage?: "ballot" }) | { stage: "check"; choices: Choice[]; values: Record<string, string | string[]> };

export interface VotePaper extends BallotPaper {
  title: string;
  howItWorks: string[];
}

/**
 * The ballot and "check your vote" steps, shared by online voting and voting
 * with a code: one URL, one form posting to itself, so it works without
 * JavaScript; the check step is the action's answer, never stored.
 */
export function VoteFlow({ paper, data, back }: { paper: VotePaper; data: VoteActionData | undefined; back: string }) {
  const { t } = useTranslation("voting");
  const { csrfToken } = useRootData();
  const checking = data?.stage === "check" ? data : null;
  const problem = data && data.stage !== "check" ? data : undefined;
  const messages = useFormMessages(problem, "marks");
  useErrorTitle(messages.hasErrors);
  const summary = messages.summary.map((item) => ({ ...item, href: ballotSummaryHref(item.href, paper) }));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {!checking && <BackLink href={back}>{t("common:form.back")}</BackLink>}
        <ErrorSummary title={t("common:form.problem")} errors={summary} />
        <span className="govuk-caption-l">{paper.title}</span>
        <h1 className="govuk-heading-l">{checking ? t("check.title") : t("ballot.title")}</h1>
        {checking ? (
          <CheckVote kind={paper.kind} choices={checking.choices} values={checking.values} />
        ) : (
          <>
            <HowItWorks points={paper.howItWorks} />
            <Form method="post" noValidate>
              <CsrfField token={csrfToken} />
              <BallotMarks paper={paper} messages={messages} />
              <Button name="intent" value="check">
                {t("ballot.continue")}
              </Button>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}
