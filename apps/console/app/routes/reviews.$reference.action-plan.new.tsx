import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { useFormMessages } from "@hearth/ui/remix";
import { ActionFields } from "../components/reviews/plan/action-fields";
import { fieldValues } from "../components/reviews/plan/field-values";
import { PLAN_FORM, PlanForm } from "../components/reviews/plan/plan-form";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { ACTION_FIELDS, pickFields } from "../lib/review-plan-fields";
import { day, finishPlanForm, planForm, planPage } from "../lib/review-plan.server";
import { reviewPath } from "../lib/review-paths";

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, title } = await planPage(args, { page: "action-plan", titleKey: "actions.addTitle", part: "action-plan" });
  const { latestDueOn } = await load(() => scope.caller.reviewPlan.actions({ reference: header.reference }));
  return { header, title, latest: day(scope.locale, latestDueOn).text };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, values, change, reference } = await planForm(args, ACTION_FIELDS);
  return finishPlanForm(args, scope, () => scope.caller.reviewPlan.addAction({ ...change, ...pickFields(values, ACTION_FIELDS) }), { reference, page: "action-plan", banner: "actionAdded", values });
}

export default function NewAction() {
  const { t } = useTranslation("reviewplan");
  const { header, latest } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), PLAN_FORM);
  const back = reviewPath(header.reference, "action-plan");
  return (
    <ReviewPage header={header} heading={t("actions.addTitle")} errors={messages.summary} backTo={back} backLabel={t("actions.back")}>
      <PlanForm header={header} version={messages.value("version")} submitLabel={t("actions.save")} cancelHref={back}>
        <ActionFields value={fieldValues(messages.value)} error={messages.field} latest={latest} />
      </PlanForm>
    </ReviewPage>
  );
}
