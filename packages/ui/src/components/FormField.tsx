import type { ReactNode } from "react";
import { cx, describedBy as joinIds, type LegendSize } from "../class-names.js";
import { ErrorMessage } from "./ErrorMessage.js";
import { Hint } from "./Hint.js";
import { Label } from "./Label.js";

/** What every single-control field (text input, textarea, select, file upload) takes besides its control. */
export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Translated error message; switches the field into its error state. */
  error?: string;
  labelIsPageHeading?: boolean;
  labelSize?: LegendSize;
  /** Extra ids for aria-describedby, placed before the hint and error ids. */
  describedBy?: string;
}

/**
 * The GOV.UK form group around one control: label, hint and error message,
 * with the control told (through aria-describedby) which of them describe it.
 */
export function FormField({ id, label, hint, error, labelIsPageHeading = false, labelSize, describedBy, children }: FieldProps & { children: (ariaDescribedBy: string | undefined) => ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <Label htmlFor={id} isPageHeading={labelIsPageHeading} size={labelSize}>
        {label}
      </Label>
      {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
      {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      {children(joinIds(describedBy, hintId, errorId))}
    </div>
  );
}
