import type { InputHTMLAttributes } from "react";
import { cx } from "../class-names.js";
import { FormField, type FieldProps } from "./FormField.js";

export type TextInputWidth =
  | 2
  | 3
  | 4
  | 5
  | 10
  | 20
  | 30
  | "full"
  | "three-quarters"
  | "two-thirds"
  | "one-half"
  | "one-third"
  | "one-quarter";

export interface TextInputProps
  extends FieldProps,
    Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "type" | "children" | "autoComplete" | "defaultValue" | "inputMode" | "spellCheck" | "width"> {
  name: string;
  type?: "text" | "email" | "tel" | "url" | "password" | "number" | "search" | "date";
  autoComplete?: string;
  defaultValue?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>["inputMode"];
  spellCheck?: boolean;
  width?: TextInputWidth;
}

function widthClass(width: TextInputWidth | undefined): string | undefined {
  if (width === undefined) return undefined;
  return typeof width === "number" ? `govuk-input--width-${width}` : `govuk-!-width-${width}`;
}

/** GOV.UK text input with label, hint and error message wired through aria-describedby. */
export function TextInput({
  id,
  name,
  label,
  hint,
  error,
  type = "text",
  autoComplete,
  defaultValue,
  inputMode,
  spellCheck,
  width,
  labelIsPageHeading,
  labelSize,
  describedBy,
  className,
  ...rest
}: TextInputProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} labelIsPageHeading={labelIsPageHeading} labelSize={labelSize} describedBy={describedBy}>
      {(ariaDescribedBy) => (
        <input
          {...rest}
          className={cx("govuk-input", widthClass(width), error && "govuk-input--error", className)}
          id={id}
          name={name}
          type={type}
          autoComplete={autoComplete}
          defaultValue={defaultValue}
          inputMode={inputMode}
          spellCheck={spellCheck}
          aria-describedby={ariaDescribedBy}
        />
      )}
    </FormField>
  );
}
