import type { ReactNode } from "react";
import { cx } from "../class-names.js";

export interface HintProps {
  id: string;
  children: ReactNode;
  className?: string;
}

/** GOV.UK hint text, referenced from a field's aria-describedby. */
export function Hint({ id, children, className }: HintProps) {
  return (
    <div id={id} className={cx("govuk-hint", className)}>
      {children}
    </div>
  );
}
