import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SUPPORT_NEEDS } from "@hearth/domain/identity";
import { Checkboxes, Textarea } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { ProfileQuestion } from "../components/profile-question";
import { profilePage, saveSection } from "../lib/account.server";
import { useErrorTitle } from "../lib/error-title";

export const loader = (args: LoaderFunctionArgs) => profilePage(args, "account.support.label");
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export const action = (args: ActionFunctionArgs) =>
  saveSection(
    args,
    "support",
    (scope, form) => scope.caller.profile.setSupport({ needs: form.getAll("needs").map(String) as never, notes: String(form.get("notes") ?? "") }),
    (form) => ({ needs: form.getAll("needs").map(String), notes: String(form.get("notes") ?? "") }),
  );

export default function SupportNeeds() {
  const { t } = useTranslation("portal");
  const { profile } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "needs");
  useErrorTitle(messages.hasErrors);
  return (
    <ProfileQuestion summary={messages.summary}>
      <Checkboxes
        name="needs"
        legend={t("account.support.question")}
        legendIsPageHeading
        hint={t("account.support.hint")}
        error={messages.field("needs")}
        defaultValues={messages.values("needs") ?? profile.supportNeeds}
        items={SUPPORT_NEEDS.map((need) => ({ value: need, label: t(`profile.support.${need}`) }))}
      />
      <Textarea
        id="notes"
        name="notes"
        label={t("account.support.notes")}
        hint={t("account.support.notesHint")}
        defaultValue={messages.value("notes") ?? profile.supportNotes}
        error={messages.field("notes")}
      />
    </ProfileQuestion>
  );
}
