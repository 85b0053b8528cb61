import type { ReactNode } from "react";
import { cx } from "../class-names.js";

export interface BackLinkProps {
  href: string;
  /** Translated link text, e.g. "Back". */
  children: ReactNode;
  inverse?: boolean;
}

/** GOV.UK back link; its chevron points the other way on right-to-left pages. */
export function BackLink({ href, children, inverse = false }: BackLinkProps) {
  return (
    <a href={href} className={cx("govuk-back-link", inverse && "govuk-back-link--inverse")}>
      {children}
    </a>
  );
}
