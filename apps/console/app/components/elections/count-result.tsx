import { useTranslation } from "react-i18next";
import { textDirection } from "@hearth/i18n";
import { BarChart, Table, Tag } from "@hearth/ui";
import type { FormattedCell, FormattedResult } from "../../lib/election-count.server";
import { useRootData } from "../../root";

type Stv = Extract<FormattedResult, { kind: "stv" }>;
type Tally = Extract<FormattedResult, { kind: "tally" }>;

/**
 * The count stage by stage as returning officers publish it: a chart of first
 * preferences against the final stage, then the table (the record) with each
 * candidate's votes at every stage, the transfer that brought them there,
 * the non-transferable papers, and when each was elected or excluded.
 */
function StvResult({ result }: { result: Stv }) {
  const { t } = useTranslation("counting");
  const { locale } = useRootData();
  const heading = (stage: Stv["stages"][number]) => (stage.action === "first" ? t("results.stage.first", { stage: stage.number }) : t(`results.stage.${stage.action}`, { stage: stage.number, name: stage.subject ?? "" }));
  const cell = (c: FormattedCell) => (c.votes === null ? t("results.gone") : c.transfer === null ? c.votes : t("results.cell", { votes: c.votes, transfer: c.transfer }));
  return (
    <>
      <BarChart
        id="count-chart"
        title={t("results.chart.title")}
        description={t("results.chart.description")}
        series={[{ label: t("results.chart.first") }, { label: t("results.chart.final") }]}
        data={result.rows.map((row) => ({ label: row.candidate, values: [row.chart.first, row.chart.final], valueLabels: [row.chart.firstText, row.chart.finalText] }))}
        dir={textDirection(locale)}
      />
      {/* The caption sits outside the sideways-scrolling region so it stays readable on a phone. */}
      <h2 className="govuk-heading-m" id="stages-heading">
        {t("results.table.caption", { quota: result.quota })}
      </h2>
      <div className="hearth-table-scroll" tabIndex={0} role="region" aria-labelledby="stages-heading">
        <Table
          caption={<span className="govuk-visually-hidden">{t("results.table.region")}</span>}
          firstCellIsHeader
          head={[t("results.table.candidate"), ...result.stages.map(heading), t("results.table.outcome")]}
          rows={[
            ...result.rows.map((row) => [
              <bdi key="name">{row.candidate}</bdi>,
              ...row.cells.map(cell),
              row.electedAt !== null ? (
                <Tag key="outcome" colour="green">
                  {t("results.electedAt", { stage: row.electedAt })}
                </Tag>
              ) : row.excludedAt !== null ? (
                t("results.excludedAt", { stage: row.excludedAt })
              ) : (
                t("results.notElected")
              ),
            ]),
            [t("results.table.nonTransferable"), ...result.nonTransferable.map(cell), ""],
          ]}
        />
      </div>
    </>
  );
}

/** First past the post and approval: votes per candidate, drawn and tabled. */
function TallyResult({ result }: { result: Tally }) {
  const { t } = useTranslation("counting");
  const { locale } = useRootData();
  return (
    <>
      <BarChart
        id="count-chart"
        title={t("results.chart.title")}
        description={t("results.chart.tallyDescription")}
        series={[{ label: t("results.table.votes") }]}
        data={result.rows.map((row) => ({ label: row.candidate, values: [row.value], valueLabels: [row.votes] }))}
        dir={textDirection(locale)}
      />
      <Table
        caption={t("results.table.tallyCaption")}
        captionSize="m"
        firstCellIsHeader
        numericColumns={[1]}
        head={[t("results.table.candidate"), t("results.table.votes"), t("results.table.outcome")]}
        rows={result.rows.map((row) => [
          <bdi key="name">{row.candidate}</bdi>,
          row.votes,
          row.elected ? (
            <Tag key="outcome" colour="green">
              {t("results.elected")}
            </Tag>
          ) : (
            t("results.notElected")
          ),
        ])}
      />
    </>
  );
}

export function CountResult({ result }: { result: FormattedResult }) {
  return result.kind === "stv" ? <StvResult result={result} /> : <TallyResult result={result} />;
}
