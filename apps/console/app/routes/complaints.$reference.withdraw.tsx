import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { WarningText } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { revalidateAfterPost, STEP_FORM, StepPage } from "../components/casework/step-page";
import { caseworkScope, finishStep, formFailed, formText, loadCase, stepHeader } from "../lib/casework.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await caseworkScope(args);
  const complaint = await loadCase(scope, args.params.reference);
  return stepHeader(scope, complaint, "withdraw", formFailed(args.context));
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

export async function action(args: ActionFunctionArgs) {
  const scope = await caseworkScope(args);
  const form = await readForm(args.request, scope);
  const reference = args.params.reference ?? "";
  const values = formText(form, ["version"]);
  const outcome = await attempt(() => scope.caller.complaintCases.withdraw({ reference, version: Number(values.version) }));
  return finishStep(args, outcome, reference, "withdraw", values, (errors) => errors.map(({ field: _field, ...error }) => error));
}

export default function Withdraw() {
  const { t } = useTranslation("casework");
  const data = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), STEP_FORM);
  return (
    <StepPage
      header={data}
      heading={t("steps.withdraw.heading")}
      errors={messages.summary}
      version={messages.value("version")}
      submitLabel={t("steps.withdraw.submit")}
      submitVariant="warning"
    >
      <p className="govuk-body">{t("steps.withdraw.intro")}</p>
      <WarningText assistiveText={t("common:ui.warning")}>{t("steps.withdraw.warning")}</WarningText>
    </StepPage>
  );
}
