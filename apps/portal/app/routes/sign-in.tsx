import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm, safeReturnTo, sessionCookie } from "@hearth/api/server";
import { Button, ErrorSummary, NotificationBanner, TextInput } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { formProblem, formValues, pageTitle, scopeOf } from "../lib/request.server";
import { useErrorTitle } from "../lib/error-title";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await scopeOf(args);
  const url = new URL(args.request.url);
  const returnTo = safeReturnTo(url.searchParams.get("returnTo"), "/account");
  if (scope.user) throw redirect(returnTo);
  return { title: pageTitle(args, scope, "signIn.title"), returnTo, signedOut: url.searchParams.has("signedOut") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await scopeOf(args);
  const form = await readForm(args.request, scope);
  const values = formValues(form, ["email"]);
  const outcome = await attempt(() => scope.caller.auth.signIn({ email: values.email, password: String(form.get("password") ?? "") }));
  if (!outcome.ok) return formProblem(args, outcome.errors, values);
  return redirect(safeReturnTo(form.get("returnTo"), "/account"), {
    status: 303,
    headers: { "Set-Cookie": sessionCookie(scope, args.context, outcome.value.token, outcome.value.expiresAt) },
  });
}

export default function SignIn() {
  const { t } = useTranslation("portal");
  const { returnTo, signedOut } = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), "email");
  useErrorTitle(messages.hasErrors);
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
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <TextInput id="email" name="email" type="email" label={t("signIn.email")} autoComplete="email" spellCheck={false} defaultValue={messages.value("email")} error={messages.field("email")} />
          <TextInput id="password" name="password" type="password" label={t("signIn.password")} autoComplete="current-password" error={messages.field("password")} />
          <Button>{t("signIn.submit")}</Button>
        </Form>
        <h2 className="govuk-heading-m">{t("signIn.noAccount.heading")}</h2>
        <p className="govuk-body">
          {t("signIn.noAccount.body")}{" "}
          <a className="govuk-link" href="/claim">
            {t("signIn.noAccount.link")}
          </a>
        </p>
      </div>
    </div>
  );
}
