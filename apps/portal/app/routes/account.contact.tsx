import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CONTACT_METHODS } from "@hearth/domain/identity";
import { Checkboxes, TextInput } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { ProfileQuestion } from "../components/profile-question";
import { profilePage, saveSection } from "../lib/account.server";
import { useErrorTitle } from "../lib/error-title";

export const loader = (args: LoaderFunctionArgs) => profilePage(args, "account.contact.label");
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export const action = (args: ActionFunctionArgs) =>
  saveSection(
    args,
    "contact",
    (scope, form) => scope.caller.profile.setContact({ methods: form.getAll("methods").map(String) as never, phone: String(form.get("phone") ?? "") }),
    (form) => ({ methods: form.getAll("methods").map(String), phone: String(form.get("phone") ?? "") }),
  );

export default function ContactPreference() {
  const { t } = useTranslation("portal");
  const { profile } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "methods");
  useErrorTitle(messages.hasErrors);
  return (
    <ProfileQuestion summary={messages.summary}>
      <Checkboxes
        name="methods"
        legend={t("account.contact.question")}
        legendIsPageHeading
        hint={t("account.contact.hint")}
        error={messages.field("methods")}
        defaultValues={messages.values("methods") ?? profile.contactMethods}
        items={CONTACT_METHODS.map((method) => ({ value: method, label: t(`profile.contact.${method}`) }))}
      />
      <TextInput
        id="phone"
        name="phone"
        type="tel"
        label={t("account.contact.phone")}
        hint={t("account.contact.phoneHint")}
        autoComplete="tel"
        width={20}
        defaultValue={messages.value("phone") ?? profile.phone ?? ""}
        error={messages.field("phone")}
      />
    </ProfileQuestion>
  );
}
