import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { REFUSAL_REASONS, type RefusalReason } from "@hearth/domain/complaints";
import { InsetText, Radios, Textarea } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { revalidateAfterPost, STEP_FORM, StepPage } from "../components/casework/step-page";
import { caseworkScope, finishStep, formFailed, formText, loadCase, renameFields, stepHeader } from "../lib/casework.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await caseworkScope(args);
  const complaint = await loadCase(scope, args.params.reference);
  return stepHeader(scope, complaint, "refuse", formFailed(args.context));
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

export async function action(args: ActionFunctionArgs) {
  const scope = await caseworkScope(args);
  const form = await readForm(args.request, scope);
  const reference = args.params.reference ?? "";
  const values = formText(form, ["version", "reason", "explanation"]);
  const outcome = await attempt(() =>
    scope.caller.complaintCases.refuse({ reference, version: Number(values.version), reason: values.reason as RefusalReason, explanation: values.explanation ?? "" }),
  );
  return finishStep(args, outcome, reference, "refuse", values, (errors) => renameFields(errors, (field) => (field === "reason" || field === "explanation" ? field : undefined)));
}

export default function Refuse() {
  const { t } = useTranslation("casework");
  const data = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), STEP_FORM);
  return (
    <StepPage
      header={data}
      heading={t("steps.refuse.heading")}
      errors={messages.summary}
      version={messages.value("version")}
      submitLabel={t("steps.refuse.submit")}
      submitVariant="warning"
      intro={<p className="govuk-body">{t("steps.refuse.intro")}</p>}
    >
      <Radios
        name="reason"
        legend={t("steps.refuse.reason")}
        legendSize="s"
        defaultValue={messages.value("reason")}
        error={messages.field("reason")}
        items={REFUSAL_REASONS.map((reason) => ({ value: reason, label: t(`complaints:refusalReason.${reason}`) }))}
      />
      <Textarea
        id="explanation"
        name="explanation"
        label={t("steps.refuse.explanation")}
        labelSize="s"
        hint={t("steps.refuse.explanationHint")}
        rows={6}
        defaultValue={messages.value("explanation")}
        error={messages.field("explanation")}
      />
      <InsetText>
        <p className="govuk-body">{t("steps.refuse.residentTold")}</p>
        <p className="govuk-body govuk-!-margin-bottom-0">
          <strong>{t("complaints:ombudsman.title")}</strong>
          <br />
          {t("complaints:ombudsman.contact")}
        </p>
      </InsetText>
    </StepPage>
  );
}
