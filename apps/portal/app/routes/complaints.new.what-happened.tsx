import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormMessages } from "@hearth/ui/remix";
import { LongAnswer } from "../components/complaints/long-answer";
import { QuestionFrame } from "../components/complaints/question-frame";
import { previousPath } from "../lib/complaint-steps";
import { questionPage, saveAnswer, textField } from "../lib/complaints.server";

/** The API's limit (errors.complaints.whatHappenedTooLong). */
const MAX = 5000;

export async function loader(args: LoaderFunctionArgs) {
  const { draft, change, title } = await questionPage(args, "complaints.whatHappened.title");
  return { title, change, answer: draft.answers.whatHappened ?? "" };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export const action = (args: ActionFunctionArgs) =>
  saveAnswer(
    args,
    "what-happened",
    (form) => ({ step: "what-happened", whatHappened: textField(form, "whatHappened") }),
    (form) => ({ whatHappened: textField(form, "whatHappened") }),
  );

export default function ComplaintWhatHappened() {
  const { t } = useTranslation("portal");
  const { change, answer } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "whatHappened");
  return (
    <QuestionFrame back={previousPath("what-happened", change)} summary={messages.summary} change={change}>
      <LongAnswer
        name="whatHappened"
        title={t("complaints.whatHappened.title")}
        hint={t("complaints.whatHappened.hint")}
        maxLength={MAX}
        defaultValue={messages.value("whatHappened") ?? answer}
        error={messages.field("whatHappened")}
      />
    </QuestionFrame>
  );
}
