import { useTranslation } from "react-i18next";
import type { ComplaintStatus } from "@hearth/domain/complaints";
import { Tag } from "@hearth/ui";
import { STATUS_COLOURS } from "../../lib/casework";

export function ComplaintStatusTag({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation("complaints");
  return <Tag colour={STATUS_COLOURS[status]}>{t(`status.${status}`)}</Tag>;
}

export function OverdueTag() {
  const { t } = useTranslation("casework");
  return <Tag colour="red">{t("overdue")}</Tag>;
}

/** A date for people (text) and machines (datetime). */
export function Day({ value, empty = "" }: { value: { iso: string; text: string } | null; empty?: string }) {
  return value ? <time dateTime={value.iso}>{value.text}</time> : <>{empty}</>;
}

/** A due date, with an "Overdue" tag after it when it has passed. */
export function DueDate({ value, overdue, empty = "" }: { value: { iso: string; text: string } | null; overdue: boolean; empty?: string }) {
  if (!value) return <>{empty}</>;
  return (
    <span className="hearth-due">
      <time dateTime={value.iso}>{value.text}</time>
      {overdue && (
        <>
          {" "}
          <OverdueTag />
        </>
      )}
    </span>
  );
}
