import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PREFERRED_FORMATS } from "@hearth/domain/identity";
import { BackLink, Button, ErrorSummary, Radios } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { profilePage, saveSection } from "../lib/account.server";

export const loader = (args: LoaderFunctionArgs) => profilePage(args, "account.format.label");
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export const action = (args: ActionFunctionArgs) =>
  saveSection(args, "format", (scope, form) => scope.caller.profile.setFormat({ format: String(form.get("format") ?? "") as never }), () => ({}));

export default function FormatPreference() {
  const { t } = useTranslation("portal");
  const { profile } = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), "format");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/account">{t("common:form.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <Radios
            name="format"
            legend={t("account.format.question")}
            legendIsPageHeading
            hint={t("account.format.hint")}
            error={messages.field("format")}
            defaultValue={profile.preferredFormat}
            items={PREFERRED_FORMATS.map((format) => ({ value: format, label: t(`profile.format.${format}`), hint: t(`profile.formatHint.${format}`) }))}
          />
          <Button>{t("common:form.save")}</Button>
        </Form>
      </div>
    </div>
  );
}
