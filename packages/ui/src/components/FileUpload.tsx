import type { InputHTMLAttributes, ReactNode } from "react";
import { cx, describedBy as joinIds, type LegendSize } from "../class-names.js";
import { ErrorMessage } from "./ErrorMessage.js";
import { Hint } from "./Hint.js";
import { Label } from "./Label.js";

export interface FileUploadProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "type" | "children" | "value" | "defaultValue"> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Translated error message; switches the field into its error state. */
  error?: string;
  /** File types to offer in the picker, e.g. ".jpg,.png,.pdf". The server still checks every file. */
  accept?: string;
  multiple?: boolean;
  labelIsPageHeading?: boolean;
  labelSize?: LegendSize;
  describedBy?: string;
}

/**
 * GOV.UK file upload: a native file input with label, hint and error. The
 * form around it needs `method="post"` and `encType="multipart/form-data"`.
 */
export function FileUpload({
  id,
  name,
  label,
  hint,
  error,
  accept,
  multiple,
  labelIsPageHeading = false,
  labelSize,
  describedBy,
  className,
  ...rest
}: FileUploadProps) {
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
        className={cx("govuk-file-upload", error && "govuk-file-upload--error", className)}
        id={id}
        name={name}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-describedby={joinIds(describedBy, hintId, errorId)}
      />
    </div>
  );
}
