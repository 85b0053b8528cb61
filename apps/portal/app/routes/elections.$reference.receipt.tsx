import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { BackLink, Button, ErrorSummary, InsetText, Panel, SummaryList } from "@hearth/ui";
import { CsrfField, useFormMessages, type FormProblem } from "@hearth/ui/remix";
import { useErrorTitle } from "../lib/error-title";
import { CodeField } from "../components/voting/code-field";
import { useVotingFormats } from "../components/voting/format";
import { useRootData } from "../root";
import { electionPaths } from "../lib/election-paths";
import { publicScope, votingProblem, votingTitle } from "../lib/voting.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await publicScope(args);
  const election = await load(() => scope.caller.voting.election({ reference: args.params.reference ?? "" }));
  return { title: votingTitle(args, scope, "receipt.title"), election };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

type Checked = { found: true; receipt: string; position: number; hash: string } | { found: false; receipt: string };

/** Posted, not put in the URL: a receipt in history or logs would show how someone voted. */
export async function action(args: ActionFunctionArgs) {
  const scope = await publicScope(args);
  const form = await readForm(args.request, scope);
  const receipt = String(form.get("receipt") ?? "");
  const outcome = await attempt(() => scope.caller.voting.checkReceipt({ reference: args.params.reference ?? "", receipt }));
  if (!outcome.ok) return votingProblem(args, outcome.errors.map((e) => ({ ...e, field: "receipt" })), { receipt });
  return { checked: outcome.value as Checked };
}

export default function CheckReceipt() {
  const { t } = useTranslation("voting");
  const { csrfToken } = useRootData();
  const { election } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const checked = data && "checked" in data ? data.checked : null;
  const messages = useFormMessages(data && "errors" in data ? (data as FormProblem) : undefined, "receipt");
  useErrorTitle(messages.hasErrors);
  const format = useVotingFormats();
  const published = election.phase === "published";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={electionPaths.election(election.reference)}>{election.title}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <span className="govuk-caption-l">{election.title}</span>
        <h1 className="govuk-heading-l">{t("receipt.title")}</h1>
        {!published ? (
          <InsetText>{t("receipt.notYet")}</InsetText>
        ) : (
          <>
            {checked?.found && (
              <>
                <Panel title={t("receipt.found")} headingLevel={2}>
                  <bdi className="hearth-nowrap">{checked.receipt}</bdi>
                </Panel>
                <SummaryList
                  rows={[
                    { key: t("receipt.position"), value: format.count(checked.position) },
                    { key: t("receipt.hash"), value: <code className="govuk-!-text-break-word">{checked.hash}</code> },
                  ]}
                />
                <p className="govuk-body">{t("receipt.foundBody")}</p>
              </>
            )}
            {checked && !checked.found && (
              <InsetText>
                <p className="govuk-body">
                  <strong>{t("receipt.notFound", { receipt: checked.receipt })}</strong>
                </p>
                <p className="govuk-body">{t("receipt.notFoundBody")}</p>
              </InsetText>
            )}
            <p className="govuk-body">{t("receipt.intro")}</p>
            <Form method="post" noValidate>
              <CsrfField token={csrfToken} />
              <CodeField name="receipt" label={t("receipt.label")} hint={t("receipt.hint")} messages={messages} />
              <Button>{t("receipt.check")}</Button>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}
