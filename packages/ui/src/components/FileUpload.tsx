import type { InputHTMLAttributes } from "react";
import { cx } from "../class-names.js";
import { FormField, type FieldProps } from "./FormField.js";

export interface FileUploadProps
  extends FieldProps,
    Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "type" | "children" | "value" | "defaultValue"> {
  name: string;
  /** File types to offer in the picker, e.g. ".jpg,.png,.pdf". The server still checks every file. */
  accept?: string;
  multiple?: boolean;
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
  labelIsPageHeading,
  labelSize,
  describedBy,
  className,
  ...rest
}: FileUploadProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} labelIsPageHeading={labelIsPageHeading} labelSize={labelSize} describedBy={describedBy}>
      {(ariaDescribedBy) => (
        <input
          {...rest}
          className={cx("govuk-file-upload", error && "govuk-file-upload--error", className)}
          id={id}
          name={name}
          type="file"
          accept={accept}
          multiple={multiple}
          aria-describedby={ariaDescribedBy}
        />
      )}
    </FormField>
  );
}
