import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm, sessionCookie } from "@hearth/api/server";
import { PASSWORD_MIN_LENGTH } from "@hearth/domain/identity";
import { BackLink, Button, ErrorSummary, InsetText, TextInput } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { problem, staffScope } from "../lib/request.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await staffScope(args);
  return { title: scope.title("password.title"), mustChange: scope.user.mustChangePassword };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await staffScope(args);
  const form = await readForm(args.request, scope);
  const field = (name: string) => String(form.get(name) ?? "");
  const outcome = await attempt(() => scope.caller.auth.changePassword({ currentPassword: field("currentPassword"), newPassword: field("newPassword"), confirmPassword: field("confirmPassword") }));
  if (!outcome.ok) return problem(outcome.errors);
  return redirect("/?updated=password", { status: 303, headers: { "Set-Cookie": sessionCookie(scope, args.context, outcome.value.token, outcome.value.expiresAt) } });
}

export default function ChangePassword() {
  const { t } = useTranslation("console");
  const { mustChange } = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), "currentPassword");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {!mustChange && <BackLink href="/">{t("common:form.back")}</BackLink>}
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <h1 className="govuk-heading-l">{t("password.title")}</h1>
        {mustChange ? <InsetText>{t("password.mustChange")}</InsetText> : <p className="govuk-body">{t("password.intro")}</p>}
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <TextInput
            id="currentPassword"
            name="currentPassword"
            type="password"
            label={mustChange ? t("password.temporary") : t("password.current")}
            autoComplete="current-password"
            error={messages.field("currentPassword")}
          />
          <TextInput id="newPassword" name="newPassword" type="password" label={t("password.new")} hint={t("password.hint", { count: PASSWORD_MIN_LENGTH })} autoComplete="new-password" error={messages.field("newPassword")} />
          <TextInput id="confirmPassword" name="confirmPassword" type="password" label={t("password.confirm")} autoComplete="new-password" error={messages.field("confirmPassword")} />
          <Button>{t("password.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
