import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PREFERRED_FORMATS } from "@hearth/domain/identity";
import { Radios } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { ProfileQuestion } from "../components/profile-question";
import { profilePage, saveSection } from "../lib/account.server";
import { useErrorTitle } from "../lib/error-title";

export const loader = (args: LoaderFunctionArgs) => profilePage(args, "account.format.label");
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export const action = (args: ActionFunctionArgs) =>
  saveSection(args, "format", (scope, form) => scope.caller.profile.setFormat({ format: String(form.get("format") ?? "") as never }), () => ({}));

export default function FormatPreference() {
  const { t } = useTranslation("portal");
  const { profile } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "format");
  useErrorTitle(messages.hasErrors);
  return (
    <ProfileQuestion summary={messages.summary}>
      <Radios
        name="format"
        legend={t("account.format.question")}
        legendIsPageHeading
        hint={t("account.format.hint")}
        error={messages.field("format")}
        defaultValue={profile.preferredFormat}
        items={PREFERRED_FORMATS.map((format) => ({ value: format, label: t(`profile.format.${format}`), hint: t(`profile.formatHint.${format}`) }))}
      />
    </ProfileQuestion>
  );
}
