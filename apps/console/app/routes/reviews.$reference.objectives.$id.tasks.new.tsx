import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { useFormMessages } from "@hearth/ui/remix";
import { fieldValues } from "../components/reviews/plan/field-values";
import { TaskFields } from "../components/reviews/plan/objective-fields";
import { PLAN_FORM, PlanForm } from "../components/reviews/plan/plan-form";
import { PlanText } from "../components/reviews/plan/summary-card";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { TASK_FIELDS, pickFields } from "../lib/review-plan-fields";
import { finishPlanForm, itemOr404, planForm, planPage } from "../lib/review-plan.server";
import { reviewPath } from "../lib/review-paths";

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, titled } = await planPage(args, { page: "objectives", titleKey: "tasks.addTitle", part: "objectives" });
  const { objectives } = await load(() => scope.caller.reviewPlan.objectives({ reference: header.reference }));
  const objective = itemOr404(objectives, args.params.id);
  return { header, title: titled("tasks.addTitle", { number: objective.number }), objective: { number: objective.number, improvementAction: objective.improvementAction } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, values, change, reference } = await planForm(args, TASK_FIELDS);
  const objectiveId = args.params.id ?? "";
  return finishPlanForm(args, scope, () => scope.caller.reviewPlan.addTask({ ...change, objectiveId, ...pickFields(values, TASK_FIELDS) }), {
    reference,
    page: "objectives",
    banner: "taskAdded",
    values,
  });
}

export default function NewTask() {
  const { t } = useTranslation("reviewplan");
  const { header, objective } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), PLAN_FORM);
  const back = reviewPath(header.reference, "objectives");
  return (
    <ReviewPage header={header} heading={t("tasks.addTitle", { number: objective.number })} errors={messages.summary} backTo={back} backLabel={t("objectives.back")}>
      <p className="govuk-body">
        <PlanText text={objective.improvementAction} empty="" />
      </p>
      <PlanForm header={header} version={messages.value("version")} submitLabel={t("tasks.save")} cancelHref={back}>
        <TaskFields value={fieldValues(messages.value)} error={messages.field} />
      </PlanForm>
    </ReviewPage>
  );
}
