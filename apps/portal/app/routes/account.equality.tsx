import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EQUALITY_QUESTIONS, EQUALITY_QUESTION_IDS, PREFER_NOT_TO_SAY } from "@hearth/domain/identity";
import { Radios } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { ProfileQuestion } from "../components/profile-question";
import { profilePage, saveSection } from "../lib/account.server";
import { useErrorTitle } from "../lib/error-title";

export const loader = (args: LoaderFunctionArgs) => profilePage(args, "account.equality.label");
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

function answers(form: FormData): Record<string, string> {
  return Object.fromEntries(EQUALITY_QUESTION_IDS.flatMap((q) => (form.get(q) ? [[q, String(form.get(q))]] : [])));
}

export const action = (args: ActionFunctionArgs) =>
  saveSection(args, "equality", (scope, form) => scope.caller.profile.setEquality(answers(form) as never), answers);

export default function EqualityQuestions() {
  const { t } = useTranslation("portal");
  const { profile } = useLoaderData<typeof loader>();
  const first = EQUALITY_QUESTION_IDS[0] ?? "ageBand";
  const messages = useFormMessages(useActionData<typeof action>(), first);
  useErrorTitle(messages.hasErrors);
  return (
    <ProfileQuestion
      summary={messages.summary}
      intro={
        <>
          <h1 className="govuk-heading-l">{t("account.equality.title")}</h1>
          <p className="govuk-body">{t("account.equality.why")}</p>
          <p className="govuk-body">{t("account.equality.optional")}</p>
        </>
      }
    >
      {EQUALITY_QUESTION_IDS.map((question) => (
        <Radios
          key={question}
          name={question}
          legend={t(`equality.${question}.question`)}
          legendSize="m"
          small
          error={messages.field(question)}
          defaultValue={messages.value(question) ?? profile.equality[question]}
          items={EQUALITY_QUESTIONS[question].map((answer) => ({
            value: answer,
            label: answer === PREFER_NOT_TO_SAY ? t("equality.preferNotToSay") : t(`equality.${question}.${answer}`),
            divider: answer === PREFER_NOT_TO_SAY ? t("common:ui.or") : undefined,
          }))}
        />
      ))}
    </ProfileQuestion>
  );
}
