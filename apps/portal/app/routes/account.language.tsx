import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { languageCookie } from "@hearth/api/server";
import { LANGUAGE_NAMES, LOCALES, isLocale } from "@hearth/i18n";
import { Radios } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { ProfileQuestion } from "../components/profile-question";
import { profilePage, saveSection } from "../lib/account.server";
import { useErrorTitle } from "../lib/error-title";

export const loader = (args: LoaderFunctionArgs) => profilePage(args, "account.language.label");
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export const action = (args: ActionFunctionArgs) =>
  saveSection(
    args,
    "language",
    (scope, form) => scope.caller.profile.setLanguage({ language: String(form.get("language") ?? "") as never }),
    () => ({}),
    // This browser follows the new language straight away.
    (scope, form): HeadersInit => {
      const language = String(form.get("language"));
      return isLocale(language) ? { "Set-Cookie": languageCookie(scope, args.context, language) } : {};
    },
  );

export default function LanguagePreference() {
  const { t } = useTranslation("portal");
  const { profile } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "language");
  useErrorTitle(messages.hasErrors);
  return (
    <ProfileQuestion summary={messages.summary}>
      <Radios
        name="language"
        legend={t("account.language.question")}
        legendIsPageHeading
        hint={t("account.language.hint")}
        error={messages.field("language")}
        defaultValue={profile.preferredLanguage}
        items={LOCALES.map((code) => ({ value: code, label: <span lang={code}>{LANGUAGE_NAMES[code]}</span> }))}
      />
    </ProfileQuestion>
  );
}
