import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { PASSWORD_MIN_LENGTH } from "@hearth/domain/identity";
import { BackLink, Button, ErrorSummary, TextInput } from "@hearth/ui";
import { CsrfField, useFormMessages } from "@hearth/ui/remix";
import { useRootData } from "../root";
import { RoleCheckboxes } from "../components/role-checkboxes";
import { formValues, problem, staffScope } from "../lib/request.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await staffScope(args, ["admin"]);
  return { title: scope.title("newUser.title") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await staffScope(args, ["admin"]);
  const form = await readForm(args.request, scope);
  const values = formValues(form, ["name", "email"]);
  const roles = form.getAll("roles").map(String);
  const outcome = await attempt(() =>
    scope.caller.users.create({ name: values.name, email: values.email, roles: roles as never, temporaryPassword: String(form.get("temporaryPassword") ?? "") }),
  );
  // The temporary password is never sent back into the page.
  if (!outcome.ok) return problem(outcome.errors, { ...values, roles });
  return redirect(`/users/${outcome.value.id}?updated=created`, { status: 303 });
}

export default function NewUser() {
  const { t } = useTranslation("console");
  const { csrfToken } = useRootData();
  const messages = useFormMessages(useActionData<typeof action>(), "name");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/users">{t("common:form.back")}</BackLink>
        <ErrorSummary title={t("common:form.problem")} errors={messages.summary} />
        <h1 className="govuk-heading-l">{t("newUser.title")}</h1>
        <p className="govuk-body">{t("newUser.intro")}</p>
        <Form method="post" noValidate>
          <CsrfField token={csrfToken} />
          <TextInput id="name" name="name" label={t("newUser.name")} autoComplete="off" spellCheck={false} defaultValue={messages.value("name")} error={messages.field("name")} />
          <TextInput id="email" name="email" type="email" label={t("newUser.email")} hint={t("newUser.emailHint")} autoComplete="off" spellCheck={false} defaultValue={messages.value("email")} error={messages.field("email")} />
          <RoleCheckboxes legend={t("newUser.roles")} defaultValues={messages.values("roles") ?? []} error={messages.field("roles")} />
          <TextInput
            id="temporaryPassword"
            name="temporaryPassword"
            type="password"
            label={t("newUser.password")}
            hint={t("newUser.passwordHint", { count: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            error={messages.field("temporaryPassword")}
          />
          <Button>{t("newUser.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
