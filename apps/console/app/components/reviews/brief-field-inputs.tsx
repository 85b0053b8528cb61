import { useTranslation } from "react-i18next";
import type { BriefField, BriefSection } from "@hearth/domain/reviews";
import { RISK_LEVELS } from "@hearth/domain/reviews";
import { ErrorMessage, Hint, Radios, TextInput, Textarea } from "@hearth/ui";
import { DATE_PARTS } from "../../lib/review-section";

interface FieldProps {
  section: BriefSection;
  field: BriefField;
  /** The value to show for a form name (what was typed, or what is stored). */
  value: (name: string) => string | undefined;
  /** The message for a form name, if any. */
  error: (name: string) => string | undefined;
}

function useFieldWords(section: BriefSection, field: BriefField) {
  const { t, i18n } = useTranslation("reviews");
  const base = `field.${section}.${field.id}`;
  const label = field.required ? t(`${base}.label`) : t("sectionPage.optionalLabel", { label: t(`${base}.label`) });
  const hint = i18n.exists(`reviews:${base}.hint`) ? t(`${base}.hint`) : undefined;
  return { t, label, hint };
}

/**
 * A GOV.UK date input (day, month, year boxes). Errors point at the day box,
 * where the error summary's link lands.
 */
function DateField({ section, field, value, error }: FieldProps) {
  const { t, label, hint } = useFieldWords(section, field);
  const message = error(`${field.id}-day`);
  const hintId = `${field.id}-hint`;
  const errorId = `${field.id}-error`;
  return (
    <div className={`govuk-form-group${message ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={[hint ? hintId : "", message ? errorId : ""].filter(Boolean).join(" ") || undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        {hint && <Hint id={hintId}>{hint}</Hint>}
        {message && <ErrorMessage id={errorId}>{message}</ErrorMessage>}
        <div className="govuk-date-input" id={field.id}>
          {DATE_PARTS.map((part) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${field.id}-${part}`}>
                  {t(`date.${part}`)}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${part === "year" ? 4 : 2}${message ? " govuk-input--error" : ""}`}
                  id={`${field.id}-${part}`}
                  name={`${field.id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  defaultValue={value(`${field.id}-${part}`)}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** An amount in pounds with the GOV.UK £ prefix. */
function PoundsField({ section, field, value, error }: FieldProps) {
  const { t, label, hint } = useFieldWords(section, field);
  const message = error(field.id);
  const ids = [hint ? `${field.id}-hint` : "", message ? `${field.id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className={`govuk-form-group${message ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label govuk-label--s" htmlFor={field.id}>
        {label}
      </label>
      {hint && <Hint id={`${field.id}-hint`}>{hint}</Hint>}
      {message && <ErrorMessage id={`${field.id}-error`}>{message}</ErrorMessage>}
      <div className="govuk-input__wrapper">
        <div className="govuk-input__prefix" aria-hidden="true">
          {t("pounds")}
        </div>
        <input
          className={`govuk-input govuk-input--width-10${message ? " govuk-input--error" : ""}`}
          id={field.id}
          name={field.id}
          type="text"
          inputMode="decimal"
          spellCheck={false}
          defaultValue={value(field.id)}
          aria-describedby={ids || undefined}
        />
      </div>
    </div>
  );
}

/** One cover-report field, drawn for its kind. */
export function BriefFieldInput(props: FieldProps) {
  const { section, field, value, error } = props;
  const { t, label, hint } = useFieldWords(section, field);
  switch (field.kind) {
    case "text":
      return <TextInput id={field.id} name={field.id} label={label} labelSize="s" hint={hint} defaultValue={value(field.id)} error={error(field.id)} />;
    case "textarea":
      return <Textarea id={field.id} name={field.id} label={label} labelSize="s" hint={hint} rows={4} defaultValue={value(field.id)} error={error(field.id)} />;
    case "date":
      return <DateField {...props} />;
    case "pounds":
      return <PoundsField {...props} />;
    case "yes-no":
      return (
        <Radios
          name={field.id}
          idPrefix={field.id}
          legend={label}
          legendSize="s"
          hint={hint}
          inline
          defaultValue={value(field.id)}
          error={error(field.id)}
          items={[
            { value: "yes", label: t("yesNo.yes") },
            { value: "no", label: t("yesNo.no") },
          ]}
        />
      );
    case "level":
      return (
        <Radios
          name={field.id}
          idPrefix={field.id}
          legend={label}
          legendSize="s"
          hint={hint}
          defaultValue={value(field.id)}
          error={error(field.id)}
          items={RISK_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
        />
      );
  }
}
