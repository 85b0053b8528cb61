import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BackLink, Button, ErrorSummary, type ErrorSummaryItem } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import { useErrorTitle } from "../../lib/error-title";
import { useRootData } from "../../root";

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
