import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BackLink, Button, ErrorSummary, type ButtonVariant, type ErrorSummaryItem } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import { useRootData } from "../../root";
import { complaintPath } from "../../lib/complaint-steps";
import { useErrorTitle } from "../../lib/error-title";

/**
 * A decision about a complaint the resident confirms on its own page (ask for
 * stage 2, withdraw): what will happen, any fields, then one button and a way
 * back to the complaint. Problems that belong to no field sit on the button,
 * whose id is `action`.
 */
export function DecisionPage({
  reference,
  title,
  errors,
  action,
  button,
  variant,
  back,
  explanation,
  children,
}: {
  reference: string;
  title: string;
  errors: ErrorSummaryItem[];
  action: string;
  button: string;
  variant?: ButtonVariant;
  /** The link back to the complaint; "Cancel" unless given. */
  back?: string;
  explanation: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation("portal");
  const { csrfToken } = useRootData();
  useErrorTitle(errors.length > 0);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={complaintPath(reference)}>{t("common:form.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={errors} />
        <span className="govuk-caption-l">
          <bdi>{reference}</bdi>
        </span>
        <h1 className="govuk-heading-l">{title}</h1>
        {explanation}
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          {children}
          <div className="govuk-button-group">
            <Button id={action} variant={variant} preventDoubleClick>
              {button}
            </Button>
            <a className="govuk-link" href={complaintPath(reference)}>
              {back ?? t("common:form.cancel")}
            </a>
          </div>
        </Form>
      </div>
    </div>
  );
}
