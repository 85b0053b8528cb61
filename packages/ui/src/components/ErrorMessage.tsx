import type { ReactNode } from "react";
import { useUiStrings } from "../strings.js";

export interface ErrorMessageProps {
  id: string;
  children: ReactNode;
}

/** GOV.UK error message: a visually hidden, translated prefix ("Error:") then the message. */
export function ErrorMessage({ id, children }: ErrorMessageProps) {
  const strings = useUiStrings();
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">{strings.errorPrefix}</span> {children}
    </p>
  );
}
