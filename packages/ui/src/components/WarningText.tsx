import type { ReactNode } from "react";

export interface WarningTextProps {
  children: ReactNode;
  /** Visually hidden text read before the warning, e.g. a translated "Warning". */
  assistiveText: string;
}

/** GOV.UK warning text with its "!" icon. */
export function WarningText({ children, assistiveText }: WarningTextProps) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{assistiveText}</span> {children}
      </strong>
    </div>
  );
}
