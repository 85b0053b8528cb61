import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { SummaryList } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { ActionFields, ProgressFields } from "../components/reviews/plan/action-fields";
import { fieldValues } from "../components/reviews/plan/field-values";
import { PLAN_FORM, PlanForm, RemoveForm } from "../components/reviews/plan/plan-form";
import { PlanDate, PlanText } from "../components/reviews/plan/summary-card";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { ACTION_FIELDS, PROGRESS_FIELDS, pickFields } from "../lib/review-plan-fields";
import { day, finishPlanForm, itemOr404, planForm, planPage } from "../lib/review-plan.server";
import { reviewPath } from "../lib/review-paths";

// One action: changed freely until approval; after it, only its progress.

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, title, titled } = await planPage(args, { page: "action-plan", titleKey: "actions.editTitle", part: ["action-plan", "action-progress"] });
  const plan = await load(() => scope.caller.reviewPlan.actions({ reference: header.reference }));
  const action = itemOr404(plan.actions, args.params.id);
  const progressOnly = !header.canEdit["action-plan"];
  return {
    header,
    title: progressOnly ? titled("actions.progressTitle") : title,
    progressOnly,
    action: { ...action, completedOn: action.completedOn ?? "" },
    due: day(scope.locale, action.dueOn),
    latest: day(scope.locale, plan.latestDueOn).text,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, values, change, reference } = await planForm(args, [...ACTION_FIELDS, ...PROGRESS_FIELDS]);
  const id = args.params.id ?? "";
  const done = { reference, page: "action-plan" as const, values };
  if (values.intent === "remove") return finishPlanForm(args, scope, () => scope.caller.reviewPlan.removeAction({ ...change, id }), { ...done, banner: "actionRemoved" });
  if (values.intent === "progress") {
    const { status, completedOn } = pickFields(values, PROGRESS_FIELDS);
    return finishPlanForm(args, scope, () => scope.caller.reviewPlan.setActionProgress({ ...change, id, status: status as "done", completedOn }), { ...done, banner: "progressSaved" });
  }
  return finishPlanForm(args, scope, () => scope.caller.reviewPlan.updateAction({ ...change, id, ...pickFields(values, ACTION_FIELDS) }), { ...done, banner: "actionSaved" });
}

export default function EditAction() {
  const { t } = useTranslation("reviewplan");
  const { header, progressOnly, action: item, due, latest } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), PLAN_FORM);
  const back = reviewPath(header.reference, "action-plan");
  const value = fieldValues(messages.value, item);
  if (progressOnly) {
    return (
      <ReviewPage header={header} heading={t("actions.progressTitle")} errors={messages.summary} backTo={back} backLabel={t("actions.back")}>
        <SummaryList
          rows={[
            { key: t("actions.field.action"), value: <PlanText text={item.action} empty="" /> },
            { key: t("actions.field.owner"), value: <PlanText text={item.owner} empty="" /> },
            { key: t("actions.field.dueOn"), value: <PlanDate day={due} /> },
          ]}
        />
        <PlanForm header={header} version={messages.value("version")} intent="progress" submitLabel={t("actions.saveProgress")} cancelHref={back}>
          <ProgressFields value={value} error={messages.field} />
        </PlanForm>
      </ReviewPage>
    );
  }
  return (
    <ReviewPage header={header} heading={t("actions.editTitle")} errors={messages.summary} backTo={back} backLabel={t("actions.back")}>
      <PlanForm header={header} version={messages.value("version")} submitLabel={t("form.saveChanges")} cancelHref={back}>
        <ActionFields value={value} error={messages.field} latest={latest} />
      </PlanForm>
      <h2 className="govuk-heading-m">{t("actions.removeHeading")}</h2>
      <RemoveForm header={header} version={messages.value("version")} label={t("form.remove")} hiddenName={item.action} />
    </ReviewPage>
  );
}
