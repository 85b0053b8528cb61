import type { ReactNode, TextareaHTMLAttributes } from "react";
import { cx, describedBy as joinIds, type LegendSize } from "../class-names.js";
import { ErrorMessage } from "./ErrorMessage.js";
import { Hint } from "./Hint.js";
import { Label } from "./Label.js";

export interface TextareaProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "children" | "defaultValue" | "rows"> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Translated error message; switches the field into its error state. */
  error?: string;
  rows?: number;
  defaultValue?: string;
  labelIsPageHeading?: boolean;
  labelSize?: LegendSize;
  describedBy?: string;
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
  labelIsPageHeading = false,
  labelSize,
  describedBy,
  className,
  ...rest
}: TextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <Label htmlFor={id} isPageHeading={labelIsPageHeading} size={labelSize}>
        {label}
      </Label>
      {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
      {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <textarea
        {...rest}
        className={cx("govuk-textarea", error && "govuk-textarea--error", className)}
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-describedby={joinIds(describedBy, hintId, errorId)}
      />
    </div>
  );
}
