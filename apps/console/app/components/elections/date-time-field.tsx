import { useTranslation } from "react-i18next";
import { ErrorMessage, Fieldset, Hint } from "@hearth/ui";

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** "2027-02-15" as the three boxes of a GOV.UK date input (without leading zeros, as people type them). */
export function dateParts(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return { day: "", month: "", year: "" };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

/**
 * A GOV.UK date input (day, month, year), optionally followed by a time of
 * day, in one fieldset. Field names are `<name>-day`, `<name>-month`,
 * `<name>-year` and `<name>-time`; errors point at `<name>-day` and `<name>-time`.
 */
export function DateTimeField({
  name,
  legend,
  hint,
  date,
  time,
  withTime = true,
  dateError,
  timeError,
}: {
  name: string;
  legend: string;
  hint?: string;
  date: DateParts;
  time?: string;
  withTime?: boolean;
  dateError?: string;
  timeError?: string;
}) {
  const { t } = useTranslation("elections");
  const hintId = hint ? `${name}-hint` : undefined;
  const dateErrorId = dateError ? `${name}-date-error` : undefined;
  const timeErrorId = timeError ? `${name}-time-error` : undefined;
  const part = (key: keyof DateParts, width: 2 | 4) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={`${name}-${key}`}>
          {t(`form.date.${key}`)}
        </label>
        <input
          className={`govuk-input govuk-date-input__input govuk-input--width-${width}${dateError ? " govuk-input--error" : ""}`}
          id={`${name}-${key}`}
          name={`${name}-${key}`}
          type="text"
          inputMode="numeric"
          defaultValue={date[key]}
        />
      </div>
    </div>
  );
  return (
    <div className={`govuk-form-group${dateError || timeError ? " govuk-form-group--error" : ""}`}>
      <Fieldset legend={legend} legendSize="s" describedBy={[hintId, dateErrorId, timeErrorId].filter(Boolean).join(" ") || undefined}>
        {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
        {dateError && dateErrorId && <ErrorMessage id={dateErrorId}>{dateError}</ErrorMessage>}
        <div className="govuk-date-input" id={name}>
          {part("day", 2)}
          {part("month", 2)}
          {part("year", 4)}
        </div>
        {withTime && (
          <div className={`govuk-form-group govuk-!-margin-top-4 govuk-!-margin-bottom-0${timeError ? " govuk-form-group--error" : ""}`}>
            <label className="govuk-label" htmlFor={`${name}-time`}>
              {t("form.date.time")}
            </label>
            <div className="govuk-hint" id={`${name}-time-hint`}>
              {t("form.date.timeHint")}
            </div>
            {timeError && timeErrorId && <ErrorMessage id={timeErrorId}>{timeError}</ErrorMessage>}
            <input
              className={`govuk-input govuk-input--width-5${timeError ? " govuk-input--error" : ""}`}
              id={`${name}-time`}
              name={`${name}-time`}
              type="text"
              inputMode="numeric"
              spellCheck={false}
              aria-describedby={[`${name}-time-hint`, timeErrorId].filter(Boolean).join(" ")}
              defaultValue={time}
            />
          </div>
        )}
      </Fieldset>
    </div>
  );
}
