import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { CODE_TIMESCALES, STAFF_RECORDED_CHANNELS } from "@hearth/domain/complaints";
import { InsetText } from "@hearth/ui";
import { ReceivedFields } from "../components/casework/received-fields";
import { revalidateAfterPost, StepPage, useStep } from "../components/casework/step-page";
import { day } from "../lib/casework.server";
import { loadStep, postStep } from "../lib/casework-step.server";

// A stage 2 request that reached us by phone, letter, email or in person. The
// date box is bounded by the stage 1 response and today, as the API checks.
export function loader(args: LoaderFunctionArgs) {
  return loadStep(args, "escalate", (complaint, scope) => {
    const respondedOn = complaint.stages.find((s) => s.stage === 1)?.response?.respondedOn ?? null;
    return { today: complaint.today, respondedOn, responded: day(scope.locale, respondedOn) };
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

export async function action(args: ActionFunctionArgs) {
  const { reference, version, value, finish } = await postStep(args, "escalate", ["channel", "receivedOn"]);
  return finish((api) => api.recordStage2Request({ reference, version, channel: value("channel") as (typeof STAFF_RECORDED_CHANNELS)[number], receivedOn: value("receivedOn").trim() }));
}

export default function RecordStage2Request() {
  const { t, data, messages } = useStep<typeof loader>();
  return (
    <StepPage header={data} messages={messages} intro={<p className="govuk-body">{t("steps.escalate.intro")}</p>}>
      <ReceivedFields
        labels={{
          channel: t("steps.escalate.channel"),
          receivedOn: t("steps.escalate.receivedOn"),
          receivedOnHint: data.responded ? t("steps.escalate.receivedOnHint", { date: data.responded.text, days: CODE_TIMESCALES.stage2.acknowledgeWithin }) : undefined,
        }}
        size="s"
        today={data.today}
        earliest={data.respondedOn ?? undefined}
        messages={messages}
      />
      <InsetText>{t("steps.escalate.residentTold")}</InsetText>
    </StepPage>
  );
}
