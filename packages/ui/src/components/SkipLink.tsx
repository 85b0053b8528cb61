import type { ReactNode } from "react";
import { requireUiStrings, useOptionalUiStrings } from "../strings.js";

export interface SkipLinkProps {
  href?: string;
  /** Link text; defaults to UiStrings.skipToMainContent. */
  children?: ReactNode;
}

/**
 * GOV.UK skip link, the first focusable element of the page. Give the target
 * (e.g. `<main id="main-content" tabIndex={-1}>`) a tabIndex so focus moves there.
 */
export function SkipLink({ href = "#main-content", children }: SkipLinkProps) {
  const strings = useOptionalUiStrings();
  return (
    <a href={href} className="govuk-skip-link" data-module="govuk-skip-link">
      {children ?? requireUiStrings(strings).skipToMainContent}
    </a>
  );
}
