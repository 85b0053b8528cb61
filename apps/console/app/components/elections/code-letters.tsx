import type { CodeLetter } from "../../lib/code-letters.server";

/**
 * One letter per resident, each on its own printed page. The words were
 * translated on the server into the resident's language, so each letter
 * carries its own lang and dir.
 */
export function CodeLetters({ letters }: { letters: CodeLetter[] }) {
  return (
    <div className="hearth-letters">
      {letters.map((letter) => (
        <article key={letter.id} className="hearth-letter" lang={letter.lang} dir={letter.dir} aria-label={letter.addressLines[0]}>
          <p className="govuk-body hearth-letter__from">{letter.landlord}</p>
          <address className="govuk-body hearth-letter__address">
            {letter.addressLines.map((line) => (
              <span key={line} className="hearth-letter__line">
                {line}
              </span>
            ))}
          </address>
          <h2 className="govuk-heading-m">{letter.heading}</h2>
          <p className="govuk-body">{letter.greeting}</p>
          <p className="govuk-body">{letter.intro}</p>
          <div className="hearth-letter__code">
            <p className="govuk-body govuk-!-margin-bottom-1">{letter.codeLabel}</p>
            <p className="hearth-letter__code-value" dir="ltr">
              {letter.code}
            </p>
          </div>
          <h3 className="govuk-heading-s">{letter.stepsHeading}</h3>
          <ol className="govuk-list govuk-list--number">
            {letter.steps.map((step) => (
              <li key={step} className="hearth-wrap-long">
                {step}
              </li>
            ))}
          </ol>
          <p className="govuk-body">{letter.secret}</p>
          <p className="govuk-body">{letter.once}</p>
          <p className="govuk-body">{letter.signOff}</p>
        </article>
      ))}
    </div>
  );
}
