import { useTranslation } from "react-i18next";
import type { ComplaintStatus } from "@hearth/domain/complaints";
import { Tag, type TagColour } from "@hearth/ui";

// The words carry the meaning; colour only groups them at a glance.
const COLOURS: Record<ComplaintStatus, TagColour> = {
  received: "blue",
  "stage1-acknowledged": "light-blue",
  "stage1-extended": "yellow",
  "stage1-responded": "turquoise",
  escalated: "purple",
  "stage2-acknowledged": "light-blue",
  "stage2-extended": "yellow",
  "final-response": "green",
  closed: "grey",
  refused: "orange",
  withdrawn: "grey",
};

export function ComplaintStatusTag({ status, wide = false }: { status: ComplaintStatus; wide?: boolean }) {
  const { t } = useTranslation("complaints");
  return (
    <Tag colour={COLOURS[status]} className={wide ? "hearth-tag--wide" : undefined}>
      {t(`status.${status}`)}
    </Tag>
  );
}
