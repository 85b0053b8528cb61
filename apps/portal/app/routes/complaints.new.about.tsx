import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Radios } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { QuestionFrame, QuestionHeading } from "../components/complaints/question-frame";
import { serviceAreaHint, serviceAreaName } from "../components/complaints/service-area";
import { previousPath } from "../lib/complaint-steps";
import { questionPage, saveAnswer } from "../lib/complaints.server";

export async function loader(args: LoaderFunctionArgs) {
  const { scope, draft, change, title } = await questionPage(args, "complaints.about.title");
  const areas = await scope.caller.complaints.serviceAreas();
  return { title, change, answer: draft.answers.serviceArea ?? null, areas: areas.map(({ slug, name, description }) => ({ slug, name, description })) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export const action = (args: ActionFunctionArgs) =>
  saveAnswer(
    args,
    "about",
    (form) => ({ step: "about", serviceArea: String(form.get("serviceArea") ?? "") }),
    (form) => ({ serviceArea: String(form.get("serviceArea") ?? "") }),
  );

export default function ComplaintAbout() {
  const { t, i18n } = useTranslation("portal");
  const { change, answer, areas } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "serviceArea");
  // Sorted in the page language, so the list reads alphabetically in every language.
  const items = areas
    .map((area) => ({ value: area.slug, label: serviceAreaName(t, area), hint: serviceAreaHint(t, area) || undefined }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  return (
    <QuestionFrame back={previousPath("about", change)} summary={messages.summary} change={change}>
      <Radios
        name="serviceArea"
        legend={<QuestionHeading>{t("complaints.about.title")}</QuestionHeading>}
        legendIsPageHeading
        hint={t("complaints.about.hint")}
        error={messages.field("serviceArea")}
        defaultValue={messages.value("serviceArea") ?? answer ?? undefined}
        items={items}
      />
    </QuestionFrame>
  );
}
