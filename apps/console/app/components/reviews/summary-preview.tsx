import { useTranslation } from "react-i18next";
import { textDirection, type Locale } from "@hearth/i18n";
import type { SummaryText } from "@hearth/domain/reviews";

/**
 * One language's summary set out as the portal shows it, headings included
 * (in that language, from the same `reader.*` words the portal uses), so
 * staff read it as a resident will. Each language sits in its own card.
 */
export function SummaryPreview({ language, text, label }: { language: Locale; text: SummaryText; label: string }) {
  const { t } = useTranslation("publication");
  return (
    <section className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">{label}</h3>
      </div>
      <div className="govuk-summary-card__content" lang={language} dir={textDirection(language)}>
        <h4 className="govuk-heading-m">{text.headline}</h4>
        <h5 className="govuk-heading-s">{t("reader.youSaid", { lng: language })}</h5>
        <p className="govuk-body hearth-written">{text.youSaid}</p>
        <h5 className="govuk-heading-s">{t("reader.weDid", { lng: language })}</h5>
        <p className="govuk-body hearth-written govuk-!-margin-bottom-0">{text.weDid}</p>
      </div>
    </section>
  );
}
