import type { ReactNode } from "react";
import { cx, type LegendSize } from "../class-names.js";

export interface LabelProps {
  htmlFor: string;
  children: ReactNode;
  /** Wraps the label in an `<h1 class="govuk-label-wrapper">`. */
  isPageHeading?: boolean;
  /** Text size; defaults to "l" when the label is the page heading. */
  size?: LegendSize;
  className?: string;
}

/** GOV.UK label, optionally doubling as the page's `<h1>`. */
export function Label({ htmlFor, children, isPageHeading = false, size, className }: LabelProps) {
  const effectiveSize = size ?? (isPageHeading ? "l" : undefined);
  const label = (
    <label
      className={cx("govuk-label", effectiveSize && `govuk-label--${effectiveSize}`, className)}
      htmlFor={htmlFor}
    >
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
