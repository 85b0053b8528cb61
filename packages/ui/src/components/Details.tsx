import type { ReactNode } from "react";

export interface DetailsProps {
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  id?: string;
}

/** GOV.UK details: a native `<details>` disclosure, so it needs no JavaScript. */
export function Details({ summary, children, open = false, id }: DetailsProps) {
  return (
    <details id={id} className="govuk-details" open={open || undefined}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
