import { useTranslation } from "react-i18next";
import { TextInput, Textarea } from "@hearth/ui";
import type { FieldError, FieldValue } from "./field-values";

const LONG = ["assessmentDetails", "improvementAction", "measure"] as const;
const AFTER = ["evidenceSummary", "residentBenefit"] as const;

/** The cover report's SMART block, in its order: what and why, how it is measured, who, by when, the evidence and the benefit. */
export function ObjectiveFields({ value, error }: { value: FieldValue; error: FieldError }) {
  const { t } = useTranslation("reviewplan");
  const area = (name: string) => (
    <Textarea
      key={name}
      id={name}
      name={name}
      rows={3}
      label={t(`objectives.field.${name}.label`)}
      labelSize="s"
      hint={t(`objectives.field.${name}.hint`)}
      defaultValue={value(name)}
      error={error(name)}
    />
  );
  return (
    <>
      {LONG.map(area)}
      <TextInput id="owner" name="owner" label={t("objectives.field.owner.label")} labelSize="s" hint={t("objectives.field.owner.hint")} defaultValue={value("owner")} error={error("owner")} />
      <TextInput id="dueOn" name="dueOn" type="date" width={10} label={t("objectives.field.dueOn.label")} labelSize="s" hint={t("form.dateHint")} defaultValue={value("dueOn")} error={error("dueOn")} />
      {AFTER.map(area)}
    </>
  );
}

/** A milestone task: what, who, and from when to when. */
export function TaskFields({ value, error }: { value: FieldValue; error: FieldError }) {
  const { t } = useTranslation("reviewplan");
  return (
    <>
      <Textarea id="task" name="task" rows={2} label={t("tasks.field.task")} labelSize="s" hint={t("tasks.field.taskHint")} defaultValue={value("task")} error={error("task")} />
      <TextInput id="owner" name="owner" label={t("tasks.field.owner")} labelSize="s" hint={t("tasks.field.ownerHint")} defaultValue={value("owner")} error={error("owner")} />
      <TextInput id="startOn" name="startOn" type="date" width={10} label={t("tasks.field.startOn")} labelSize="s" hint={t("form.dateHint")} defaultValue={value("startOn")} error={error("startOn")} />
      <TextInput id="endOn" name="endOn" type="date" width={10} label={t("tasks.field.endOn")} labelSize="s" hint={t("tasks.field.endOnHint")} defaultValue={value("endOn")} error={error("endOn")} />
    </>
  );
}
