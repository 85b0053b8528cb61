import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CONTACT_METHODS } from "@hearth/domain/identity";
import { Radios, TextInput } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { QuestionFrame, QuestionHeading } from "../components/complaints/question-frame";
import { previousPath } from "../lib/complaint-steps";
import { questionPage, saveAnswer } from "../lib/complaints.server";

const NEEDS_PHONE = new Set(["phone", "text"]);

export async function loader(args: LoaderFunctionArgs) {
  const { draft, change, title } = await questionPage(args, "complaints.contact.title");
  const { answers, profile } = draft;
  return {
    title,
    change,
    email: profile.email,
    // Suggest what the resident's profile already says until they answer.
    method: answers.contactMethod ?? profile.contactMethods.find((m) => (CONTACT_METHODS as readonly string[]).includes(m)) ?? null,
    phone: answers.phone || profile.phone || "",
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export const action = (args: ActionFunctionArgs) =>
  saveAnswer(
    args,
    "contact",
    (form) => {
      const method = String(form.get("contactMethod") ?? "");
      // A number is only needed (and checked) for calls and texts.
      return { step: "contact", contactMethod: method as never, phone: NEEDS_PHONE.has(method) ? String(form.get("phone") ?? "") : "" };
    },
    (form) => ({ contactMethod: String(form.get("contactMethod") ?? ""), phone: String(form.get("phone") ?? "") }),
  );

export default function ComplaintContact() {
  const { t } = useTranslation("portal");
  const { change, email, method, phone } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "contactMethod");
  const hints: Record<string, string> = {
    email: t("complaints.contact.emailHint", { email }),
    phone: t("complaints.contact.phoneHint"),
    text: t("complaints.contact.textHint"),
    post: t("complaints.contact.postHint"),
  };
  return (
    <QuestionFrame back={previousPath("contact", change)} summary={messages.summary} change={change}>
      <Radios
        name="contactMethod"
        legend={<QuestionHeading>{t("complaints.contact.title")}</QuestionHeading>}
        legendIsPageHeading
        hint={t("complaints.contact.hint")}
        error={messages.field("contactMethod")}
        defaultValue={messages.value("contactMethod") ?? method ?? undefined}
        items={CONTACT_METHODS.map((m) => ({ value: m, label: t(`complaints:contactMethod.${m}`), hint: hints[m] }))}
      />
      <TextInput
        id="phone"
        name="phone"
        type="tel"
        label={t("complaints.contact.phone")}
        hint={t("complaints.contact.phoneFieldHint")}
        autoComplete="tel"
        width={20}
        defaultValue={messages.value("phone") ?? phone}
        error={messages.field("phone")}
      />
    </QuestionFrame>
  );
}
