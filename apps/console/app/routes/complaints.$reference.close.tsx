import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { attempt, readForm } from "@hearth/api/server";
import { CAUSE_CATEGORIES, type CauseCategory } from "@hearth/domain/complaints";
import { Select, SummaryList, Textarea } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { revalidateAfterPost, STEP_FORM, StepPage } from "../components/casework/step-page";
import { caseworkScope, finishStep, formFailed, formText, loadCase, renameFields, stepHeader } from "../lib/casework.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await caseworkScope(args);
  const complaint = await loadCase(scope, args.params.reference);
  return {
    ...stepHeader(scope, complaint, "close", formFailed(args.context)),
    serviceArea: complaint.serviceArea,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = revalidateAfterPost;

export async function action(args: ActionFunctionArgs) {
  const scope = await caseworkScope(args);
  const form = await readForm(args.request, scope);
  const reference = args.params.reference ?? "";
  const values = formText(form, ["version", "causeCategory", "lessonsLearnt"]);
  const outcome = await attempt(() =>
    scope.caller.complaintCases.close({ reference, version: Number(values.version), causeCategory: values.causeCategory as CauseCategory, lessonsLearnt: values.lessonsLearnt ?? "" }),
  );
  return finishStep(args, outcome, reference, "close", values, (errors) =>
    renameFields(errors, (field) => (field === "causeCategory" || field === "lessonsLearnt" ? field : undefined)),
  );
}

export default function Close() {
  const { t } = useTranslation("casework");
  const data = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), STEP_FORM);
  return (
    <StepPage
      header={data}
      heading={t("steps.close.heading")}
      errors={messages.summary}
      version={messages.value("version")}
      submitLabel={t("steps.close.submit")}
      intro={
        <>
          <p className="govuk-body">{t("steps.close.intro")}</p>
          <SummaryList rows={[{ key: t("summary.serviceArea"), value: t(`complaints:serviceArea.${data.serviceArea.slug}`, { defaultValue: data.serviceArea.name }) }]} />
        </>
      }
    >
      <Select
        id="causeCategory"
        name="causeCategory"
        label={t("steps.close.cause")}
        labelSize="s"
        hint={t("steps.close.causeHint")}
        defaultValue={messages.value("causeCategory") ?? ""}
        error={messages.field("causeCategory")}
        options={[{ value: "", label: t("steps.close.chooseCause") }, ...CAUSE_CATEGORIES.map((cause) => ({ value: cause, label: t(`complaints:cause.${cause}`) }))]}
      />
      <Textarea
        id="lessonsLearnt"
        name="lessonsLearnt"
        label={t("steps.close.lessons")}
        labelSize="s"
        hint={t("steps.close.lessonsHint")}
        defaultValue={messages.value("lessonsLearnt")}
        error={messages.field("lessonsLearnt")}
      />
    </StepPage>
  );
}
