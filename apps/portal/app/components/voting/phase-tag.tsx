import { useTranslation } from "react-i18next";
import { Tag, type TagColour } from "@hearth/ui";

const COLOURS: Record<string, TagColour> = {
  nominations: "blue",
  shortlisting: "purple",
  ready: "purple",
  voting: "green",
  closed: "grey",
  counted: "grey",
  certified: "grey",
  published: "turquoise",
};

/** Where an election stands, in words a resident uses. */
export function PhaseTag({ phase }: { phase: string }) {
  const { t } = useTranslation("voting");
  return (
    <Tag colour={COLOURS[phase] ?? "grey"} className="hearth-tag--wide">
      {t(`phase.${phase}`)}
    </Tag>
  );
}
