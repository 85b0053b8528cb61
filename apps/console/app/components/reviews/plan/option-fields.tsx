import { useTranslation } from "react-i18next";
import { Checkboxes, TextInput, Textarea } from "@hearth/ui";
import type { FieldError, FieldValue } from "./field-values";

/** One option of the appraisal: what it is, what it costs (pounds, stored as pence), what it brings, and whether the group recommends it. */
export function OptionFields({ value, error, recommended }: { value: FieldValue; error: FieldError; recommended: boolean }) {
  const { t } = useTranslation("reviewplan");
  return (
    <>
      <TextInput id="title" name="title" label={t("options.field.title")} labelSize="s" defaultValue={value("title")} error={error("title")} />
      <Textarea id="description" name="description" rows={4} label={t("options.field.description")} labelSize="s" hint={t("options.field.descriptionHint")} defaultValue={value("description")} error={error("description")} />
      <TextInput id="cost" name="cost" width={10} inputMode="decimal" spellCheck={false} label={t("options.field.cost")} labelSize="s" hint={t("options.field.costHint")} defaultValue={value("cost")} error={error("cost")} />
      <Textarea id="benefits" name="benefits" rows={4} label={t("options.field.benefits")} labelSize="s" hint={t("options.field.benefitsHint")} defaultValue={value("benefits")} error={error("benefits")} />
      <Checkboxes
        name="recommended"
        legend={<span className="govuk-visually-hidden">{t("options.field.recommendedLegend")}</span>}
        small
        items={[{ value: "yes", label: t("options.field.recommended"), hint: t("options.field.recommendedHint") }]}
        defaultValues={recommended ? ["yes"] : []}
      />
    </>
  );
}
