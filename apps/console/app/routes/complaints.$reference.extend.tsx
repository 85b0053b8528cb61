import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { CODE_TIMESCALES } from "@hearth/domain/complaints";
import { InsetText, TextInput, Textarea } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { revalidateAfterPost, STEP_FORM, StepPage } from "../components/casework/step-page";
import { caseworkScope, currentStage, day, finishStep, formFailed, formText, loadCase, renameFields, stepHeader } from "../lib/casework.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await caseworkScope(args);
  const complaint = await loadCase(scope, args.params.reference);
  const stage = currentStage(complaint) ?? 1;
  const respond = complaint.deadlines.find((d) => d.step === `stage${stage}-respond` && d.doneOn === null);
  return {
    ...stepHeader(scope, complaint, "extend", formFailed(args.context)),
    extendStage: stage,
    max: stage === 1 ? CODE_TIMESCALES.stage1.maxExtension : CODE_TIMESCALES.stage2.maxExtension,
    dueNow: day(scope.locale, respond?.dueOn ?? null),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

export async function action(args: ActionFunctionArgs) {
  const scope = await caseworkScope(args);
  const form = await readForm(args.request, scope);
  const reference = args.params.reference ?? "";
  const values = formText(form, ["version", "workingDays", "reason"]);
  const outcome = await attempt(() =>
    scope.caller.complaintCases.extend({ reference, version: Number(values.version), workingDays: values.workingDays?.trim() ?? "", reason: values.reason ?? "" }),
  );
  return finishStep(args, outcome, reference, "extend", values, (errors) => renameFields(errors, (field) => (field === "workingDays" || field === "reason" ? field : undefined)));
}

export default function Extend() {
  const { t } = useTranslation("casework");
  const data = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), STEP_FORM);
  return (
    <StepPage
      header={data}
      heading={t("steps.extend.heading")}
      errors={messages.summary}
      version={messages.value("version")}
      submitLabel={t("steps.extend.submit")}
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
      <InsetText>
        <p className="govuk-body">{t("steps.extend.residentTold")}</p>
        <p className="govuk-body govuk-!-margin-bottom-0">
          <strong>{t("complaints:ombudsman.title")}</strong>
          <br />
          {t("complaints:ombudsman.contact")}
        </p>
      </InsetText>
    </StepPage>
  );
}
