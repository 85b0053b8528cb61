import { useTranslation } from "react-i18next";
import type { DeadlineStep } from "@hearth/domain/complaints";
import { Timeline, type TimelineItem } from "@hearth/ui";
import { useComplaintFormats } from "./format";

export interface TimelineDeadline {
  step: DeadlineStep;
  dueOn: string;
  doneOn: string | null;
  onTime: boolean | null;
  extensionWorkingDays: number;
}

export interface TimelineEvent {
  id: string | number;
  type: string;
  on: string;
  stage: number | null;
}

// The event that completes each step the Code times.
const STEP_EVENT: Record<DeadlineStep, { type: string; stage: number }> = {
  "stage1-acknowledge": { type: "acknowledge", stage: 1 },
  "stage1-respond": { type: "respond", stage: 1 },
  "stage2-acknowledge": { type: "acknowledge", stage: 2 },
  "stage2-respond": { type: "respond", stage: 2 },
};

const STAGED_EVENTS = new Set(["acknowledge", "extend", "respond"]);

/**
 * Everything that has happened, in date order, each timed step with its due
 * date and whether it was on time; then what is still to come, with the date
 * it is due by.
 */
export function ComplaintTimeline({ events, deadlines }: { events: readonly TimelineEvent[]; deadlines: readonly TimelineDeadline[] }) {
  const { t } = useTranslation("portal");
  const format = useComplaintFormats();
  const timedBy = (event: TimelineEvent) => deadlines.find((d) => d.doneOn !== null && STEP_EVENT[d.step].type === event.type && STEP_EVENT[d.step].stage === event.stage);
  const dueNote = (deadline: TimelineDeadline) =>
    t(deadline.onTime ? "complaints.timeline.onTime" : "complaints.timeline.late", { date: format.date(deadline.dueOn) });

  const matched = new Set<DeadlineStep>();
  const past: (TimelineItem & { on: string })[] = events.map((event) => {
    const label = t(`complaints:event.${event.type}`, { defaultValue: event.type });
    const deadline = timedBy(event);
    if (deadline) matched.add(deadline.step);
    const newDate = event.type === "extend" ? deadlines.find((d) => d.step === `stage${event.stage}-respond`)?.dueOn : undefined;
    const description = deadline ? dueNote(deadline) : newDate ? t("complaints.timeline.newDate", { date: format.date(newDate) }) : undefined;
    return {
      key: `event-${event.id}`,
      on: event.on,
      title: event.stage && STAGED_EVENTS.has(event.type) ? t("complaints.timeline.withStage", { event: label, stage: t(`complaints:stage.${event.stage}`) }) : label,
      date: format.date(event.on),
      dateTime: event.on,
      description: description && <p className="govuk-body-s">{description}</p>,
    };
  });
  // A step done without an event the resident can see still shows when it happened.
  for (const deadline of deadlines) {
    if (deadline.doneOn === null || matched.has(deadline.step)) continue;
    past.push({
      key: `done-${deadline.step}`,
      on: deadline.doneOn,
      title: t(`complaints:step.${deadline.step}`),
      date: format.date(deadline.doneOn),
      dateTime: deadline.doneOn,
      description: <p className="govuk-body-s">{dueNote(deadline)}</p>,
    });
  }
  past.sort((a, b) => a.on.localeCompare(b.on));
  const upcoming: TimelineItem[] = deadlines
    .filter((d) => d.doneOn === null)
    .map((deadline) => ({
      key: `due-${deadline.step}`,
      upcoming: true,
      title: t(`complaints:step.${deadline.step}`),
      date: t("complaints.timeline.dueBy", { date: format.date(deadline.dueOn) }),
      dateTime: deadline.dueOn,
      description: <p className="govuk-body-s">{t("complaints.timeline.upcoming")}</p>,
    }));
  return <Timeline items={[...past.map(({ on: _on, ...item }) => item), ...upcoming]} headingLevel={3} />;
}
