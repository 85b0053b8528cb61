import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Select } from "@hearth/ui";
import { revalidateAfterPost, StepPage, useStep } from "../components/casework/step-page";
import { currentStage } from "../lib/casework.server";
import { loadStep, postStep } from "../lib/casework-step.server";

export function loader(args: LoaderFunctionArgs) {
  return loadStep(args, "assign", (complaint) => {
    const stage = currentStage(complaint);
    const open = complaint.stages.find((s) => s.stage === stage);
    const excluded = stage === 2 ? complaint.stage1HandlerId : null;
    return {
      staff: complaint.staff.filter((person) => person.id !== excluded),
      current: open?.handler ?? null,
      stage1Handler: stage === 2 ? (complaint.stages.find((s) => s.stage === 1)?.handler.name ?? null) : null,
    };
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

export async function action(args: ActionFunctionArgs) {
  const { reference, version, value, finish } = await postStep(args, "assign", ["handlerId"]);
  return finish((api) => api.assign({ reference, version, handlerId: value("handlerId") }));
}

export default function Assign() {
  const { t, data, messages } = useStep<typeof loader>();
  return (
    <StepPage
      header={data}
      messages={messages}
      intro={data.current?.name ? <p className="govuk-body">{t("steps.assign.current", { name: data.current.name })}</p> : undefined}
    >
      <Select
        id="handlerId"
        name="handlerId"
        label={t("steps.assign.handler")}
        labelSize="s"
        hint={data.stage1Handler ? t("steps.acknowledge.handlerHint2", { name: data.stage1Handler }) : undefined}
        defaultValue={messages.value("handlerId") ?? data.current?.id ?? ""}
        error={messages.field("handlerId")}
        options={data.staff.map((person) => ({ value: person.id, label: person.name }))}
      />
    </StepPage>
  );
}
