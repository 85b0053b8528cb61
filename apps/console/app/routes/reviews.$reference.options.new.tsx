import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormMessages } from "@hearth/ui/remix";
import { fieldValues } from "../components/reviews/plan/field-values";
import { OptionFields } from "../components/reviews/plan/option-fields";
import { PLAN_FORM, PlanForm } from "../components/reviews/plan/plan-form";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { OPTION_FIELDS } from "../lib/review-plan-fields";
import { finishPlanForm, optionInput, planForm, planPage } from "../lib/review-plan.server";
import { reviewPath } from "../lib/review-paths";

export async function loader(args: LoaderFunctionArgs) {
  const { header, title } = await planPage(args, { page: "options", titleKey: "options.addTitle", part: "options" });
  return { header, title };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, values, change, reference } = await planForm(args, OPTION_FIELDS);
  return finishPlanForm(args, scope, () => scope.caller.reviewPlan.addOption({ ...change, ...optionInput(values) }), { reference, page: "options", banner: "optionAdded", values });
}

export default function NewOption() {
  const { t } = useTranslation("reviewplan");
  const { header } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), PLAN_FORM);
  const back = reviewPath(header.reference, "options");
  return (
    <ReviewPage header={header} heading={t("options.addTitle")} errors={messages.summary} backTo={back} backLabel={t("options.back")}>
      <PlanForm header={header} version={messages.value("version")} submitLabel={t("options.save")} cancelHref={back}>
        <OptionFields value={fieldValues(messages.value)} error={messages.field} recommended={messages.value("recommended") === "yes"} />
      </PlanForm>
    </ReviewPage>
  );
}
