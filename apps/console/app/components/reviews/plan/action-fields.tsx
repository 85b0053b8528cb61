import { useTranslation } from "react-i18next";
import { ACTION_STATUSES } from "@hearth/domain/reviews";
import { Radios, TextInput, Textarea } from "@hearth/ui";
import type { FieldError, FieldValue } from "./field-values";

/** One action of the plan; `latest` is the last due date the one-year rule allows, as written. */
export function ActionFields({ value, error, latest }: { value: FieldValue; error: FieldError; latest: string }) {
  const { t } = useTranslation("reviewplan");
  return (
    <>
      <Textarea id="action" name="action" rows={3} label={t("actions.field.action")} labelSize="s" hint={t("actions.field.actionHint")} defaultValue={value("action")} error={error("action")} />
      <TextInput id="owner" name="owner" label={t("actions.field.owner")} labelSize="s" hint={t("actions.field.ownerHint")} defaultValue={value("owner")} error={error("owner")} />
      <TextInput id="dueOn" name="dueOn" type="date" width={10} label={t("actions.field.dueOn")} labelSize="s" hint={t("actions.field.dueOnHint", { latest })} defaultValue={value("dueOn")} error={error("dueOn")} />
    </>
  );
}

/** Progress after approval: how far the action has got and, once done, the day it was done. */
export function ProgressFields({ value, error }: { value: FieldValue; error: FieldError }) {
  const { t } = useTranslation("reviewplan");
  return (
    <>
      <Radios name="status" legend={t("actions.field.status")} legendSize="s" items={ACTION_STATUSES.map((status) => ({ value: status, label: t(`actions.status.${status}`) }))} defaultValue={value("status")} error={error("status")} />
      <TextInput id="completedOn" name="completedOn" type="date" width={10} label={t("actions.field.completedOn")} labelSize="s" hint={t("actions.field.completedOnHint")} defaultValue={value("completedOn")} error={error("completedOn")} />
    </>
  );
}
