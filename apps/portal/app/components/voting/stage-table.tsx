import { useTranslation } from "react-i18next";
import { BarChart, Table, Tag } from "@hearth/ui";
import { useRootData } from "../../root";
import { textDirection } from "@hearth/i18n";
import { useVotingFormats } from "./format";

interface StageCell {
  votes: string | null;
  transfer: string | null;
}

export interface StvTable {
  kind: "stv";
  quota: string;
  validVotes: number;
  elected: string[];
  stages: { number: number; action: "first" | "surplus" | "exclusion"; subject: string | null }[];
  rows: { candidate: string; cells: StageCell[]; electedAt: number | null; excludedAt: number | null }[];
  nonTransferable: StageCell[];
  firstPreferences: { candidate: string; votes: number }[];
}

/**
 * The count stage by stage, as official reports print it: each candidate's
 * votes at every stage with the transfer that brought them there, the
 * non-transferable papers, and when each was elected or excluded. The chart
 * beside it shows first preferences and the final stage; the table is the record.
 */
export function StageTable({ table }: { table: StvTable }) {
  const { t } = useTranslation("voting");
  const { locale } = useRootData();
  const format = useVotingFormats();
  const stageHeading = (stage: StvTable["stages"][number]) =>
    stage.action === "first" ? t("results.stage.first", { stage: stage.number }) : t(`results.stage.${stage.action}`, { stage: stage.number, name: stage.subject ?? "" });
  const cell = (c: StageCell) =>
    c.votes === null ? t("results.gone") : c.transfer === null || Number(c.transfer) === 0 ? format.votes(c.votes) : t("results.cell", { votes: format.votes(c.votes), transfer: format.transfer(c.transfer) });
  const last = table.stages.length - 1;
  const finalVotes = (row: StvTable["rows"][number]) => {
    // A candidate excluded earlier shows their votes at the stage before they left.
    const shown = [...row.cells].reverse().find((c) => c.votes !== null);
    return Number(row.cells[last]?.votes ?? shown?.votes ?? 0);
  };
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <BarChart
            id="results-chart"
            title={t("results.chart.title")}
            description={t("results.chart.description")}
            series={[{ label: t("results.chart.first") }, { label: t("results.chart.final") }]}
            data={table.rows.map((row, i) => ({
              label: row.candidate,
              values: [table.firstPreferences[i]?.votes ?? 0, finalVotes(row)],
              valueLabels: [format.votes(String(table.firstPreferences[i]?.votes ?? 0)), format.votes(String(finalVotes(row)))],
            }))}
            dir={textDirection(locale)}
          />
        </div>
      </div>
      <Table
        caption={t("results.table.caption", { quota: format.votes(table.quota) })}
        captionSize="m"
        firstCellIsHeader
        stackUntilTablet
        head={[t("results.table.candidate"), ...table.stages.map(stageHeading), t("results.table.outcome")]}
        rows={[
          ...table.rows.map((row) => [
            <bdi key="name">{row.candidate}</bdi>,
            ...row.cells.map(cell),
            row.electedAt !== null ? (
              <Tag key="outcome" colour="green" className="hearth-tag--wide">
                {t("results.electedAt", { stage: row.electedAt })}
              </Tag>
            ) : row.excludedAt !== null ? (
              t("results.excludedAt", { stage: row.excludedAt })
            ) : (
              t("results.notElected")
            ),
          ]),
          [t("results.table.nonTransferable"), ...table.nonTransferable.map(cell), ""],
        ]}
      />
    </>
  );
}
