import type { ReactNode, SelectHTMLAttributes } from "react";
import { cx, describedBy as joinIds, type LegendSize } from "../class-names.js";
import { ErrorMessage } from "./ErrorMessage.js";
import { Hint } from "./Hint.js";
import { Label } from "./Label.js";

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps
  extends Omit<
    SelectHTMLAttributes<HTMLSelectElement>,
    "id" | "name" | "children" | "defaultValue" | "multiple" | "value"
  > {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Translated error message; switches the field into its error state. */
  error?: string;
  options: SelectOption[];
  defaultValue?: string;
  labelIsPageHeading?: boolean;
  labelSize?: LegendSize;
  describedBy?: string;
}

/** GOV.UK select with label, hint and error message wired through aria-describedby. */
export function Select({
  id,
  name,
  label,
  hint,
  error,
  options,
  defaultValue,
  labelIsPageHeading = false,
  labelSize,
  describedBy,
  className,
  ...rest
}: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <Label htmlFor={id} isPageHeading={labelIsPageHeading} size={labelSize}>
        {label}
      </Label>
      {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
      {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <select
        {...rest}
        className={cx("govuk-select", error && "govuk-select--error", className)}
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={joinIds(describedBy, hintId, errorId)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
