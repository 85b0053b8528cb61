import type { ReactNode } from "react";

export interface PanelProps {
  title: ReactNode;
  children?: ReactNode;
  /** Heading level of the title; GOV.UK uses 1 on confirmation pages. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}

/** GOV.UK confirmation panel. */
export function Panel({ title, children, headingLevel = 1 }: PanelProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <Heading className="govuk-panel__title">{title}</Heading>
      {children !== undefined && <div className="govuk-panel__body">{children}</div>}
    </div>
  );
}
