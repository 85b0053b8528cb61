import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BackLink, Button, ErrorSummary, type ErrorSummaryItem } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import { useRootData } from "../../../root";
import { useErrorTitle } from "../../../lib/form-errors";

/**
 * The frame of a form that starts something on the programme (a review, a
 * Stars assessment): back link, error summary with the "Error:" title, heading,
 * intro, then the fields with the submit button and a way out to `back`.
 */
export function ProgrammeForm({
  back,
  backLabel,
  title,
  intro,
  submit,
  errors,
  children,
}: {
  back: string;
  backLabel: string;
  title: string;
  intro: string;
  submit: string;
  errors: ErrorSummaryItem[];
  children: ReactNode;
}) {
  const { t } = useTranslation("programme");
  const { csrfToken } = useRootData();
  useErrorTitle(errors.length > 0);
  return (
    <>
      <BackLink href={back}>{backLabel}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary title={t("common:form.problem")} errors={errors} />
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body">{intro}</p>
          <Form method="post" noValidate>
            <CsrfField token={csrfToken} />
            {children}
            <div className="govuk-button-group">
              <Button preventDoubleClick>{submit}</Button>
              <a className="govuk-link" href={back}>
                {t("form.cancel")}
              </a>
            </div>
          </Form>
        </div>
      </div>
    </>
  );
}
