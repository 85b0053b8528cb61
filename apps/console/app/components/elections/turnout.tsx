import { useTranslation } from "react-i18next";
import { Table } from "@hearth/ui";

export interface TurnoutData {
  rollSize: number;
  voted: number;
  /** Formatted on the server in the page's language. */
  percent: string;
  byChannel: { online: number; code: number; paper: number };
  byNeighbourhood: { id: string; name: string; onRoll: number; voted: number; percent: string }[];
}

/** Live turnout: how many on the roll have voted, by channel and by neighbourhood. Never how anyone voted. */
export function Turnout({ turnout, headingLevel = 2 }: { turnout: TurnoutData; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation("elections");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="turnout-heading">
      <Heading className="govuk-heading-m" id="turnout-heading">
        {t("turnout.heading")}
      </Heading>
      <p className="govuk-body-l">{t("turnout.summary", { voted: turnout.voted, roll: turnout.rollSize, percent: turnout.percent })}</p>
      <p className="govuk-body">{t("turnout.noResults")}</p>
      <Table
        caption={t("turnout.byChannel")}
        captionSize="s"
        head={[t("turnout.columns.channel"), t("turnout.columns.voted")]}
        numericColumns={[1]}
        firstCellIsHeader
        rows={(["online", "code", "paper"] as const).map((channel) => [t(`turnout.channel.${channel}`), turnout.byChannel[channel]])}
      />
      <Table
        caption={t("turnout.byNeighbourhood")}
        captionSize="s"
        head={[t("turnout.columns.neighbourhood"), t("turnout.columns.voted"), t("turnout.columns.onRoll"), t("turnout.columns.percent")]}
        numericColumns={[1, 2, 3]}
        firstCellIsHeader
        rows={turnout.byNeighbourhood.map((n) => [n.name, n.voted, n.onRoll, n.percent])}
      />
    </section>
  );
}
