import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm, safeReturnTo, sessionCookie } from "@hearth/api/server";
import { Button, ErrorSummary, NotificationBanner, TextInput } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { CHANGE_PASSWORD_PATH, formValues, problem, scopeOf } from "../lib/request.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await scopeOf(args);
  const url = new URL(args.request.url);
  const returnTo = safeReturnTo(url.searchParams.get("returnTo"), "/");
  if (scope.user) throw redirect(returnTo);
  return { title: scope.title("signIn.title"), returnTo, signedOut: url.searchParams.has("signedOut") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await scopeOf(args);
  const form = await readForm(args.request, scope);
  const values = formValues(form, ["email"]);
  const outcome = await attempt(() => scope.caller.auth.signIn({ email: values.email, password: String(form.get("password") ?? "") }));
  if (!outcome.ok) return problem(outcome.errors, values);
  // A temporary password set by an administrator must be replaced before anything else.
  const next = outcome.value.mustChangePassword ? CHANGE_PASSWORD_PATH : safeReturnTo(form.get("returnTo"), "/");
  return redirect(next, {
    status: 303,
    headers: { "Set-Cookie": sessionCookie(scope, args.context, outcome.value.token, outcome.value.expiresAt) },
  });
}

export default function SignIn() {
  const { t } = useTranslation("console");
  const { returnTo, signedOut } = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), "email");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {signedOut && !messages.hasErrors && (
          <NotificationBanner title={t("common:notice")} type="success">
            <p className="govuk-notification-banner__heading">{t("signIn.signedOut")}</p>
          </NotificationBanner>
        )}
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <h1 className="govuk-heading-l">{t("signIn.title")}</h1>
        <p className="govuk-body">{t("signIn.intro")}</p>
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <TextInput id="email" name="email" type="email" label={t("signIn.email")} autoComplete="username" spellCheck={false} defaultValue={messages.value("email")} error={messages.field("email")} />
          <TextInput id="password" name="password" type="password" label={t("signIn.password")} autoComplete="current-password" error={messages.field("password")} />
          <Button>{t("signIn.submit")}</Button>
        </Form>
        <h2 className="govuk-heading-m">{t("signIn.help.heading")}</h2>
        <p className="govuk-body">{t("signIn.help.body")}</p>
      </div>
    </div>
  );
}
