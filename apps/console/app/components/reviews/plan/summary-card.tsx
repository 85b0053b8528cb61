import type { ReactNode } from "react";

export interface CardAction {
  href: string;
  label: string;
  /** Names the card for screen readers, since every card has the same link text. */
  hiddenText: string;
}

/** GOV.UK summary card: a titled box around a summary list, with actions on the whole card. */
export function SummaryCard({ title, tag, actions = [], id, children }: { title: ReactNode; tag?: ReactNode; actions?: CardAction[]; id?: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-card" id={id}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">
          {title}
          {tag && <> {tag}</>}
        </h2>
        {actions.length > 0 && (
          <ul className="govuk-summary-card__actions">
            {actions.map((action) => (
              <li className="govuk-summary-card__action" key={action.href}>
                <a className="govuk-link" href={action.href}>
                  {action.label}
                  <span className="govuk-visually-hidden"> {action.hiddenText}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}

/** Staff-typed text as written: line breaks kept, direction from its own script; a dash-like "not given" when empty. */
export function PlanText({ text, empty }: { text: string; empty: string }) {
  if (text.trim() === "") return <span className="hearth-secondary-text">{empty}</span>;
  return (
    <span className="hearth-multiline" dir="auto">
      {text}
    </span>
  );
}

/** An ISO date in <time>, as written in the page's language. */
export function PlanDate({ day }: { day: { iso: string; text: string } }) {
  return <time dateTime={day.iso}>{day.text}</time>;
}
