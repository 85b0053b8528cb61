import { Fragment, type ReactNode } from "react";
import { requireUiStrings, useOptionalUiStrings } from "../strings.js";
import { cx, describedBy as joinIds, type LegendSize } from "../class-names.js";
import { ChoiceItem } from "./ChoiceItem.js";
import { ErrorMessage } from "./ErrorMessage.js";
import { Fieldset } from "./Fieldset.js";
import { Hint } from "./Hint.js";
import { optionId } from "./Radios.js";

export interface CheckboxItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /**
   * An option such as "None of these" or "Prefer not to say" that excludes the
   * others. It gets GOV.UK's "or" divider before it and `data-behaviour="exclusive"`
   * (honoured by GOV.UK Frontend's JavaScript if an app loads it); callers must
   * still enforce exclusivity on the server.
   */
  exclusive?: boolean;
  disabled?: boolean;
}

export interface CheckboxesProps {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** Translated error message; switches the group into its error state. */
  error?: string;
  items: CheckboxItem[];
  defaultValues?: string[];
  small?: boolean;
  legendIsPageHeading?: boolean;
  legendSize?: LegendSize;
  /** Prefix for the ids; defaults to `name`. The first checkbox's id is the prefix itself. */
  idPrefix?: string;
  /** Extra ids for the fieldset's aria-describedby. */
  describedBy?: string;
}

/** GOV.UK checkboxes inside a fieldset; every box shares `name`, so the form posts a list of values. */
export function Checkboxes({
  name,
  legend,
  hint,
  error,
  items,
  defaultValues = [],
  small = false,
  legendIsPageHeading = false,
  legendSize,
  idPrefix,
  describedBy,
}: CheckboxesProps) {
  const maybeStrings = useOptionalUiStrings();
  const prefix = idPrefix ?? name;
  const hintId = hint ? `${prefix}-hint` : undefined;
  const errorId = error ? `${prefix}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <Fieldset
        legend={legend}
        legendIsPageHeading={legendIsPageHeading}
        legendSize={legendSize}
        describedBy={joinIds(describedBy, hintId, errorId)}
      >
        {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
        {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className={cx("govuk-checkboxes", small && "govuk-checkboxes--small")} data-module="govuk-checkboxes">
          {items.map((item, index) => {
            const itemId = optionId(prefix, index);
            return (
              <Fragment key={item.value}>
                {item.exclusive && index > 0 && <div className="govuk-checkboxes__divider">{requireUiStrings(maybeStrings).or}</div>}
                <ChoiceItem kind="checkboxes" id={itemId} name={name} value={item.value} label={item.label} hint={item.hint} defaultChecked={defaultValues.includes(item.value)} disabled={item.disabled} data-behaviour={item.exclusive ? "exclusive" : undefined} />
              </Fragment>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
