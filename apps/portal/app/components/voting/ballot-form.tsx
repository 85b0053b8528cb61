import { useTranslation } from "react-i18next";
import { Checkboxes, Details, ErrorMessage, Fieldset, Hint, TextInput } from "@hearth/ui";
import { CandidateStatement, type ShownStatement } from "./candidate-statement";

export interface BallotCandidate {
  id: string;
  name: string;
  statement: ShownStatement | null;
}

export interface BallotPaper {
  kind: "preferences" | "crosses";
  system: string;
  seats: number;
  maxCrosses: number;
  candidates: BallotCandidate[];
}

interface Messages {
  field: (name: string) => string | undefined;
  value: (name: string) => string | undefined;
  values: (name: string) => string[] | undefined;
}

/**
 * The ballot paper's marks. Under STV a number box per candidate, in the
 * ballot paper's order (no dragging: it must work by keyboard, by voice and
 * with JavaScript off); otherwise a checkbox per candidate. Problems with the
 * whole ballot show under the legend, a box's own problem beside that box.
 */
export function BallotMarks({ paper, messages }: { paper: BallotPaper; messages: Messages }) {
  const { t } = useTranslation("voting");
  const statement = (candidate: BallotCandidate) => (
    <Details summary={t("ballot.readStatement", { name: candidate.name })}>
      <CandidateStatement statement={candidate.statement} />
    </Details>
  );
  if (paper.kind === "crosses") {
    const hint = paper.system === "fptp" ? t("ballot.crossesHint.fptp", { max: paper.maxCrosses }) : t("ballot.crossesHint.approval");
    return (
      <>
        <Checkboxes
          name="crosses"
          legend={t("ballot.crossesLegend")}
          legendSize="m"
          hint={hint}
          error={messages.field("crosses")}
          items={paper.candidates.map((c) => ({ value: c.id, label: c.name }))}
          defaultValues={messages.values("crosses") ?? []}
        />
        <h2 className="govuk-heading-m">{t("ballot.statementsHeading")}</h2>
        {paper.candidates.map((candidate) => (
          <div key={candidate.id}>{statement(candidate)}</div>
        ))}
      </>
    );
  }
  const error = messages.field("marks");
  return (
    <div className={error ? "govuk-form-group govuk-form-group--error" : "govuk-form-group"}>
      <Fieldset legend={t("ballot.preferencesLegend")} legendSize="m" describedBy={["marks-hint", error && "marks-error"].filter(Boolean).join(" ")}>
        <Hint id="marks-hint">{t("ballot.preferencesHint", { max: paper.candidates.length })}</Hint>
        {error && <ErrorMessage id="marks-error">{error}</ErrorMessage>}
        {paper.candidates.map((candidate) => {
          const name = `marks.${candidate.id}`;
          return (
            <div key={candidate.id} className="govuk-!-margin-bottom-6">
              <TextInput
                id={name}
                name={name}
                label={candidate.name}
                labelSize="s"
                width={2}
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                defaultValue={messages.value(name) ?? ""}
                error={messages.field(name)}
                describedBy={error ? "marks-error" : undefined}
              />
              {statement(candidate)}
            </div>
          );
        })}
      </Fieldset>
    </div>
  );
}

/** Where the error summary's "whole ballot" messages point: the first box or checkbox. */
export function ballotSummaryHref(href: string, paper: BallotPaper): string {
  if (href.startsWith("#marks.") || href === "#crosses") return href;
  const first = paper.candidates[0];
  if (!first) return href;
  return paper.kind === "preferences" ? `#marks.${first.id}` : "#crosses";
}
