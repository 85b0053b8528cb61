import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { InsetText, Radios, Textarea } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { revalidateAfterPost, STEP_FORM, StepPage } from "../components/casework/step-page";
import { NOTE_METHODS } from "../lib/casework";
import { caseworkScope, finishStep, formFailed, formText, loadCase, renameFields, stepHeader } from "../lib/casework.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await caseworkScope(args);
  const complaint = await loadCase(scope, args.params.reference);
  return stepHeader(scope, complaint, "contact", formFailed(args.context));
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

export async function action(args: ActionFunctionArgs) {
  const scope = await caseworkScope(args);
  const form = await readForm(args.request, scope);
  const reference = args.params.reference ?? "";
  const values = formText(form, ["version", "method", "summary"]);
  const outcome = await attempt(() =>
    scope.caller.complaintCases.recordContact({ reference, method: values.method as (typeof NOTE_METHODS)[number], summary: values.summary ?? "" }),
  );
  return finishStep(args, outcome, reference, "contact", values, (errors) =>
    renameFields(errors, (field) => (field === "method" || field === "summary" ? field : undefined)).map((error) =>
      // The API's message for a missing method is worded for residents choosing how to be contacted.
      error.field === "method" ? { ...error, key: "casework:fieldErrors.noteMethod" } : error,
    ),
  );
}

export default function RecordContact() {
  const { t } = useTranslation("casework");
  const data = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), STEP_FORM);
  return (
    <StepPage
      header={data}
      heading={t("steps.contact.heading")}
      errors={messages.summary}
      version={messages.value("version")}
      submitLabel={t("steps.contact.submit")}
      intro={<InsetText>{t("steps.contact.internal")}</InsetText>}
    >
      <Radios
        name="method"
        legend={t("steps.contact.method")}
        legendSize="s"
        defaultValue={messages.value("method")}
        error={messages.field("method")}
        items={NOTE_METHODS.map((method) => ({ value: method, label: t(`noteMethod.${method}`) }))}
      />
      <Textarea
        id="summary"
        name="summary"
        label={t("steps.contact.summary")}
        labelSize="s"
        hint={t("steps.contact.summaryHint")}
        rows={6}
        defaultValue={messages.value("summary")}
        error={messages.field("summary")}
      />
    </StepPage>
  );
}
