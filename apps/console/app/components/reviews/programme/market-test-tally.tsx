import { useTranslation } from "react-i18next";
import { MARKET_TEST_DECISIONS, type MarketTestDecision } from "@hearth/domain/reviews";
import { InsetText, Table } from "@hearth/ui";

export interface TallyView {
  /** Counts of each score 1–6, already written in the page's language. */
  byScore: string[];
  /** 1 to 6 as the page writes numbers. */
  scoreLabels: string[];
  byDecision: Record<MarketTestDecision, string>;
  /** The scores each decision gathers (4 and 5 for elements), written in the page's language. */
  groups: Record<MarketTestDecision, string[]>;
  scored: string;
  total: string;
  decision: MarketTestDecision | null;
}

/** How many criteria got each score, the groups the decision is drawn from, and the decision once all are scored. */
export function MarketTestTally({ tally }: { tally: TallyView }) {
  const { t } = useTranslation("programme");
  return (
    <section aria-labelledby="tally-heading">
      <h2 className="govuk-heading-m" id="tally-heading">
        {t("marketTest.tally.heading")}
      </h2>
      {tally.decision ? (
        <div className="govuk-panel govuk-panel--confirmation govuk-!-margin-bottom-6">
          <h3 className="govuk-panel__title govuk-!-font-size-36">{t("marketTest.tally.decision")}</h3>
          <div className="govuk-panel__body govuk-!-font-size-24">{t(`marketTest.decision.${tally.decision}`)}</div>
        </div>
      ) : (
        <InsetText>{t("marketTest.tally.incomplete", { scored: tally.scored, total: tally.total })}</InsetText>
      )}
      <Table
        caption={t("marketTest.tally.byScoreCaption")}
        captionSize="s"
        numericColumns={[1]}
        firstCellIsHeader
        head={[t("marketTest.tally.score"), t("marketTest.tally.count")]}
        rows={tally.byScore.map((count, i) => [tally.scoreLabels[i], count])}
      />
      <Table
        caption={t("marketTest.tally.byDecisionCaption")}
        captionSize="s"
        numericColumns={[2]}
        firstCellIsHeader
        head={[t("marketTest.tally.outcome"), t("marketTest.tally.scores"), t("marketTest.tally.count")]}
        rows={MARKET_TEST_DECISIONS.map((d) => [
          <>
            {t(`marketTest.decision.${d}`)}
            {tally.decision === d && (
              <>
                {" "}
                <strong className="govuk-tag govuk-tag--green">{t("marketTest.tally.chosen")}</strong>
              </>
            )}
          </>,
          tally.groups[d].join(t("marketTest.tally.and")),
          tally.byDecision[d],
        ])}
      />
      <p className="govuk-body">{t("marketTest.tally.ties")}</p>
    </section>
  );
}
