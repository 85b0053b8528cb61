import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { translateMessage, type TranslatableMessage } from "@hearth/i18n";
import { BackLink, Button, ErrorSummary, InsetText, NotificationBanner, type ButtonVariant } from "@hearth/ui";
import { CsrfField, useFormMessages, type FormProblem } from "@hearth/ui/remix";
import { useRootData } from "../../root";
import { complaintPath, type StepName } from "../../lib/casework";
import { useErrorTitle } from "../../lib/form-errors";

/** Where whole-form messages (such as "changed meanwhile") point: the form itself. */
export const STEP_FORM = "step-form";

export { revalidateAfterPost } from "../area-page";

export interface StepHeader {
  step: StepName;
  reference: string;
  version: number;
  blocked: TranslatableMessage[];
}

type FormMessages = ReturnType<typeof useFormMessages>;

/** What a step page's form needs: casework strings, the loader's data (see loadStep) and the messages of a failed post. */
export function useStep<Loader>() {
  const { t } = useTranslation("casework");
  const data = useLoaderData<Loader>();
  const messages = useFormMessages(useActionData<FormProblem>(), STEP_FORM);
  return { t, data, messages };
}

/**
 * A GOV.UK question page for one casework step: back link, error summary,
 * caption and heading, and a POST form carrying the CSRF token and the
 * complaint's version (so a change made meanwhile is caught). When the step is
 * not possible now, it says why instead of showing the form. The heading and
 * button say `steps.<step>.heading` and `.submit` unless given.
 */
export function StepPage({
  header,
  messages,
  heading,
  submitLabel,
  submitVariant = "primary",
  intro,
  children,
}: {
  header: StepHeader;
  messages: FormMessages;
  heading?: string;
  submitLabel?: string;
  submitVariant?: ButtonVariant;
  intro?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation("casework");
  const { csrfToken } = useRootData();
  useErrorTitle(messages.hasErrors);
  const back = complaintPath(header.reference);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={back}>{t("steps.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
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
        <h1 className="govuk-heading-l">{heading ?? t(`steps.${header.step}.heading`)}</h1>
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
              {/* The version echoed from a failed post, else the loader's. */}
              <input type="hidden" name="version" value={messages.value("version") ?? String(header.version)} />
              {children}
              <div className="govuk-button-group">
                <Button variant={submitVariant} preventDoubleClick>
                  {submitLabel ?? t(`steps.${header.step}.submit`)}
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

/** What the resident will be told, and that they may go to the Housing Ombudsman (a deadline extended, a complaint refused). */
export function ToldWithOmbudsman({ told }: { told: string }) {
  const { t } = useTranslation("casework");
  return (
    <InsetText>
      <p className="govuk-body">{told}</p>
      <p className="govuk-body govuk-!-margin-bottom-0">
        <strong>{t("complaints:ombudsman.title")}</strong>
        <br />
        {t("complaints:ombudsman.contact")}
      </p>
    </InsetText>
  );
}
