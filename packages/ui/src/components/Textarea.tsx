import type { TextareaHTMLAttributes } from "react";
import { cx } from "../class-names.js";
import { FormField, type FieldProps } from "./FormField.js";

export interface TextareaProps
  extends FieldProps,
    Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "children" | "defaultValue" | "rows"> {
  name: string;
  rows?: number;
  defaultValue?: string;
}

/** GOV.UK textarea with label, hint and error message wired through aria-describedby. */
export function Textarea({
  id,
  name,
  label,
  hint,
  error,
  rows = 5,
  defaultValue,
  labelIsPageHeading,
  labelSize,
  describedBy,
  className,
  ...rest
}: TextareaProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} labelIsPageHeading={labelIsPageHeading} labelSize={labelSize} describedBy={describedBy}>
      {(ariaDescribedBy) => (
        <textarea
          {...rest}
          className={cx("govuk-textarea", error && "govuk-textarea--error", className)}
          id={id}
          name={name}
          rows={rows}
          defaultValue={defaultValue}
          aria-describedby={ariaDescribedBy}
        />
      )}
    </FormField>
  );
}
