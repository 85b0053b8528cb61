import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { isSettled } from "@hearth/domain/reviews";
import { Button, InsetText, SummaryList, Table } from "@hearth/ui";
import { PlanDate, PlanText, SummaryCard } from "../components/reviews/plan/summary-card";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { day, planPage } from "../lib/review-plan.server";
import { reviewPath } from "../lib/review-paths";

// SMART objectives (cover report: specific and measurable, achievable,
// resourced and timed), each with its milestone tasks.

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, title } = await planPage(args, { page: "objectives", titleKey: "objectives.title" });
  const { objectives } = await load(() => scope.caller.reviewPlan.objectives({ reference: header.reference }));
  return {
    title,
    header,
    objectives: objectives.map((objective) => ({
      ...objective,
      due: day(scope.locale, objective.dueOn),
      tasks: objective.tasks.map((task) => ({ ...task, start: day(scope.locale, task.startOn), end: day(scope.locale, task.endOn) })),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

const TEXT_FIELDS = ["assessmentDetails", "improvementAction", "measure", "owner"] as const;
const AFTER_FIELDS = ["evidenceSummary", "residentBenefit"] as const;

export default function Objectives() {
  const { t } = useTranslation("reviewplan");
  const { header, objectives } = useLoaderData<typeof loader>();
  const canEdit = header.canEdit.objectives;
  const base = reviewPath(header.reference, "objectives");
  return (
    <ReviewPage header={header} heading={t("objectives.title")} wide>
      <p className="govuk-body hearth-plan-intro">{t("objectives.intro")}</p>
      {!canEdit && isSettled(header.stage) && <InsetText>{t("form.settled")}</InsetText>}
      {canEdit && <Button href={`${base}/new`}>{t("objectives.add")}</Button>}
      {objectives.length === 0 && <p className="govuk-body">{t("objectives.none")}</p>}
      {objectives.map((objective) => {
        const name = t("objectives.name", { number: objective.number });
        const row = (field: string) => ({
          key: t(`objectives.field.${field}.label`),
          value: <PlanText text={String(objective[field as keyof typeof objective] ?? "")} empty={t("form.notGiven")} />,
        });
        return (
          <SummaryCard
            key={objective.id}
            id={`objective-${objective.number}`}
            title={name}
            actions={canEdit ? [{ href: `${base}/${objective.id}`, label: t("form.change"), hiddenText: name }] : []}
          >
            <SummaryList
              rows={[
                ...TEXT_FIELDS.map(row),
                { key: t("objectives.field.dueOn.label"), value: <PlanDate day={objective.due} /> },
                ...AFTER_FIELDS.map(row),
              ]}
            />
            <h3 className="govuk-heading-s hearth-plan-subheading">{t("tasks.heading")}</h3>
            {objective.tasks.length === 0 ? (
              <p className="govuk-body">{t("tasks.none")}</p>
            ) : (
              <Table
                caption={<span className="govuk-visually-hidden">{t("tasks.caption", { number: objective.number })}</span>}
                head={[t("tasks.column.task"), t("tasks.column.owner"), t("tasks.column.start"), t("tasks.column.end"), ...(canEdit ? [<span className="govuk-visually-hidden">{t("form.actions")}</span>] : [])]}
                stackUntilTablet
                rows={objective.tasks.map((task) => [
                  <PlanText text={task.task} empty="" />,
                  <PlanText text={task.owner} empty="" />,
                  <PlanDate day={task.start} />,
                  <PlanDate day={task.end} />,
                  ...(canEdit
                    ? [
                        <a className="govuk-link" href={`${base}/${objective.id}/tasks/${task.id}`}>
                          {t("form.change")}
                          <span className="govuk-visually-hidden"> {task.task}</span>
                        </a>,
                      ]
                    : []),
                ])}
              />
            )}
            {canEdit && (
              <p className="govuk-body govuk-!-margin-bottom-0">
                <a className="govuk-link" href={`${base}/${objective.id}/tasks/new`}>
                  {t("tasks.add")}
                  <span className="govuk-visually-hidden"> {t("tasks.toObjective", { number: objective.number })}</span>
                </a>
              </p>
            )}
          </SummaryCard>
        );
      })}
    </ReviewPage>
  );
}
