import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { CODE_TIMESCALES } from "@hearth/domain/complaints";
import { TextInput, Textarea } from "@hearth/ui";
import { revalidateAfterPost, StepPage, ToldWithOmbudsman, useStep } from "../components/casework/step-page";
import { currentStage, day } from "../lib/casework.server";
import { loadStep, postStep } from "../lib/casework-step.server";

export function loader(args: LoaderFunctionArgs) {
  return loadStep(args, "extend", (complaint, scope) => {
    const stage = currentStage(complaint) ?? 1;
    const respond = complaint.deadlines.find((d) => d.step === `stage${stage}-respond` && d.doneOn === null);
    return {
      extendStage: stage,
      max: stage === 1 ? CODE_TIMESCALES.stage1.maxExtension : CODE_TIMESCALES.stage2.maxExtension,
      dueNow: day(scope.locale, respond?.dueOn ?? null),
    };
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

export async function action(args: ActionFunctionArgs) {
  const { reference, version, value, finish } = await postStep(args, "extend", ["workingDays", "reason"]);
  return finish((api) => api.extend({ reference, version, workingDays: value("workingDays").trim(), reason: value("reason") }));
}

export default function Extend() {
  const { t, data, messages } = useStep<typeof loader>();
  return (
    <StepPage
      header={data}
      messages={messages}
      intro={
        <>
          <p className="govuk-body">{t("steps.extend.intro", { count: data.max, stage: data.extendStage })}</p>
          {data.dueNow && <p className="govuk-body">{t("steps.extend.dueNow", { date: data.dueNow.text })}</p>}
        </>
      }
    >
      <TextInput
        id="workingDays"
        name="workingDays"
        label={t("steps.extend.workingDays")}
        labelSize="s"
        hint={t("steps.extend.workingDaysHint", { count: data.max })}
        inputMode="numeric"
        width={2}
        spellCheck={false}
        defaultValue={messages.value("workingDays")}
        error={messages.field("workingDays")}
      />
      <Textarea
        id="reason"
        name="reason"
        label={t("steps.extend.reason")}
        labelSize="s"
        hint={t("steps.extend.reasonHint")}
        defaultValue={messages.value("reason")}
        error={messages.field("reason")}
      />
      <ToldWithOmbudsman told={t("steps.extend.residentTold")} />
    </StepPage>
  );
}
