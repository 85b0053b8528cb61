import { useEffect, useRef, type ReactNode } from "react";

export interface ErrorSummaryItem {
  /** Fragment link to the field, e.g. "#email" (for radios/checkboxes, "#name" is the first option). */
  href: string;
  text: ReactNode;
}

export interface ErrorSummaryProps {
  title: ReactNode;
  errors: ErrorSummaryItem[];
  /** Optional description paragraph under the title. */
  description?: ReactNode;
}

/**
 * GOV.UK error summary. Renders nothing when there are no errors. With
 * JavaScript it takes focus when it appears (and when the errors change) so
 * screen readers announce it; without JavaScript the role="alert" container
 * and the page's `<title>` prefix (set by the app) still announce the problem.
 */
export function ErrorSummary({ title, errors, description }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((error) => error.href).join("\n");

  useEffect(() => {
    if (signature !== "") ref.current?.focus();
  }, [signature]);

  if (errors.length === 0) return null;

  return (
    <div ref={ref} className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description && <p>{description}</p>}
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error, index) => (
              <li key={`${error.href}-${index}`}>
                <a href={error.href}>{error.text}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
