import { useTranslation } from "react-i18next";
import type { ProgrammeStatus } from "@hearth/domain/reviews";
import { Tag, type TagColour } from "@hearth/ui";

const COLOURS: Record<ProgrammeStatus, TagColour> = { covered: "green", "at-risk": "yellow", overdue: "red" };

/** A service area's standing against the four-year rule. */
export function ProgrammeStatusTag({ status }: { status: ProgrammeStatus }) {
  const { t } = useTranslation("programme");
  return <Tag colour={COLOURS[status]}>{t(`status.${status}`)}</Tag>;
}
