import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { useFormMessages } from "@hearth/ui/remix";
import { fieldValues } from "../components/reviews/plan/field-values";
import { PLAN_FORM, PlanForm, RemoveForm } from "../components/reviews/plan/plan-form";
import { RiskFields } from "../components/reviews/plan/risk-fields";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { RISK_FIELDS } from "../lib/review-plan-fields";
import { finishPlanForm, itemOr404, planForm, planPage, riskInput } from "../lib/review-plan.server";
import { reviewPath } from "../lib/review-paths";

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, title } = await planPage(args, { page: "risks", titleKey: "risks.editTitle", part: "risks" });
  const { risks } = await load(() => scope.caller.reviewPlan.risks({ reference: header.reference }));
  const { rating: _, band: __, ...risk } = itemOr404(risks, args.params.id);
  return { header, title, risk };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, values, change, reference } = await planForm(args, RISK_FIELDS);
  const id = args.params.id ?? "";
  if (values.intent === "remove") {
    return finishPlanForm(args, scope, () => scope.caller.reviewPlan.removeRisk({ ...change, id }), { reference, page: "risks", banner: "riskRemoved", values });
  }
  return finishPlanForm(args, scope, () => scope.caller.reviewPlan.updateRisk({ ...change, id, ...riskInput(values) }), { reference, page: "risks", banner: "riskSaved", values });
}

export default function EditRisk() {
  const { t } = useTranslation("reviewplan");
  const { header, risk } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), PLAN_FORM);
  const back = reviewPath(header.reference, "risks");
  return (
    <ReviewPage header={header} heading={t("risks.editTitle")} errors={messages.summary} backTo={back} backLabel={t("risks.back")}>
      <PlanForm header={header} version={messages.value("version")} submitLabel={t("form.saveChanges")} cancelHref={back}>
        <RiskFields value={fieldValues(messages.value, risk)} error={messages.field} />
      </PlanForm>
      <h2 className="govuk-heading-m">{t("risks.removeHeading")}</h2>
      <RemoveForm header={header} version={messages.value("version")} label={t("form.remove")} hiddenName={risk.summary} />
    </ReviewPage>
  );
}
