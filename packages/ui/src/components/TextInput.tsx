import type { InputHTMLAttributes, ReactNode } from "react";
import { cx, describedBy as joinIds, type LegendSize } from "../class-names.js";
import { ErrorMessage } from "./ErrorMessage.js";
import { Hint } from "./Hint.js";
import { Label } from "./Label.js";

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
  extends Omit<
    InputHTMLAttributes<HTMLInputElement>,
    "id" | "name" | "type" | "children" | "autoComplete" | "defaultValue" | "inputMode" | "spellCheck" | "width"
  > {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Translated error message; switches the field into its error state. */
  error?: string;
  type?: "text" | "email" | "tel" | "url" | "password" | "number" | "search" | "date";
  autoComplete?: string;
  defaultValue?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>["inputMode"];
  spellCheck?: boolean;
  width?: TextInputWidth;
  labelIsPageHeading?: boolean;
  labelSize?: LegendSize;
  /** Extra ids for aria-describedby, placed before the hint and error ids. */
  describedBy?: string;
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
  labelIsPageHeading = false,
  labelSize,
  describedBy,
  className,
  ...rest
}: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <Label htmlFor={id} isPageHeading={labelIsPageHeading} size={labelSize}>
        {label}
      </Label>
      {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
      {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
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
        aria-describedby={joinIds(describedBy, hintId, errorId)}
      />
    </div>
  );
}
