import { useTranslation } from "react-i18next";

/** "How this voting system works", point by point, in plain words. */
export function HowItWorks({ points, headingLevel = 2 }: { points: readonly string[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation("voting");
  const Heading = `h${headingLevel}` as const;
  return (
    <>
      <Heading className={headingLevel === 2 ? "govuk-heading-m" : "govuk-heading-s"}>{t("howItWorks.heading")}</Heading>
      <ul className="govuk-list govuk-list--bullet">
        {points.map((point) => (
          <li key={point}>{t(`howItWorks.${point}`)}</li>
        ))}
      </ul>
    </>
  );
}
