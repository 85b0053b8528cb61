import { useTranslation } from "react-i18next";
import { RISK_LEVELS } from "@hearth/domain/reviews";
import { Radios, TextInput, Textarea } from "@hearth/ui";
import type { FieldError, FieldValue } from "./field-values";

const AREAS_AFTER_RATING = ["nature", "effect", "controlMeasures", "contingency", "indicators"] as const;

/** The cover report's risk block, in its order; impact and likelihood give the rating, the residual risk is rated after controls. */
export function RiskFields({ value, error }: { value: FieldValue; error: FieldError }) {
  const { t } = useTranslation("reviewplan");
  const levels = RISK_LEVELS.map((level) => ({ value: level, label: t(`reviews:level.${level}`) }));
  const area = (name: string) => (
    <Textarea key={name} id={name} name={name} rows={3} label={t(`risks.field.${name}.label`)} labelSize="s" hint={t(`risks.field.${name}.hint`)} defaultValue={value(name)} error={error(name)} />
  );
  return (
    <>
      {area("summary")}
      <TextInput id="category" name="category" label={t("risks.field.category.label")} labelSize="s" hint={t("risks.field.category.hint")} defaultValue={value("category")} error={error("category")} />
      <Radios name="impact" legend={t("risks.field.impact.label")} legendSize="s" hint={t("risks.field.impact.hint")} inline items={levels} defaultValue={value("impact")} error={error("impact")} />
      <Radios
        name="likelihood"
        legend={t("risks.field.likelihood.label")}
        legendSize="s"
        hint={t("risks.field.likelihood.hint")}
        inline
        items={levels}
        defaultValue={value("likelihood")}
        error={error("likelihood")}
      />
      {AREAS_AFTER_RATING.map(area)}
      <Radios
        name="residualRisk"
        legend={t("risks.field.residualRisk.label")}
        legendSize="s"
        hint={t("risks.field.residualRisk.hint")}
        items={[...levels, { value: "", label: t("risks.notRated"), divider: t("form.or") }]}
        defaultValue={value("residualRisk")}
        error={error("residualRisk")}
      />
    </>
  );
}
