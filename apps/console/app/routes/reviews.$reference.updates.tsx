import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { InsetText, SummaryList, Textarea, TextInput, Timeline, WarningText } from "@hearth/ui";
import { useFormMessages } from "@hearth/ui/remix";
import { OverdueTag } from "../components/reviews/plan/action-tags";
import { PLAN_FORM, PlanForm } from "../components/reviews/plan/plan-form";
import { PlanDate, PlanText } from "../components/reviews/plan/summary-card";
import { ReviewPage, reviewShouldRevalidate } from "../components/reviews/review-page";
import { UPDATE_FIELDS, pickFields } from "../lib/review-plan-fields";
import { day, finishPlanForm, planForm, planPage } from "../lib/review-plan.server";

// Six-monthly improvement plan updates (framework section 7): progress since
// the last one, any change to the plan and the reason for each change.

export async function loader(args: LoaderFunctionArgs) {
  const { scope, header, title } = await planPage(args, { page: "updates", titleKey: "updates.title" });
  const data = await load(() => scope.caller.reviewPlan.updates({ reference: header.reference }));
  const schedule = data.schedule;
  return {
    title,
    header,
    today: data.today,
    closed: data.closed,
    schedule: schedule && {
      approved: day(scope.locale, data.approvedOn ?? data.today),
      planEnds: day(scope.locale, schedule.planEndsOn),
      last: day(scope.locale, schedule.lastUpdateOn),
      nextDue: day(scope.locale, schedule.nextDueOn),
      overdue: schedule.overdue,
      daysOverdue: schedule.daysOverdue,
      finished: schedule.finished,
    },
    updates: data.updates.map((update) => ({ ...update, date: day(scope.locale, update.on) })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];
export const shouldRevalidate = reviewShouldRevalidate;

export async function action(args: ActionFunctionArgs) {
  const { scope, values, change, reference } = await planForm(args, UPDATE_FIELDS);
  return finishPlanForm(args, scope, () => scope.caller.reviewPlan.addUpdate({ ...change, ...pickFields(values, UPDATE_FIELDS) }), { reference, page: "updates", banner: "updateAdded", values });
}

export default function Updates() {
  const { t } = useTranslation("reviewplan");
  const { header, today, closed, schedule, updates } = useLoaderData<typeof loader>();
  const messages = useFormMessages(useActionData<typeof action>(), PLAN_FORM);
  const canEdit = header.canEdit.updates;
  return (
    <ReviewPage header={header} heading={t("updates.title")} errors={messages.summary}>
      <p className="govuk-body">{t("updates.intro")}</p>
      {schedule === null ? (
        <InsetText>{t("updates.beforeApproval")}</InsetText>
      ) : (
        <>
          {schedule.overdue && schedule.nextDue && <WarningText assistiveText={t("common:ui.warning")}>{t("updates.overdueWarning", { date: schedule.nextDue.text, count: schedule.daysOverdue })}</WarningText>}
          <SummaryList
            rows={[
              { key: t("updates.approvedOn"), value: <PlanDate day={schedule.approved} /> },
              { key: t("updates.planEnds"), value: <PlanDate day={schedule.planEnds} /> },
              { key: t("updates.last"), value: schedule.last ? <PlanDate day={schedule.last} /> : t("updates.noneYet") },
              {
                key: t("updates.nextDue"),
                value: schedule.nextDue ? (
                  <>
                    <PlanDate day={schedule.nextDue} />
                    {schedule.overdue && (
                      <>
                        {" "}
                        <OverdueTag />
                      </>
                    )}
                  </>
                ) : (
                  t(closed ? "updates.closed" : "updates.finished")
                ),
              },
            ]}
          />
        </>
      )}

      <h2 className="govuk-heading-m">{t("updates.history")}</h2>
      {updates.length === 0 ? (
        <p className="govuk-body">{t("updates.none")}</p>
      ) : (
        <Timeline
          headingLevel={3}
          items={updates.map((update) => ({
            key: update.id,
            title: t("updates.entry", { date: update.date.text }),
            date: t("updates.recordedBy", { name: update.by }),
            description: (
              <SummaryList
                rows={[
                  { key: t("updates.field.progress"), value: <PlanText text={update.progress} empty="" /> },
                  { key: t("updates.field.changes"), value: <PlanText text={update.changes} empty={t("updates.noChanges")} /> },
                  ...(update.changes ? [{ key: t("updates.field.reason"), value: <PlanText text={update.reason} empty="" /> }] : []),
                ]}
              />
            ),
          }))}
        />
      )}

      {canEdit && (
        <>
          <h2 className="govuk-heading-m">{t("updates.add")}</h2>
          <PlanForm key={updates.length} header={header} version={messages.value("version")} submitLabel={t("updates.save")}>
            <TextInput id="on" name="on" type="date" width={10} label={t("updates.field.on")} labelSize="s" hint={t("updates.field.onHint")} defaultValue={messages.value("on") ?? today} error={messages.field("on")} />
            <Textarea id="progress" name="progress" rows={4} label={t("updates.field.progress")} labelSize="s" hint={t("updates.field.progressHint")} defaultValue={messages.value("progress")} error={messages.field("progress")} />
            <Textarea id="changes" name="changes" rows={3} label={t("updates.field.changes")} labelSize="s" hint={t("updates.field.changesHint")} defaultValue={messages.value("changes")} error={messages.field("changes")} />
            <Textarea id="reason" name="reason" rows={3} label={t("updates.field.reason")} labelSize="s" hint={t("updates.field.reasonHint")} defaultValue={messages.value("reason")} error={messages.field("reason")} />
          </PlanForm>
        </>
      )}
    </ReviewPage>
  );
}
