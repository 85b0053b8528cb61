import { useTranslation } from "react-i18next";
import { textDirection, type Locale } from "@hearth/i18n";
import type { SummaryText } from "@hearth/domain/reviews";

/**
 * One language's summary set out as the portal shows it, headings included
 * (in that language, from the same `reader.*` words the portal uses), so
 * staff read it as a resident will.
 */
export function SummaryPreview({ language, text, label }: { language: Locale; text: SummaryText; label: string }) {
  const { t } = useTranslation("publication");
  return (
    <section className="hearth-summary-preview" aria-label={label}>
      <p className="govuk-caption-m">{label}</p>
      <div lang={language} dir={textDirection(language)}>
        <h3 className="govuk-heading-m">{text.headline}</h3>
        <h4 className="govuk-heading-s">{t("reader.youSaid", { lng: language })}</h4>
        <p className="govuk-body hearth-written">{text.youSaid}</p>
        <h4 className="govuk-heading-s">{t("reader.weDid", { lng: language })}</h4>
        <p className="govuk-body hearth-written">{text.weDid}</p>
      </div>
    </section>
  );
}
