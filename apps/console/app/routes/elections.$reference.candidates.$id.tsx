import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load } from "@hearth/api/server";
import { SKILLS_CRITERIA } from "@hearth/domain/elections";
import { formatDate, formatNumber } from "@hearth/i18n";
import { Button, Radios, SummaryList, Table, Textarea } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { CandidateStatusTag } from "../components/elections/candidate-status";
import { ElectionPage, electionShouldRevalidate } from "../components/elections/election-page";
import { electionFormFailed, electionFormText, electionPost, electionProblem, electionScope, finishElectionForm } from "../lib/election-page.server";
import { electionPath } from "../lib/election-paths";

const FORM = "candidate-form";
const RTL = ["ar", "ur"];
const SCORES = ["0", "1", "2", "3", "4", "5"];

export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const data = await load(() => scope.caller.elections.candidate({ reference: args.params.reference ?? "", candidateId: args.params.id ?? "" }));
  const n = (value: number | null) => (value === null ? "" : formatNumber(scope.locale, value, { maximumFractionDigits: 1 }));
  const c = data.candidate;
  const scorers = [...new Map(c.scores.map((s) => [s.scorerId, s.scorerName])).entries()].map(([id, name]) => ({ id, name }));
  return {
    title: scope.pageTitle("candidate.title", { name: c.ballotName }, electionFormFailed(args)),
    header: data.header,
    myScores: data.myScores,
    candidate: {
      id: c.id,
      name: c.ballotName,
      neighbourhood: c.neighbourhood,
      status: c.status,
      note: c.eligibilityNote,
      nominatedOn: formatDate(scope.locale, c.nominatedAt),
      statements: c.statements,
      // Answers in the criteria's order first, then anything else the candidate was asked.
      answers: [...SKILLS_CRITERIA.filter((q) => q in c.skills), ...Object.keys(c.skills).filter((q) => !(SKILLS_CRITERIA as readonly string[]).includes(q))].map((q) => ({ question: q, answer: c.skills[q] ?? "" })),
      total: { total: c.total.total, scorers: c.total.scorers, average: n(c.total.average) },
      byCriterion: SKILLS_CRITERIA.map((criterion) => ({ criterion, average: n(c.total.byCriterion[criterion]) })),
      scorers: scorers.map((s) => ({ ...s, scores: SKILLS_CRITERIA.map((criterion) => c.scores.find((x) => x.scorerId === s.id && x.criterion === criterion) ?? null) })),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = electionShouldRevalidate;

/** Two forms post here: the eligibility check and this panel member's score sheet. */
export async function action(args: ActionFunctionArgs) {
  const { scope, form, header } = await electionPost(args);
  const candidateId = args.params.id ?? "";
  const names = ["intent", "version", "eligible", "note", ...SKILLS_CRITERIA.flatMap((c) => [`score-${c}`, `reason-${c}`])];
  const values = electionFormText(form, names);
  const change = { electionId: header.id, version: Number(values.version), candidateId };
  const to = electionPath(header.reference, `candidates/${candidateId}`);
  if (values.intent === "eligibility") {
    const outcome = await attempt(() => scope.caller.elections.setEligibility({ ...change, eligible: (values.eligible ?? "") as "eligible", note: values.note ?? "" }));
    return finishElectionForm(args, outcome, { reference: header.reference, to, banner: "elections:done.checked", values, remap: (errors) => errors.map((e) => (e.field === "eligible" || e.field === "note" ? e : { ...e, field: undefined })) });
  }
  if (values.intent === "score") {
    const scores = Object.fromEntries(SKILLS_CRITERIA.map((c) => [c, { score: values[`score-${c}`] ?? "", reason: values[`reason-${c}`] ?? "" }]));
    const outcome = await attempt(() => scope.caller.elections.scoreCandidate({ ...change, scores }));
    return finishElectionForm(args, outcome, {
      reference: header.reference,
      to,
      banner: "elections:done.scored",
      values,
      // "scores.score.experience" → "score-experience", the radios' id.
      remap: (errors) => errors.map((e) => {
        const match = /^scores\.(score|reason)\.(\w+)$/.exec(e.field ?? "");
        // Each message names its skills question, so the error summary says which one.
        return match ? { ...e, field: `${match[1]}-${match[2]}`, params: { criterion: scope.tr(`criteria.${match[2]}.name`) } } : { ...e, field: undefined };
      }),
    });
  }
  return electionProblem(args, [{ key: "errors.invalid" }], {});
}

export default function Candidate() {
  const { t } = useTranslation("elections");
  const { header, candidate, myScores } = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), FORM);
  const version = messages.value("version") ?? String(header.version);
  const canScore = !header.locked && ["eligible", "shortlisted", "not_shortlisted"].includes(candidate.status);
  const value = (name: string, saved: string) => (messages.hasErrors ? (messages.value(name) ?? "") : saved);
  return (
    <ElectionPage header={header} heading={candidate.name} errors={messages.summary} backTo={electionPath(header.reference, "candidates")} backLabel={t("candidate.back")}>
      <SummaryList
        rows={[
          { key: t("candidate.status"), value: <CandidateStatusTag status={candidate.status} /> },
          { key: t("candidate.neighbourhood"), value: candidate.neighbourhood },
          { key: t("candidate.nominatedOn"), value: candidate.nominatedOn },
          ...(candidate.note ? [{ key: t("candidate.note"), value: candidate.note }] : []),
        ]}
      />

      <h2 className="govuk-heading-m">{t("candidate.statements")}</h2>
      {candidate.statements.length === 0 ? (
        <p className="govuk-body">{t("candidates.noStatement")}</p>
      ) : (
        candidate.statements.map((s) => (
          <section key={s.language} aria-labelledby={`statement-${s.language}`}>
            <h3 className="govuk-heading-s" id={`statement-${s.language}`}>
              {t(`language.${s.language}`, { defaultValue: s.language })}
            </h3>
            <p className="govuk-body hearth-wrap-long hearth-statement" lang={s.language} dir={RTL.includes(s.language) ? "rtl" : "ltr"}>
              {s.statement}
            </p>
          </section>
        ))
      )}

      <h2 className="govuk-heading-m">{t("candidate.answers")}</h2>
      {candidate.answers.length === 0 ? (
        <p className="govuk-body">{t("candidate.noAnswers")}</p>
      ) : (
        <SummaryList rows={candidate.answers.map((a) => ({ key: t(`criteria.${a.question}.name`, { defaultValue: a.question }), value: <span className="hearth-wrap-long hearth-statement">{a.answer}</span> }))} />
      )}

      <h2 className="govuk-heading-m">{t("candidate.eligibility.heading")}</h2>
      {header.locked || candidate.status === "withdrawn" ? (
        <p className="govuk-body">{t(header.locked ? "candidate.locked" : "candidate.withdrawn")}</p>
      ) : (
        <Form method="post" id={FORM} noValidate>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="intent" value="eligibility" />
          <input type="hidden" name="version" value={version} />
          <Radios
            name="eligible"
            legend={t("candidate.eligibility.legend")}
            legendSize="s"
            hint={t("candidate.eligibility.hint")}
            inline
            defaultValue={value("eligible", candidate.status === "nominated" ? "" : candidate.status === "ineligible" ? "ineligible" : "eligible")}
            error={messages.field("eligible")}
            items={[
              { value: "eligible", label: t("candidate.eligibility.eligible") },
              { value: "ineligible", label: t("candidate.eligibility.ineligible") },
            ]}
          />
          <Textarea id="note" name="note" label={t("candidate.eligibility.note")} labelSize="s" hint={t("candidate.eligibility.noteHint")} rows={3} defaultValue={value("note", candidate.note)} error={messages.field("note")} />
          <Button type="submit" variant="secondary">
            {t("candidate.eligibility.submit")}
          </Button>
        </Form>
      )}

      <h2 className="govuk-heading-m">{t("candidate.panel.heading")}</h2>
      {candidate.scorers.length === 0 ? (
        <p className="govuk-body">{t("candidate.panel.none")}</p>
      ) : (
        <>
          <p className="govuk-body">{t("candidate.panel.total", { total: candidate.total.total, scorers: candidate.total.scorers, average: candidate.total.average })}</p>
          <div className="hearth-table-scroll" tabIndex={0} role="region" aria-label={t("candidate.panel.heading")}>
            <Table
              caption={t("candidate.panel.caption")}
              captionSize="s"
              head={[t("candidate.panel.criterion"), ...candidate.scorers.map((s) => s.name), t("candidate.panel.average")]}
              firstCellIsHeader
              rows={candidate.byCriterion.map(({ criterion, average }, index) => [
                t(`criteria.${criterion}.name`),
                ...candidate.scorers.map((s) => {
                  const score = s.scores[index];
                  return score ? (
                    <span key={s.id}>
                      <strong>{score.score}</strong>
                      <br />
                      <span className="hearth-secondary-text">{score.reason}</span>
                    </span>
                  ) : (
                    ""
                  );
                }),
                average,
              ])}
            />
          </div>
        </>
      )}

      {canScore && (
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="intent" value="score" />
          <input type="hidden" name="version" value={version} />
          <h3 className="govuk-heading-s">{t("candidate.score.heading")}</h3>
          <p className="govuk-body">{t("candidate.score.intro")}</p>
          {SKILLS_CRITERIA.map((criterion) => (
            <div key={criterion} className="hearth-score">
              <Radios
                name={`score-${criterion}`}
                legend={t(`criteria.${criterion}.name`)}
                legendSize="s"
                hint={t(`criteria.${criterion}.guide`)}
                inline
                small
                defaultValue={value(`score-${criterion}`, myScores[criterion] ? String(myScores[criterion]!.score) : "")}
                error={messages.field(`score-${criterion}`)}
                items={SCORES.map((score) => ({ value: score, label: score }))}
              />
              <Textarea
                id={`reason-${criterion}`}
                name={`reason-${criterion}`}
                label={t("candidate.score.reason", { criterion: t(`criteria.${criterion}.name`) })}
                labelSize="s"
                rows={2}
                defaultValue={value(`reason-${criterion}`, myScores[criterion]?.reason ?? "")}
                error={messages.field(`reason-${criterion}`)}
              />
            </div>
          ))}
          <Button type="submit">{t("candidate.score.submit")}</Button>
        </Form>
      )}
    </ElectionPage>
  );
}
