import type { SelectHTMLAttributes } from "react";
import { cx } from "../class-names.js";
import { FormField, type FieldProps } from "./FormField.js";

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps
  extends FieldProps,
    Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name" | "children" | "defaultValue" | "multiple" | "value"> {
  name: string;
  options: SelectOption[];
  defaultValue?: string;
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
  labelIsPageHeading,
  labelSize,
  describedBy,
  className,
  ...rest
}: SelectProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} labelIsPageHeading={labelIsPageHeading} labelSize={labelSize} describedBy={describedBy}>
      {(ariaDescribedBy) => (
        <select
          {...rest}
          className={cx("govuk-select", error && "govuk-select--error", className)}
          id={id}
          name={name}
          defaultValue={defaultValue}
          aria-describedby={ariaDescribedBy}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
