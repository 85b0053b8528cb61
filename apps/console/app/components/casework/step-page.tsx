import { Form, Link } from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { translateMessage, type TranslatableMessage } from "@hearth/i18n";
import { BackLink, Button, ErrorSummary, NotificationBanner, type ButtonVariant, type ErrorSummaryItem } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import { useRootData } from "../../root";
import { complaintPath } from "../../lib/casework";

/**
 * With JavaScript, a form that comes back with errors is not a new document,
 * so the loader cannot prefix the title; this does it in the browser.
 */
export function useErrorTitle(hasErrors: boolean) {
  const { t } = useTranslation("common");
  const prefix = t("ui.errorPrefix");
  useEffect(() => {
    if (hasErrors && !document.title.startsWith(prefix)) document.title = `${prefix} ${document.title}`;
  }, [hasErrors, prefix]);
}

/** Where whole-form messages (such as "changed meanwhile") point: the form itself. */
export const STEP_FORM = "step-form";

export { revalidateAfterPost } from "../area-page";

export interface StepHeader {
  reference: string;
  version: number;
  blocked: TranslatableMessage[];
}

/**
 * A GOV.UK question page for one casework step: back link, error summary,
 * caption and heading, and a POST form carrying the CSRF token and the
 * complaint's version (so a change made meanwhile is caught). When the step is
 * not possible now, it says why instead of showing the form.
 */
export function StepPage({
  header,
  heading,
  errors,
  version,
  submitLabel,
  submitVariant = "primary",
  intro,
  children,
}: {
  header: StepHeader;
  heading: string;
  errors: ErrorSummaryItem[];
  /** The version to send back: the one echoed from a failed post, else the loader's. */
  version?: string;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  intro?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation("casework");
  const { csrfToken } = useRootData();
  useErrorTitle(errors.length > 0);
  const back = complaintPath(header.reference);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={back}>{t("steps.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={errors} />
        {header.blocked.length > 0 && (
          <NotificationBanner title={t("steps.blockedTitle")}>
            {header.blocked.map((message) => (
              <p key={message.key} className="govuk-notification-banner__heading">
                {translateMessage(t, message)}
              </p>
            ))}
          </NotificationBanner>
        )}
        <span className="govuk-caption-l">{t("steps.caption", { reference: header.reference })}</span>
        <h1 className="govuk-heading-l">{heading}</h1>
        {header.blocked.length > 0 ? (
          <p className="govuk-body" id={STEP_FORM}>
            <Link className="govuk-link" to={back}>
              {t("steps.backToComplaint", { reference: header.reference })}
            </Link>
          </p>
        ) : (
          <>
            {intro}
            <Form method="post" noValidate id={STEP_FORM}>
              <CsrfField token={csrfToken} />
              <input type="hidden" name="version" value={version ?? String(header.version)} />
              {children}
              <div className="govuk-button-group">
                <Button variant={submitVariant} preventDoubleClick>
                  {submitLabel}
                </Button>
                <Link className="govuk-link" to={back}>
                  {t("steps.cancel")}
                </Link>
              </div>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}
