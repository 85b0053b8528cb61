import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm, sessionCookie } from "@hearth/api/server";
import { PASSWORD_MIN_LENGTH } from "@hearth/domain/identity";
import { BackLink, Button, ErrorSummary, TextInput } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { clearClaimTicket, readClaimTicket } from "../lib/claim-ticket.server";
import { formProblem, formValues, pageTitle, scopeOf } from "../lib/request.server";
import { useErrorTitle } from "../lib/error-title";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await scopeOf(args);
  if (scope.user) throw redirect("/account");
  const ticket = readClaimTicket(args.request, args.context);
  const outcome = ticket ? await attempt(() => scope.caller.claim.ticket({ ticket })) : null;
  if (!outcome?.ok) throw redirect("/claim?expired=1", { headers: { "Set-Cookie": clearClaimTicket(args.context) } });
  return { title: pageTitle(args, scope, "claimDetails.title"), firstName: outcome.value.firstName };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await scopeOf(args);
  const form = await readForm(args.request, scope);
  const values = formValues(form, ["email"]);
  const ticket = readClaimTicket(args.request, args.context) ?? "";
  const outcome = await attempt(() =>
    scope.caller.claim.complete({
      ticket,
      email: values.email,
      password: String(form.get("password") ?? ""),
      confirmPassword: String(form.get("confirmPassword") ?? ""),
    }),
  );
  if (!outcome.ok) {
    if (outcome.errors.some((e) => e.key === "errors.claim.expired")) throw redirect("/claim?expired=1");
    return formProblem(args, outcome.errors, values);
  }
  const headers = new Headers();
  headers.append("Set-Cookie", sessionCookie(scope, args.context, outcome.value.token, outcome.value.expiresAt));
  headers.append("Set-Cookie", clearClaimTicket(args.context));
  return redirect("/account?welcome=1", { status: 303, headers });
}

export default function ClaimDetails() {
  const { t } = useTranslation("portal");
  const { firstName } = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), "email");
  useErrorTitle(messages.hasErrors);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/claim">{t("common:form.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <span className="govuk-caption-l">{t("claim.caption")}</span>
        <h1 className="govuk-heading-l">{t("claimDetails.title")}</h1>
        <p className="govuk-body">{t("claimDetails.intro", { name: firstName })}</p>
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <TextInput id="email" name="email" type="email" label={t("claimDetails.email.label")} hint={t("claimDetails.email.hint")} autoComplete="email" spellCheck={false} defaultValue={messages.value("email")} error={messages.field("email")} />
          <TextInput id="password" name="password" type="password" label={t("claimDetails.password.label")} hint={t("claimDetails.password.hint", { count: PASSWORD_MIN_LENGTH })} autoComplete="new-password" error={messages.field("password")} />
          <TextInput id="confirmPassword" name="confirmPassword" type="password" label={t("claimDetails.confirm.label")} autoComplete="new-password" error={messages.field("confirmPassword")} />
          <Button>{t("claimDetails.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
