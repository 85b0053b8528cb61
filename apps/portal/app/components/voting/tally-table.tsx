import { useTranslation } from "react-i18next";
import { BarChart, Table, Tag } from "@hearth/ui";
import { textDirection } from "@hearth/i18n";
import { useRootData } from "../../root";
import { useVotingFormats } from "./format";

export interface TallyTableData {
  kind: "tally";
  method: "plurality" | "approval";
  rows: { candidate: string; votes: number; elected: boolean }[];
}

/** First past the post and approval: votes per candidate, drawn and tabled. */
export function TallyTable({ table }: { table: TallyTableData }) {
  const { t } = useTranslation("voting");
  const { locale } = useRootData();
  const format = useVotingFormats();
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <BarChart
            id="results-chart"
            title={t("results.chart.title")}
            description={t("results.chart.tallyDescription")}
            series={[{ label: t("results.table.votes") }]}
            data={table.rows.map((row) => ({ label: row.candidate, values: [row.votes], valueLabels: [format.count(row.votes)] }))}
            dir={textDirection(locale)}
          />
        </div>
      </div>
      <Table
        caption={t("results.table.tallyCaption")}
        captionSize="m"
        firstCellIsHeader
        numericColumns={[1]}
        head={[t("results.table.candidate"), t("results.table.votes"), t("results.table.outcome")]}
        rows={table.rows.map((row) => [
          <bdi key="name">{row.candidate}</bdi>,
          format.count(row.votes),
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
