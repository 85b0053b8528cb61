import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm, sessionCookie } from "@hearth/api/server";
import { PASSWORD_MIN_LENGTH } from "@hearth/domain/identity";
import { TextInput } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { ProfileQuestion } from "../components/profile-question";
import { residentScope } from "../lib/account.server";
import { formProblem, pageTitle } from "../lib/request.server";
import { useErrorTitle } from "../lib/error-title";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await residentScope(args);
  return { title: pageTitle(args, scope, "password.title") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function action(args: ActionFunctionArgs) {
  const scope = await residentScope(args);
  const form = await readForm(args.request, scope);
  const field = (name: string) => String(form.get(name) ?? "");
  const outcome = await attempt(() => scope.caller.auth.changePassword({ currentPassword: field("currentPassword"), newPassword: field("newPassword"), confirmPassword: field("confirmPassword") }));
  if (!outcome.ok) return formProblem(args, outcome.errors);
  return redirect("/account?updated=password", { status: 303, headers: { "Set-Cookie": sessionCookie(scope, args.context, outcome.value.token, outcome.value.expiresAt) } });
}

export default function ChangePassword() {
  const { t } = useTranslation("portal");
  const messages = useFormMessages(useActionData<typeof action>(), "currentPassword");
  useErrorTitle(messages.hasErrors);
  return (
    <ProfileQuestion
      summary={messages.summary}
      submitLabel={t("password.submit")}
      intro={
        <>
          <h1 className="govuk-heading-l">{t("password.title")}</h1>
          <p className="govuk-body">{t("password.intro")}</p>
        </>
      }
    >
      <TextInput id="currentPassword" name="currentPassword" type="password" label={t("password.current")} autoComplete="current-password" error={messages.field("currentPassword")} />
      <TextInput id="newPassword" name="newPassword" type="password" label={t("password.new")} hint={t("claimDetails.password.hint", { count: PASSWORD_MIN_LENGTH })} autoComplete="new-password" error={messages.field("newPassword")} />
      <TextInput id="confirmPassword" name="confirmPassword" type="password" label={t("password.confirm")} autoComplete="new-password" error={messages.field("confirmPassword")} />
    </ProfileQuestion>
  );
}
