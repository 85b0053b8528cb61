import { Fragment, type ReactNode } from "react";
import { cx, describedBy as joinIds, type LegendSize } from "../class-names.js";
import { ChoiceItem } from "./ChoiceItem.js";
import { ErrorMessage } from "./ErrorMessage.js";
import { Fieldset } from "./Fieldset.js";
import { Hint } from "./Hint.js";

export interface RadioItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Text of a divider (usually a translated "or") shown before this item. */
  divider?: string;
  disabled?: boolean;
}

export interface RadiosProps {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** Translated error message; switches the group into its error state. */
  error?: string;
  items: RadioItem[];
  defaultValue?: string;
  inline?: boolean;
  small?: boolean;
  legendIsPageHeading?: boolean;
  legendSize?: LegendSize;
  /** Prefix for the ids; defaults to `name`. The first radio's id is the prefix itself. */
  idPrefix?: string;
  /** Extra ids for the fieldset's aria-describedby. */
  describedBy?: string;
}

/** Id of the nth (0-based) option: `prefix`, `prefix-2`, `prefix-3`, … as GOV.UK does. */
export function optionId(prefix: string, index: number): string {
  return index === 0 ? prefix : `${prefix}-${index + 1}`;
}

/** GOV.UK radios inside a fieldset. The first radio's id equals the prefix so `#name` focuses it. */
export function Radios({
  name,
  legend,
  hint,
  error,
  items,
  defaultValue,
  inline = false,
  small = false,
  legendIsPageHeading = false,
  legendSize,
  idPrefix,
  describedBy,
}: RadiosProps) {
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
        <div
          className={cx("govuk-radios", inline && "govuk-radios--inline", small && "govuk-radios--small")}
          data-module="govuk-radios"
        >
          {items.map((item, index) => {
            const itemId = optionId(prefix, index);
            return (
              <Fragment key={item.value}>
                {item.divider && <div className="govuk-radios__divider">{item.divider}</div>}
                <ChoiceItem kind="radios" id={itemId} name={name} value={item.value} label={item.label} hint={item.hint} defaultChecked={defaultValue !== undefined && item.value === defaultValue} disabled={item.disabled} />
              </Fragment>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
