import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormMessages } from "@hearth/ui/remix";
import { fieldValues } from "../components/reviews/plan/field-values";
import { ObjectiveFields } from "../components/reviews/plan/objective-fields";
import { PLAN_FORM, PlanForm } from "../components/reviews/plan/plan-form";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { OBJECTIVE_FIELDS, pickFields } from "../lib/review-plan-fields";
import { finishPlanForm, planForm, planPage } from "../lib/review-plan.server";
import { reviewPath } from "../lib/review-paths";

export async function loader(args: LoaderFunctionArgs) {
  const { header, title } = await planPage(args, { page: "objectives", titleKey: "objectives.addTitle", part: "objectives" });
  return { header, title };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, values, change, reference } = await planForm(args, OBJECTIVE_FIELDS);
  return finishPlanForm(args, scope, () => scope.caller.reviewPlan.addObjective({ ...change, ...pickFields(values, OBJECTIVE_FIELDS) }), { reference, page: "objectives", banner: "objectiveAdded", values });
}

export default function NewObjective() {
  const { t } = useTranslation("reviewplan");
  const { header } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), PLAN_FORM);
  const back = reviewPath(header.reference, "objectives");
  return (
    <ReviewPage header={header} heading={t("objectives.addTitle")} errors={messages.summary} backTo={back} backLabel={t("objectives.back")}>
      <p className="govuk-body">{t("objectives.smartHint")}</p>
      <PlanForm header={header} version={messages.value("version")} submitLabel={t("objectives.save")} cancelHref={back}>
        <ObjectiveFields value={fieldValues(messages.value)} error={messages.field} />
      </PlanForm>
    </ReviewPage>
  );
}
