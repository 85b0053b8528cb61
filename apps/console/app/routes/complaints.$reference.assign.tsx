import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { Select } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { revalidateAfterPost, STEP_FORM, StepPage } from "../components/casework/step-page";
import { caseworkScope, currentStage, finishStep, formFailed, formText, loadCase, renameFields, stepHeader } from "../lib/casework.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await caseworkScope(args);
  const complaint = await loadCase(scope, args.params.reference);
  const stage = currentStage(complaint);
  const open = complaint.stages.find((s) => s.stage === stage);
  const excluded = stage === 2 ? complaint.stage1HandlerId : null;
  return {
    ...stepHeader(scope, complaint, "assign", formFailed(args.context)),
    staff: complaint.staff.filter((person) => person.id !== excluded),
    current: open?.handler ?? null,
    stage1Handler: stage === 2 ? (complaint.stages.find((s) => s.stage === 1)?.handler.name ?? null) : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

export async function action(args: ActionFunctionArgs) {
  const scope = await caseworkScope(args);
  const form = await readForm(args.request, scope);
  const reference = args.params.reference ?? "";
  const values = formText(form, ["version", "handlerId"]);
  const outcome = await attempt(() => scope.caller.complaintCases.assign({ reference, version: Number(values.version), handlerId: values.handlerId ?? "" }));
  return finishStep(args, outcome, reference, "assign", values, (errors) => renameFields(errors, (field) => (field === "handlerId" ? field : undefined)));
}

export default function Assign() {
  const { t } = useTranslation("casework");
  const data = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), STEP_FORM);
  return (
    <StepPage
      header={data}
      heading={t("steps.assign.heading")}
      errors={messages.summary}
      version={messages.value("version")}
      submitLabel={t("steps.assign.submit")}
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
