import type { ReactNode } from "react";

export interface InsetTextProps {
  children: ReactNode;
  id?: string;
}

/** GOV.UK inset text for a quotation, example or extra information. */
export function InsetText({ children, id }: InsetTextProps) {
  return (
    <div id={id} className="govuk-inset-text">
      {children}
    </div>
  );
}
