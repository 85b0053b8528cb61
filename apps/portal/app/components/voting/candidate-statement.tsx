import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, isLocale, textDirection } from "@hearth/i18n";
import { MultilineText } from "../complaints/multiline-text";

export interface ShownStatement {
  language: string;
  statement: string;
  inReadersLanguage: boolean;
  otherLanguages: string[];
}

/**
 * A candidate's statement as the reader sees it. When it is not in the
 * page's language it carries its own `lang` and direction, so a screen reader
 * switches voice and Arabic or Urdu reads right to left on an English page.
 */
export function CandidateStatement({ statement }: { statement: ShownStatement | null }) {
  const { t } = useTranslation("voting");
  if (!statement) return <p className="govuk-body">{t("statement.none")}</p>;
  const language = isLocale(statement.language) ? statement.language : "en";
  return (
    <>
      {!statement.inReadersLanguage && (
        <p className="govuk-body-s govuk-!-margin-bottom-2">
          {t("statement.writtenIn", { language: LANGUAGE_NAMES[language] })}
        </p>
      )}
      <div lang={statement.language} dir={textDirection(language)}>
        <MultilineText text={statement.statement} />
      </div>
    </>
  );
}
