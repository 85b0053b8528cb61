import { Form } from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BackLink, Button, ErrorSummary, type ErrorSummaryItem } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import { useRootData } from "../../root";

/**
 * With JavaScript the failed form comes back without a new page load, so put
 * the translated "Error:" in front of the title here (the server does it
 * without JavaScript), and take it off again once the errors are gone.
 */
export function useErrorTitle(hasErrors: boolean) {
  const { t } = useTranslation("common");
  const prefix = `${t("ui.errorPrefix")} `;
  useEffect(() => {
    if (!hasErrors) return;
    if (!document.title.startsWith(prefix)) document.title = prefix + document.title;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [hasErrors, prefix]);
}

/** "Make a complaint" above a question that is also the page heading. */
export function QuestionHeading({ children }: { children: ReactNode }) {
  const { t } = useTranslation("portal");
  return (
    <>
      <span className="govuk-caption-l">{t("complaints.caption")}</span>
      {children}
    </>
  );
}

/** The frame of every question page: Back, the error summary, one form that saves and continues. */
export function QuestionFrame({
  back,
  summary,
  change,
  children,
  before,
}: {
  back: string;
  summary: ErrorSummaryItem[];
  change: boolean;
  children: ReactNode;
  /** Shown above the form, e.g. an introduction. */
  before?: ReactNode;
}) {
  const { t } = useTranslation("portal");
  const { csrfToken } = useRootData();
  useErrorTitle(summary.length > 0);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={back}>{t("common:form.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={summary} />
        {before}
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          {change && <input type="hidden" name="change" value="1" />}
          {children}
          <Button preventDoubleClick>{t("common:form.continue")}</Button>
        </Form>
      </div>
    </div>
  );
}
