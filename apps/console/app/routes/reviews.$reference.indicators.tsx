import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { isSettled } from "@hearth/domain/reviews";
import { Checkboxes, InsetText, Table, Tag, TextInput } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { PLAN_FORM, PlanForm, RemoveForm } from "../components/reviews/plan/plan-form";
import { PlanText } from "../components/reviews/plan/summary-card";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { INDICATOR_FIELDS, pickFields } from "../lib/review-plan-fields";
import { finishPlanForm, planForm, planPage } from "../lib/review-plan.server";

// Performance indicators that will measure the review's progress and success:
// current ones with their figures now and the target, and new ones to set up.

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, title } = await planPage(args, { page: "indicators", titleKey: "indicators.title" });
  const { indicators } = await load(() => scope.caller.reviewPlan.indicators({ reference: header.reference }));
  return { title, header, indicators };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, form, values, change, reference } = await planForm(args, [...INDICATOR_FIELDS, "id"]);
  if (values.intent === "remove") {
    const id = values.id ?? "";
    return finishPlanForm(args, scope, () => scope.caller.reviewPlan.removeIndicator({ ...change, id }), { reference, page: "indicators", banner: "indicatorRemoved", values });
  }
  const { isNew: _, ...text } = pickFields(values, INDICATOR_FIELDS);
  return finishPlanForm(args, scope, () => scope.caller.reviewPlan.addIndicator({ ...change, ...text, isNew: form.get("isNew") === "yes" }), {
    reference,
    page: "indicators",
    banner: "indicatorAdded",
    values,
  });
}

export default function Indicators() {
  const { t } = useTranslation("reviewplan");
  const { header, indicators } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), PLAN_FORM);
  const canEdit = header.canEdit.indicators;
  return (
    <ReviewPage header={header} heading={t("indicators.title")} errors={messages.summary} wide>
      <p className="govuk-body hearth-plan-intro">{t("indicators.intro")}</p>
      {!canEdit && isSettled(header.stage) && <InsetText>{t("form.settled")}</InsetText>}
      {indicators.length === 0 ? (
        <p className="govuk-body">{t("indicators.none")}</p>
      ) : (
        <Table
          caption={t("indicators.caption")}
          captionSize="m"
          firstCellIsHeader
          stackUntilTablet
          head={[t("indicators.column.name"), t("indicators.column.current"), t("indicators.column.target"), t("indicators.column.source"), ...(canEdit ? [t("form.actions")] : [])]}
          rows={indicators.map((indicator) => [
            <>
              <PlanText text={indicator.name} empty="" />
              {indicator.isNew && (
                <>
                  {" "}
                  <Tag colour="blue">{t("indicators.newTag")}</Tag>
                </>
              )}
            </>,
            <PlanText text={indicator.current} empty={t("form.notGiven")} />,
            <PlanText text={indicator.target} empty={t("form.notGiven")} />,
            <PlanText text={indicator.source} empty={t("form.notGiven")} />,
            ...(canEdit ? [<RemoveForm header={header} version={messages.value("version")} label={t("form.remove")} hiddenName={indicator.name} extra={{ id: indicator.id }} variant="secondary" />] : []),
          ])}
        />
      )}
      {canEdit && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m">{t("indicators.add")}</h2>
            <PlanForm key={indicators.length} header={header} version={messages.value("version")} submitLabel={t("indicators.save")}>
              <TextInput id="name" name="name" label={t("indicators.field.name")} labelSize="s" hint={t("indicators.field.nameHint")} defaultValue={messages.value("name")} error={messages.field("name")} />
              <TextInput id="current" name="current" width={20} label={t("indicators.field.current")} labelSize="s" hint={t("indicators.field.currentHint")} defaultValue={messages.value("current")} error={messages.field("current")} />
              <TextInput id="target" name="target" width={20} label={t("indicators.field.target")} labelSize="s" defaultValue={messages.value("target")} error={messages.field("target")} />
              <TextInput id="source" name="source" label={t("indicators.field.source")} labelSize="s" hint={t("indicators.field.sourceHint")} defaultValue={messages.value("source")} error={messages.field("source")} />
              <Checkboxes
                name="isNew"
                legend={<span className="govuk-visually-hidden">{t("indicators.field.isNewLegend")}</span>}
                small
                items={[{ value: "yes", label: t("indicators.field.isNew"), hint: t("indicators.field.isNewHint") }]}
                defaultValues={messages.values("isNew")}
              />
            </PlanForm>
          </div>
        </div>
      )}
    </ReviewPage>
  );
}

