import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { useFormMessages } from "@hearth/ui/remix";
import { fieldValues } from "../components/reviews/plan/field-values";
import { TaskFields } from "../components/reviews/plan/objective-fields";
import { PLAN_FORM, PlanForm, RemoveForm } from "../components/reviews/plan/plan-form";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { TASK_FIELDS, pickFields } from "../lib/review-plan-fields";
import { finishPlanForm, itemOr404, planForm, planPage } from "../lib/review-plan.server";
import { reviewPath } from "../lib/review-paths";

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, titled } = await planPage(args, { page: "objectives", titleKey: "tasks.editTitle", part: "objectives" });
  const { objectives } = await load(() => scope.caller.reviewPlan.objectives({ reference: header.reference }));
  const objective = itemOr404(objectives, args.params.id);
  const task = itemOr404(objective.tasks, args.params.taskId);
  return { header, title: titled("tasks.editTitle", { number: objective.number }), number: objective.number, task };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, values, change, reference } = await planForm(args, TASK_FIELDS);
  const id = args.params.taskId ?? "";
  if (values.intent === "remove") {
    return finishPlanForm(args, scope, () => scope.caller.reviewPlan.removeTask({ ...change, id }), { reference, page: "objectives", banner: "taskRemoved", values });
  }
  return finishPlanForm(args, scope, () => scope.caller.reviewPlan.updateTask({ ...change, id, ...pickFields(values, TASK_FIELDS) }), {
    reference,
    page: "objectives",
    banner: "taskSaved",
    values,
  });
}

export default function EditTask() {
  const { t } = useTranslation("reviewplan");
  const { header, number, task } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), PLAN_FORM);
  const back = reviewPath(header.reference, "objectives");
  return (
    <ReviewPage header={header} heading={t("tasks.editTitle", { number })} errors={messages.summary} backTo={back} backLabel={t("objectives.back")}>
      <PlanForm header={header} version={messages.value("version")} submitLabel={t("form.saveChanges")} cancelHref={back}>
        <TaskFields value={fieldValues(messages.value, task)} error={messages.field} />
      </PlanForm>
      <h2 className="govuk-heading-m">{t("tasks.removeHeading")}</h2>
      <RemoveForm header={header} version={messages.value("version")} label={t("form.remove")} hiddenName={task.task} />
    </ReviewPage>
  );
}
