import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { useFormMessages } from "@hearth/ui/remix";
import { fieldValues } from "../components/reviews/plan/field-values";
import { ObjectiveFields } from "../components/reviews/plan/objective-fields";
import { PLAN_FORM, PlanForm, RemoveForm } from "../components/reviews/plan/plan-form";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { OBJECTIVE_FIELDS, pickFields } from "../lib/review-plan-fields";
import { finishPlanForm, itemOr404, planForm, planPage } from "../lib/review-plan.server";
import { reviewPath } from "../lib/review-paths";

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, titled } = await planPage(args, { page: "objectives", titleKey: "objectives.editTitle", part: "objectives" });
  const { objectives } = await load(() => scope.caller.reviewPlan.objectives({ reference: header.reference }));
  const objective = itemOr404(objectives, args.params.id);
  return { header, title: titled("objectives.editTitle", { number: objective.number }), objective };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, values, change, reference } = await planForm(args, OBJECTIVE_FIELDS);
  const id = args.params.id ?? "";
  if (values.intent === "remove") {
    return finishPlanForm(args, scope, () => scope.caller.reviewPlan.removeObjective({ ...change, id }), { reference, page: "objectives", banner: "objectiveRemoved", values });
  }
  return finishPlanForm(args, scope, () => scope.caller.reviewPlan.updateObjective({ ...change, id, ...pickFields(values, OBJECTIVE_FIELDS) }), {
    reference,
    page: "objectives",
    banner: "objectiveSaved",
    values,
  });
}

export default function EditObjective() {
  const { t } = useTranslation("reviewplan");
  const { header, objective } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), PLAN_FORM);
  const back = reviewPath(header.reference, "objectives");
  const name = t("objectives.name", { number: objective.number });
  return (
    <ReviewPage header={header} heading={t("objectives.editTitle", { number: objective.number })} errors={messages.summary} backTo={back} backLabel={t("objectives.back")}>
      <p className="govuk-body">{t("objectives.smartHint")}</p>
      <PlanForm header={header} version={messages.value("version")} submitLabel={t("form.saveChanges")} cancelHref={back}>
        <ObjectiveFields value={fieldValues(messages.value, objective)} error={messages.field} />
      </PlanForm>
      <h2 className="govuk-heading-m">{t("objectives.removeHeading")}</h2>
      <p className="govuk-body">{objective.tasks.length === 0 ? t("objectives.removeWarningNoTasks") : t("objectives.removeWarning", { count: objective.tasks.length })}</p>
      <RemoveForm header={header} version={messages.value("version")} label={t("form.remove")} hiddenName={name} />
    </ReviewPage>
  );
}
