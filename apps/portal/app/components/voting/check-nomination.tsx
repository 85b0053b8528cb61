import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SKILLS_QUESTIONS } from "@hearth/domain/elections";
import { LANGUAGE_NAMES, isLocale, textDirection } from "@hearth/i18n";
import { Button, SummaryList } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import { useRootData } from "../../root";
import { MultilineText } from "../complaints/multiline-text";

/**
 * "Check your answers" for a nomination: the statements and answers as they
 * will be kept, the form's fields carried in hidden inputs (nothing is stored
 * until "Send"), and "Change" to go back with everything filled in.
 */
export function CheckNomination({
  title,
  values,
  statements,
  answers,
}: {
  title: string;
  values: Record<string, string>;
  statements: { language: string; statement: string }[];
  answers: Record<string, string>;
}) {
  const { t } = useTranslation("voting");
  const { csrfToken } = useRootData();
  const hidden = (
    <>
      <CsrfField token={csrfToken} />
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l">{t("nominate.check.title")}</h1>
        <h2 className="govuk-heading-m">{t("nominate.check.statements")}</h2>
        <SummaryList
          rows={statements.map((s, i) => {
            const language = isLocale(s.language) ? s.language : "en";
            const label = i === 0 ? t("nominate.check.main", { language: LANGUAGE_NAMES[language] }) : LANGUAGE_NAMES[language];
            return {
              key: label,
              value: (
                <div lang={s.language} dir={textDirection(language)}>
                  <MultilineText text={s.statement} />
                </div>
              ),
            };
          })}
        />
        <h2 className="govuk-heading-m">{t("nominate.check.skills")}</h2>
        <SummaryList
          rows={SKILLS_QUESTIONS.map((q) => ({
            key: t(`skills.${q}.question`),
            value: <MultilineText text={answers[q] ?? ""} />,
          }))}
        />
        <h2 className="govuk-heading-m">{t("nominate.check.sendHeading")}</h2>
        <p className="govuk-body">{t("nominate.check.sendBody")}</p>
        <Form method="post" noValidate>
          {hidden}
          <div className="govuk-button-group">
            <Button name="intent" value="send" preventDoubleClick>
              {t("nominate.check.send")}
            </Button>
            <Button name="intent" value="change" variant="secondary">
              {t("nominate.check.change")}
            </Button>
          </div>
        </Form>
      </div>
    </div>
  );
}
