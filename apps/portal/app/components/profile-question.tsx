import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BackLink, Button, ErrorSummary, type ErrorSummaryItem } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import { useRootData } from "../root";

/** The frame of every "change a detail" page under /account: back link, error summary, one form. */
export function ProfileQuestion({ summary, intro, submitLabel, children }: { summary: ErrorSummaryItem[]; intro?: ReactNode; submitLabel?: string; children: ReactNode }) {
  const { t } = useTranslation("portal");
  const { csrfToken } = useRootData();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/account">{t("common:form.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={summary} />
        {intro}
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          {children}
          <Button>{submitLabel ?? t("common:form.save")}</Button>
        </Form>
      </div>
    </div>
  );
}
