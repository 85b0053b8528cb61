import type { ReactNode } from "react";

export interface PhaseBannerProps {
  /** Translated phase name, e.g. "Beta". */
  tag: ReactNode;
  children: ReactNode;
}

/** GOV.UK phase banner. Place it inside a `govuk-width-container`. */
export function PhaseBanner({ tag, children }: PhaseBannerProps) {
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">{tag}</strong>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}
