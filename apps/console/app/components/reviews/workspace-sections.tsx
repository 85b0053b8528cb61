import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { translateMessage } from "@hearth/i18n";
import { Button, InsetText, SummaryList, Table, TaskList, type SummaryListRow } from "@hearth/ui";
import { reviewPath } from "../../lib/review-paths";
import { blockerPage, TASK_STATUS_LOOK } from "../../lib/review-workspace";
import type { WorkspacePage } from "../../lib/review-workspace.server";
import { ReviewStageTag } from "./review-page";

type Day = { iso: string; text: string } | null;

function When({ day }: { day: Day }) {
  const { t } = useTranslation("reviews");
  return day ? <time dateTime={day.iso}>{day.text}</time> : <>{t("workspace.notYet")}</>;
}

/** Who runs the review, for what, and the dates it passed its milestones. */
export function AboutReview({ page }: { page: WorkspacePage }) {
  const { t } = useTranslation("reviews");
  const { header, mainDetails } = page;
  const written = (value: string | null) =>
    value ? (
      <span className="hearth-multiline" dir="auto">
        {value}
      </span>
    ) : (
      t("workspace.notWritten")
    );
  const rows: SummaryListRow[] = [
    { key: t("workspace.row.serviceArea"), value: header.serviceArea.name },
    // A financial year such as 2026-27 reads left to right in every language.
    { key: t("workspace.row.programmeYear"), value: <bdi dir="ltr">{page.programmeYear}</bdi> },
    {
      key: t("workspace.row.lead"),
      value: page.lead ?? t("workspace.noLead"),
      actions: header.canEdit.group ? [{ href: reviewPath(header.reference, "group"), label: t("workspace.change"), visuallyHiddenText: t("workspace.row.lead") }] : undefined,
    },
    { key: t("field.main-details.seniorManager.label"), value: written(mainDetails.seniorManager) },
    { key: t("field.main-details.serviceObjective.label"), value: written(mainDetails.serviceObjective) },
    { key: t("workspace.row.briefAgreed"), value: <When day={page.dates.briefAgreed} /> },
    {
      key: t("workspace.row.approved"),
      value: page.dates.approved && page.approvedBy ? (
        <>
          <When day={page.dates.approved} /> {t("workspace.by", { name: page.approvedBy })}
        </>
      ) : (
        <When day={page.dates.approved} />
      ),
    },
    { key: t("workspace.row.feedbackGiven"), value: <When day={page.dates.feedbackGiven} /> },
    { key: t("workspace.row.impactAssessed"), value: <When day={page.dates.impactAssessed} /> },
  ];
  return <SummaryList rows={rows} />;
}

/** The next stage, what still stops the move (each linked to where it is put right), and the button for staff. */
export function NextStage({ page, canMove }: { page: WorkspacePage; canMove: boolean }) {
  const { t } = useTranslation("reviews");
  const { next, header } = page;
  if (!next) return <p className="govuk-body">{t("workspace.finished")}</p>;
  const approving = next.stage === "approved";
  return (
    <>
      <p className="govuk-body">
        <span className="govuk-!-margin-right-2">{t("workspace.nextStage")}</span>
        <ReviewStageTag stage={next.stage} />
      </p>
      {next.blockers.length > 0 ? (
        <>
          <p className="govuk-body">{t("workspace.blockersIntro")}</p>
          <ul className="govuk-list govuk-list--bullet">
            {next.blockers.map((blocker) => {
              const page = blockerPage(blocker.key);
              const text = translateMessage(t, blocker);
              return <li key={blocker.key}>{page ? <Link className="govuk-link" to={reviewPath(header.reference, page)}>{text}</Link> : text}</li>;
            })}
          </ul>
        </>
      ) : (
        <>
          <p className="govuk-body">{t("workspace.ready")}</p>
          {canMove && (
            <Button href={reviewPath(header.reference, "stage")}>{approving ? t("workspace.approveButton") : t("workspace.moveButton", { stage: t(`stage.${next.stage}`) })}</Button>
          )}
        </>
      )}
    </>
  );
}

/** Every part of the review as a GOV.UK task list, one list per stretch of the life cycle. */
export function ReviewTasks({ page }: { page: WorkspacePage }) {
  const { t } = useTranslation("reviews");
  return (
    <>
      {page.tasks.map((group) => (
        <section key={group.id} aria-labelledby={`tasks-${group.id}`}>
          <h3 className="govuk-heading-s govuk-!-margin-top-6" id={`tasks-${group.id}`}>
            {t(`taskGroup.${group.id}`)}
          </h3>
          <TaskList
            idPrefix={`tasks-${group.id}`}
            items={group.tasks.map((task) => ({
              id: task.id,
              title: t(`task.${task.id}`),
              href: task.status === "cannot-start-yet" ? undefined : reviewPath(page.header.reference, task.href),
              status: { text: t(`taskStatus.${task.status}`), ...TASK_STATUS_LOOK[task.status] },
            }))}
          />
        </section>
      ))}
    </>
  );
}

/** The review's moves, newest first. */
export function StageHistory({ page }: { page: WorkspacePage }) {
  const { t } = useTranslation("reviews");
  if (page.history.length === 0) return <p className="govuk-body">{t("workspace.noHistory")}</p>;
  return (
    <Table
      caption={t("workspace.historyHeading")}
      captionSize="m"
      head={[t("workspace.history.on"), t("workspace.history.move"), t("workspace.history.by"), t("workspace.history.note")]}
      rows={page.history.map((move) => [
        <When key="on" day={move.on} />,
        move.from ? t("workspace.history.moveText", { from: t(`stage.${move.from}`), to: t(`stage.${move.to}`) }) : t("workspace.history.firstMoveText", { to: t(`stage.${move.to}`) }),
        move.by,
        move.note ? (
          <span key="note" className="hearth-multiline" dir="auto">
            {move.note}
          </span>
        ) : (
          ""
        ),
      ])}
    />
  );
}

export function ReadOnlyNote() {
  const { t } = useTranslation("reviews");
  return (
    <InsetText>
      <p className="govuk-body">{t("workspace.readOnly")}</p>
    </InsetText>
  );
}
