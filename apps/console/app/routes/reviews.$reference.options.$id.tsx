import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { useFormMessages } from "@hearth/ui/remix";
import { fieldValues } from "../components/reviews/plan/field-values";
import { OptionFields } from "../components/reviews/plan/option-fields";
import { PLAN_FORM, PlanForm, RemoveForm } from "../components/reviews/plan/plan-form";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { OPTION_FIELDS } from "../lib/review-plan-fields";
import { finishPlanForm, itemOr404, optionInput, planForm, planPage, poundsForInput } from "../lib/review-plan.server";
import { reviewPath } from "../lib/review-paths";

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, title } = await planPage(args, { page: "options", titleKey: "options.editTitle", part: "options" });
  const { options } = await load(() => scope.caller.reviewPlan.options({ reference: header.reference }));
  const option = itemOr404(options, args.params.id);
  return { header, title, option: { ...option, cost: poundsForInput(option.costPence) } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, values, change, reference } = await planForm(args, OPTION_FIELDS);
  const id = args.params.id ?? "";
  if (values.intent === "remove") {
    return finishPlanForm(args, scope, () => scope.caller.reviewPlan.removeOption({ ...change, id }), { reference, page: "options", banner: "optionRemoved", values });
  }
  return finishPlanForm(args, scope, () => scope.caller.reviewPlan.updateOption({ ...change, id, ...optionInput(values) }), { reference, page: "options", banner: "optionSaved", values });
}

export default function EditOption() {
  const { t } = useTranslation("reviewplan");
  const { header, option } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const messages = useFormMessages(data, PLAN_FORM);
  const back = reviewPath(header.reference, "options");
  const recommended = data ? messages.value("recommended") === "yes" : option.recommended;
  return (
    <ReviewPage header={header} heading={t("options.editTitle")} errors={messages.summary} backTo={back} backLabel={t("options.back")}>
      <PlanForm header={header} version={messages.value("version")} submitLabel={t("form.saveChanges")} cancelHref={back}>
        <OptionFields value={fieldValues(messages.value, option)} error={messages.field} recommended={recommended} />
      </PlanForm>
      <h2 className="govuk-heading-m">{t("options.removeHeading")}</h2>
      <RemoveForm header={header} version={messages.value("version")} label={t("form.remove")} hiddenName={option.title} />
    </ReviewPage>
  );
}
