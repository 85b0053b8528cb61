import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormMessages } from "@hearth/ui/remix";
import { LongAnswer } from "../components/complaints/long-answer";
import { QuestionFrame } from "../components/complaints/question-frame";
import { previousPath } from "../lib/complaint-steps";
import { questionPage, saveAnswer, textField } from "../lib/complaints.server";

/** The API's limit (errors.complaints.putRightTooLong). */
const MAX = 2000;

export async function loader(args: LoaderFunctionArgs) {
  const { draft, change, title } = await questionPage(args, "complaints.putRight.title");
  return { title, change, answer: draft.answers.putRight ?? "" };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export const action = (args: ActionFunctionArgs) =>
  saveAnswer(
    args,
    "put-right",
    (form) => ({ step: "put-right", putRight: textField(form, "putRight") }),
    (form) => ({ putRight: textField(form, "putRight") }),
  );

export default function ComplaintPutRight() {
  const { t } = useTranslation("portal");
  const { change, answer } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), "putRight");
  return (
    <QuestionFrame back={previousPath("put-right", change)} summary={messages.summary} change={change}>
      <LongAnswer
        name="putRight"
        title={t("complaints.putRight.title")}
        hint={t("complaints.putRight.hint")}
        maxLength={MAX}
        defaultValue={messages.value("putRight") ?? answer}
        error={messages.field("putRight")}
      />
    </QuestionFrame>
  );
}
