import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { CODE_TIMESCALES, STAFF_RECORDED_CHANNELS } from "@hearth/domain/complaints";
import { InsetText, Radios, TextInput } from "@hearth/ui";
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
      <Radios
        name="channel"
        legend={t("steps.escalate.channel")}
        legendSize="s"
        defaultValue={messages.value("channel")}
        error={messages.field("channel")}
        items={STAFF_RECORDED_CHANNELS.map((channel) => ({ value: channel, label: t(`complaints:channel.${channel}`) }))}
      />
      <TextInput
        id="receivedOn"
        name="receivedOn"
        type="date"
        label={t("steps.escalate.receivedOn")}
        labelSize="s"
        hint={
          data.responded
            ? t("steps.escalate.receivedOnHint", { date: data.responded.text, days: CODE_TIMESCALES.stage2.acknowledgeWithin })
            : undefined
        }
        min={data.respondedOn ?? undefined}
        max={data.today}
        defaultValue={messages.value("receivedOn") ?? data.today}
        error={messages.field("receivedOn")}
      />
      <InsetText>{t("steps.escalate.residentTold")}</InsetText>
    </StepPage>
  );
}
