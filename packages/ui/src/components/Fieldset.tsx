import type { ReactNode } from "react";
import { cx, type LegendSize } from "../class-names.js";

export interface FieldsetProps {
  legend: ReactNode;
  /** Wraps the legend text in `<h1 class="govuk-fieldset__heading">`. */
  legendIsPageHeading?: boolean;
  /** Legend text size; defaults to "l" when the legend is the page heading. */
  legendSize?: LegendSize;
  children?: ReactNode;
  /** Space-separated ids for the fieldset's aria-describedby (hint, error). */
  describedBy?: string;
  className?: string;
}

/** GOV.UK fieldset groups related inputs under one legend. */
export function Fieldset({
  legend,
  legendIsPageHeading = false,
  legendSize,
  children,
  describedBy,
  className,
}: FieldsetProps) {
  const size = legendSize ?? (legendIsPageHeading ? "l" : undefined);
  return (
    <fieldset className={cx("govuk-fieldset", className)} aria-describedby={describedBy || undefined}>
      <legend className={cx("govuk-fieldset__legend", size && `govuk-fieldset__legend--${size}`)}>
        {legendIsPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}
