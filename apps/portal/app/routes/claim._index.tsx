import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { Button, Details, ErrorSummary, TextInput } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { claimTicketCookie } from "../lib/claim-ticket.server";
import { formProblem, formValues, pageTitle, scopeOf } from "../lib/request.server";
import { useErrorTitle } from "../lib/error-title";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await scopeOf(args);
  if (scope.user) throw redirect("/account");
  const url = new URL(args.request.url);
  return { title: pageTitle(args, scope, "claim.title"), expired: url.searchParams.has("expired") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await scopeOf(args);
  const form = await readForm(args.request, scope);
  const values = formValues(form, ["tenancyReference", "postcode", "lastName"]);
  const outcome = await attempt(() => scope.caller.claim.verify({ tenancyReference: values.tenancyReference, postcode: values.postcode, lastName: values.lastName }));
  if (!outcome.ok) return formProblem(args, outcome.errors, values);
  return redirect("/claim/details", { status: 303, headers: { "Set-Cookie": claimTicketCookie(args.context, outcome.value.ticket) } });
}

export default function ClaimIdentity() {
  const { t } = useTranslation("portal");
  const { expired } = useLoaderData<typeof loader>();
  const { csrfToken } = useRootData();
  const actionData = useActionData<typeof action>();
  const messages = useFormMessages(actionData ?? (expired ? { errors: [{ key: "errors.claim.expired", field: "tenancyReference" }] } : undefined), "tenancyReference");
  useErrorTitle(messages.hasErrors);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <span className="govuk-caption-l">{t("claim.caption")}</span>
        <h1 className="govuk-heading-l">{t("claim.title")}</h1>
        <p className="govuk-body">{t("claim.intro")}</p>
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <TextInput id="tenancyReference" name="tenancyReference" label={t("claim.reference.label")} hint={t("claim.reference.hint")} width={10} spellCheck={false} autoComplete="off" defaultValue={messages.value("tenancyReference")} error={messages.field("tenancyReference")} />
          <TextInput id="postcode" name="postcode" label={t("claim.postcode.label")} width={10} autoComplete="postal-code" spellCheck={false} defaultValue={messages.value("postcode")} error={messages.field("postcode")} />
          <TextInput id="lastName" name="lastName" label={t("claim.lastName.label")} hint={t("claim.lastName.hint")} autoComplete="family-name" spellCheck={false} defaultValue={messages.value("lastName")} error={messages.field("lastName")} />
          <Details summary={t("claim.help.summary")}>
            <p className="govuk-body">{t("claim.help.body")}</p>
          </Details>
          <Button>{t("common:form.continue")}</Button>
        </Form>
      </div>
    </div>
  );
}
