import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormMessages } from "@hearth/ui/remix";
import { fieldValues } from "../components/reviews/plan/field-values";
import { PLAN_FORM, PlanForm } from "../components/reviews/plan/plan-form";
import { RiskFields } from "../components/reviews/plan/risk-fields";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { RISK_FIELDS } from "../lib/review-plan-fields";
import { finishPlanForm, planForm, planPage, riskInput } from "../lib/review-plan.server";
import { reviewPath } from "../lib/review-paths";

export async function loader(args: LoaderFunctionArgs) {
  const { header, title } = await planPage(args, { page: "risks", titleKey: "risks.addTitle", part: "risks" });
  return { header, title };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, values, change, reference } = await planForm(args, RISK_FIELDS);
  return finishPlanForm(args, scope, () => scope.caller.reviewPlan.addRisk({ ...change, ...riskInput(values) }), { reference, page: "risks", banner: "riskAdded", values });
}

export default function NewRisk() {
  const { t } = useTranslation("reviewplan");
  const { header } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), PLAN_FORM);
  const back = reviewPath(header.reference, "risks");
  return (
    <ReviewPage header={header} heading={t("risks.addTitle")} errors={messages.summary} backTo={back} backLabel={t("risks.back")}>
      <PlanForm header={header} version={messages.value("version")} submitLabel={t("risks.save")} cancelHref={back}>
        <RiskFields value={fieldValues(messages.value)} error={messages.field} />
      </PlanForm>
    </ReviewPage>
  );
}
