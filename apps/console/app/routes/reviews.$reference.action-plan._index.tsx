import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { Button, InsetText, SummaryList, Table } from "@hearth/ui";
import { ActionStatusTag, OverdueTag } from "../components/reviews/plan/action-tags";
import { PlanDate, PlanText } from "../components/reviews/plan/summary-card";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { day, planPage } from "../lib/review-plan.server";
import { reviewPath } from "../lib/review-paths";

// The action plan (handbook 6.4): what will be done, by whom and by when; no
// longer than a year from approval. After approval only progress is recorded.

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, title } = await planPage(args, { page: "action-plan", titleKey: "actions.title" });
  const plan = await load(() => scope.caller.reviewPlan.actions({ reference: header.reference }));
  return {
    title,
    header,
    approved: day(scope.locale, plan.approvedOn),
    planEnds: day(scope.locale, plan.planEndsOn),
    latestDue: day(scope.locale, plan.latestDueOn),
    progress: plan.progress,
    actions: plan.actions.map((action) => ({ ...action, due: day(scope.locale, action.dueOn), completed: day(scope.locale, action.completedOn) })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export default function ActionPlan() {
  const { t } = useTranslation("reviewplan");
  const { header, approved, planEnds, latestDue, progress, actions } = useLoaderData<typeof loader>();
  const canPlan = header.canEdit["action-plan"];
  const canProgress = header.canEdit["action-progress"];
  const base = reviewPath(header.reference, "action-plan");
  const link = canPlan ? "form.change" : canProgress ? "actions.recordProgress" : null;
  return (
    <ReviewPage header={header} heading={t("actions.title")} wide>
      <p className="govuk-body hearth-plan-intro">{t("actions.intro")}</p>
      <div className="hearth-plan-intro">
        <SummaryList
          rows={
            approved && planEnds
              ? [
                  { key: t("actions.approvedOn"), value: <PlanDate day={approved} /> },
                  { key: t("actions.planEnds"), value: <PlanDate day={planEnds} /> },
                  { key: t("actions.progressKey"), value: t("actions.progress", { count: progress.total, done: progress.done, inProgress: progress.inProgress, notStarted: progress.notStarted }) },
                  { key: t("actions.overdueKey"), value: t("actions.overdueCount", { count: progress.overdue }) },
                ]
              : [
                  { key: t("actions.approvedOn"), value: t("actions.notApproved") },
                  { key: t("actions.latestDue"), value: <PlanDate day={latestDue} /> },
                ]
          }
        />
      </div>
      <div className="hearth-plan-intro">
        {!approved && <InsetText>{t("actions.beforeApproval")}</InsetText>}
        {header.stage === "impact_assessed" && <InsetText>{t("actions.closed")}</InsetText>}
      </div>
      {canPlan && <Button href={`${base}/new`}>{t("actions.add")}</Button>}
      {actions.length === 0 ? (
        <p className="govuk-body">{t("actions.none")}</p>
      ) : (
        <Table
          caption={t("actions.caption")}
          captionSize="m"
          stackUntilTablet
          sort={{ column: 2, direction: "ascending" }}
          head={[t("actions.column.action"), t("actions.column.owner"), t("actions.column.due"), t("actions.column.status"), t("actions.column.completed"), ...(link ? [t("form.actions")] : [])]}
          rows={actions.map((action) => [
            <PlanText text={action.action} empty="" />,
            <PlanText text={action.owner} empty="" />,
            <>
              <PlanDate day={action.due} />
              {action.overdue && (
                <>
                  {" "}
                  <OverdueTag />
                </>
              )}
            </>,
            <ActionStatusTag status={action.status} />,
            action.completed ? <PlanDate day={action.completed} /> : <span className="hearth-secondary-text">{t("actions.notDone")}</span>,
            ...(link
              ? [
                  <a className="govuk-link" href={`${base}/${action.id}`}>
                    {t(link)}
                    <span className="govuk-visually-hidden"> {action.action}</span>
                  </a>,
                ]
              : []),
          ])}
        />
      )}
    </ReviewPage>
  );
}
