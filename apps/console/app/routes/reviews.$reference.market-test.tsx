import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, load, readForm } from "@hearth/api/server";
import { MARKET_TEST_CRITERIA, MARKET_TEST_CRITERIA_COUNT, MARKET_TEST_DECISIONS, MARKET_TEST_GROUPS, MARKET_TEST_MAX_SCORE, MARKET_TEST_MIN_SCORE } from "@hearth/domain/reviews";
import { Button, Radios, Table, Textarea } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { MarketTestTally } from "../components/reviews/programme/market-test-tally";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { finishReviewForm, loadReviewHeader, reviewFormFailed, reviewScope } from "../lib/review-page.server";
import { number } from "../lib/programme.server";
import { reviewPath } from "../lib/review-paths";

const SCORES = Array.from({ length: MARKET_TEST_MAX_SCORE - MARKET_TEST_MIN_SCORE + 1 }, (_, i) => MARKET_TEST_MIN_SCORE + i);

export async function loader(args: LoaderFunctionArgs) {
  const scope = await reviewScope(args);
  const header = await loadReviewHeader(scope, args.params.reference);
  const state = await load(() => scope.caller.marketTest.get({ reference: header.reference }));
  const n = (value: number) => number(scope.locale, value);
  return {
    title: scope.pageTitle("programme:marketTest.title", {}, reviewFormFailed(args)),
    header,
    canEdit: header.canEdit["market-test"],
    scores: Object.fromEntries(state.scores.map((s) => [s.criterion, { score: s.score, scoreText: n(s.score), note: s.note }])),
    scoreLabels: SCORES.map(n),
    tally: {
      byScore: SCORES.map((s) => n(state.tally.byScore[s as 1 | 2 | 3 | 4 | 5 | 6])),
      scoreLabels: SCORES.map(n),
      byDecision: Object.fromEntries(MARKET_TEST_DECISIONS.map((d) => [d, n(state.tally.byDecision[d])])) as Record<(typeof MARKET_TEST_DECISIONS)[number], string>,
      groups: Object.fromEntries(MARKET_TEST_DECISIONS.map((d) => [d, MARKET_TEST_GROUPS[d].map(n)])) as Record<(typeof MARKET_TEST_DECISIONS)[number], string[]>,
      scored: n(state.tally.scored),
      total: n(MARKET_TEST_CRITERIA_COUNT),
      decision: state.decision,
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const scope = await reviewScope(args, ["staff"]);
  const form = await readForm(args.request, scope);
  const text = (name: string) => String(form.get(name) ?? "").slice(0, 4000);
  const values: Record<string, string> = { reviewId: text("reviewId"), version: text("version") };
  const scores = MARKET_TEST_CRITERIA.map((c, i) => {
    values[`scores.${i}.score`] = text(`scores.${i}.score`);
    values[`scores.${i}.note`] = text(`scores.${i}.note`);
    return { criterion: c.number, score: values[`scores.${i}.score`]!, note: values[`scores.${i}.note`]! };
  });
  const reference = args.params.reference ?? "";
  const outcome = await attempt(() => scope.caller.marketTest.save({ reviewId: values.reviewId!, version: values.version!, scores }));
  return finishReviewForm(args, outcome, {
    reference,
    to: reviewPath(reference, "market-test"),
    banner: "programme:done.marketTestSaved",
    values,
    // Say which criterion a score message is about: the summary lists them out of sight of the form.
    remap: (errors) =>
      errors.map((error) => {
        const match = /^scores\.(\d+)\.score$/.exec(error.field ?? "");
        const own = error.key.replace("errors.reviews.marketTest.", "");
        if (!match || !["scoreInvalid", "scoreForNote"].includes(own)) return error;
        return { ...error, key: `programme:marketTest.errors.${own}`, params: { number: Number(match[1]) + 1 } };
      }),
  });
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function CriterionPrompts({ criterion }: { criterion: (typeof MARKET_TEST_CRITERIA)[number] }) {
  const { t } = useTranslation("programme");
  return (
    <>
      {criterion.prompts.map((prompt) => (
        <span key={prompt} className="hearth-block govuk-!-margin-bottom-1">
          {t(prompt)}
        </span>
      ))}
      <span className="hearth-block">{t("marketTest.suitableWhen", { example: t(criterion.suitable) })}</span>
    </>
  );
}

function ScoreForm({ data }: { data: Data }) {
  const { t } = useTranslation("programme");
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), "scores.0.score");
  return (
    // Keyed by version so a save shows what was stored, not what the browser kept.
    <Form method="post" noValidate key={data.header.version}>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="reviewId" value={data.header.id} />
      <input type="hidden" name="version" value={messages.value("version") ?? String(data.header.version)} />
      {MARKET_TEST_CRITERIA.map((criterion, i) => {
        const saved = data.scores[criterion.number];
        return (
          <div key={criterion.number} className="hearth-report-section">
            <Radios
              name={`scores.${i}.score`}
              legend={t("marketTest.criterionLegend", { number: criterion.number, title: t(criterion.title) })}
              legendSize="s"
              hint={<CriterionPrompts criterion={criterion} />}
              inline
              items={data.scoreLabels.map((label, s) => ({ value: String(s + 1), label }))}
              defaultValue={messages.value(`scores.${i}.score`) ?? (saved ? String(saved.score) : undefined)}
              error={messages.field(`scores.${i}.score`)}
            />
            <Textarea
              id={`scores.${i}.note`}
              name={`scores.${i}.note`}
              rows={2}
              label={t("marketTest.note", { number: criterion.number })}
              defaultValue={messages.value(`scores.${i}.note`) ?? saved?.note ?? ""}
              error={messages.field(`scores.${i}.note`)}
            />
          </div>
        );
      })}
      <div className="govuk-button-group">
        <Button preventDoubleClick>{t("marketTest.save")}</Button>
      </div>
    </Form>
  );
}

function ReadOnlyScores({ data }: { data: Data }) {
  const { t } = useTranslation("programme");
  return (
    <Table
      caption={t("marketTest.readOnlyCaption")}
      captionSize="s"
      stackUntilTablet
      head={[t("marketTest.criterion"), t("marketTest.score"), t("marketTest.noteHeading")]}
      rows={MARKET_TEST_CRITERIA.map((criterion) => {
        const saved = data.scores[criterion.number];
        return [
          t("marketTest.criterionLegend", { number: criterion.number, title: t(criterion.title) }),
          saved ? saved.scoreText : t("marketTest.notScored"),
          saved?.note ? (
            <span className="hearth-written" dir="auto">
              {saved.note}
            </span>
          ) : (
            ""
          ),
        ];
      })}
    />
  );
}

export default function MarketTest() {
  const { t } = useTranslation("programme");
  const data = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "scores.0.score");
  return (
    <ReviewPage header={data.header} heading={t("marketTest.title")} errors={messages.summary}>
      <p className="govuk-body">{t(data.canEdit ? "marketTest.intro" : "marketTest.introReadOnly")}</p>
      <p className="govuk-body">{t("marketTest.scale")}</p>
      <p className="govuk-body">{t("marketTest.partsNote")}</p>
      <MarketTestTally tally={data.tally} />
      <h2 className="govuk-heading-m">{t("marketTest.criteriaHeading")}</h2>
      {data.canEdit ? <ScoreForm data={data} /> : <ReadOnlyScores data={data} />}
    </ReviewPage>
  );
}
