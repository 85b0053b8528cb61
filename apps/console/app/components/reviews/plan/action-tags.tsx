import { useTranslation } from "react-i18next";
import type { ActionStatus } from "@hearth/domain/reviews";
import { Tag, type TagColour } from "@hearth/ui";

const STATUS_COLOURS: Record<ActionStatus, TagColour> = { not_started: "grey", in_progress: "blue", done: "green" };

export function ActionStatusTag({ status }: { status: ActionStatus }) {
  const { t } = useTranslation("reviewplan");
  return <Tag colour={STATUS_COLOURS[status]}>{t(`actions.status.${status}`)}</Tag>;
}

export function OverdueTag() {
  const { t } = useTranslation("reviewplan");
  return <Tag colour="red">{t("actions.overdue")}</Tag>;
}
