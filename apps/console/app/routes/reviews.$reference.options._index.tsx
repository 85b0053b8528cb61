import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { isSettled } from "@hearth/domain/reviews";
import { Button, InsetText, SummaryList, Tag } from "@hearth/ui";
import { PlanText, SummaryCard } from "../components/reviews/plan/summary-card";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { planPage, pounds } from "../lib/review-plan.server";
import { reviewPath } from "../lib/review-paths";

// The options appraisal (handbook 6.1): the solutions the group weighed, with
// their costs and benefits, and the ones it recommends.

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, title } = await planPage(args, { page: "options", titleKey: "options.title" });
  const { options } = await load(() => scope.caller.reviewPlan.options({ reference: header.reference }));
  return { title, header, options: options.map((option) => ({ ...option, cost: pounds(scope.locale, option.costPence) })) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export default function Options() {
  const { t } = useTranslation("reviewplan");
  const { header, options } = useLoaderData<typeof loader>();
  const canEdit = header.canEdit.options;
  const base = reviewPath(header.reference, "options");
  const recommended = options.filter((o) => o.recommended).length;
  return (
    <ReviewPage header={header} heading={t("options.title")} wide>
      <p className="govuk-body hearth-plan-intro">{t("options.intro")}</p>
      {!canEdit && isSettled(header.stage) && <InsetText>{t("form.settled")}</InsetText>}
      {canEdit && <Button href={`${base}/new`}>{t("options.add")}</Button>}
      {options.length === 0 ? (
        <p className="govuk-body">{t("options.none")}</p>
      ) : (
        <p className="govuk-body">{t("options.count", { count: options.length, recommended })}</p>
      )}
      {options.map((option) => (
        <SummaryCard
          key={option.id}
          title={<span dir="auto">{option.title}</span>}
          tag={option.recommended ? <Tag colour="green">{t("options.recommendedTag")}</Tag> : undefined}
          actions={canEdit ? [{ href: `${base}/${option.id}`, label: t("form.change"), hiddenText: option.title }] : []}
        >
          <SummaryList
            rows={[
              { key: t("options.field.description"), value: <PlanText text={option.description} empty={t("form.notGiven")} /> },
              { key: t("options.field.cost"), value: option.cost },
              { key: t("options.field.benefits"), value: <PlanText text={option.benefits} empty={t("form.notGiven")} /> },
              { key: t("options.recommendedKey"), value: option.recommended ? t("form.yes") : t("form.no") },
            ]}
          />
        </SummaryCard>
      ))}
    </ReviewPage>
  );
}
