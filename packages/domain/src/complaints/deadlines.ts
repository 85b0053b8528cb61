// Due dates under the Complaint Handling Code, derived only from the figures in
// code-timescales.ts and the landlord's working-day calendar. A response is due
// a number of working days after the *actual* acknowledgement (the Code counts
// from acknowledgement, not from when it was due), plus any extension.
import type { CalendarId } from "../calendar/calendar-id.js";
import { CalendarError } from "../calendar/calendar-error.js";
import { parseIsoDate } from "../calendar/iso-date.js";
import { addWorkingDays, workingDaysBetween } from "../calendar/working-days.js";
import { CODE_TIMESCALES } from "./code-timescales.js";
import type { ComplaintStatus } from "./complaint.js";

/** The least a complaint record must carry to have its deadlines worked out. */
export interface ComplaintTimeline {
  readonly status: ComplaintStatus;
  readonly receivedOn: string;
  readonly stage1?: StageTimeline;
  readonly escalatedOn?: string;
  readonly stage2?: StageTimeline;
}

export interface StageTimeline {
  readonly acknowledgedOn: string;
  readonly extension?: { readonly workingDays: number };
  readonly response?: { readonly respondedOn: string };
}

export type DeadlineStep = "stage1-acknowledge" | "stage1-respond" | "stage2-acknowledge" | "stage2-respond";

export interface Deadline {
  readonly step: DeadlineStep;
  /** The last working day on which the step is on time. */
  readonly dueOn: string;
  /** When the step was done, or null while it is still open. */
  readonly doneOn: string | null;
  /** Whether it was done by `dueOn`; null while open. */
  readonly onTime: boolean | null;
  /** Extra working days granted (respond steps only; 0 if none). */
  readonly extensionWorkingDays: number;
}

export interface CalendarOptions {
  readonly calendar: CalendarId;
  /** The landlord's one-off closures (ISO dates). */
  readonly extraHolidays?: readonly string[];
}

export interface TodayOptions extends CalendarOptions {
  /** The date to judge against (ISO); passed in so the rule stays pure. */
  readonly today: string;
}

// The step each status is waiting on; other statuses wait on nothing of ours.
const PENDING: Partial<Record<ComplaintStatus, DeadlineStep>> = {
  received: "stage1-acknowledge",
  "stage1-acknowledged": "stage1-respond",
  "stage1-extended": "stage1-respond",
  escalated: "stage2-acknowledge",
  "stage2-acknowledged": "stage2-respond",
  "stage2-extended": "stage2-respond",
};

function deadline(step: DeadlineStep, dueOn: string, doneOn: string | undefined, extensionWorkingDays = 0): Deadline {
  return { step, dueOn, doneOn: doneOn ?? null, onTime: doneOn === undefined ? null : doneOn <= dueOn, extensionWorkingDays };
}

/**
 * Every due date that applies to the complaint as it stands: the steps already
 * done (with whether they were on time) and the one it is waiting on, if any.
 * Steps a complaint will never reach (after refusal, withdrawal or closing) are
 * left out rather than shown as due.
 */
export function complaintDeadlines(complaint: ComplaintTimeline, options: CalendarOptions): readonly Deadline[] {
  const { calendar, extraHolidays = [] } = options;
  const add = (from: string, days: number) => addWorkingDays(from, days, calendar, extraHolidays);
  const pending = PENDING[complaint.status];
  const out: Deadline[] = [];
  const wanted = (step: DeadlineStep, done: boolean) => done || pending === step;

  const { stage1, stage2, escalatedOn } = complaint;
  if (wanted("stage1-acknowledge", stage1 !== undefined)) {
    out.push(deadline("stage1-acknowledge", add(complaint.receivedOn, CODE_TIMESCALES.stage1.acknowledgeWithin), stage1?.acknowledgedOn));
  }
  if (stage1 && wanted("stage1-respond", stage1.response !== undefined)) {
    const extra = stage1.extension?.workingDays ?? 0;
    out.push(deadline("stage1-respond", add(stage1.acknowledgedOn, CODE_TIMESCALES.stage1.respondWithin + extra), stage1.response?.respondedOn, extra));
  }
  if (escalatedOn !== undefined && wanted("stage2-acknowledge", stage2 !== undefined)) {
    out.push(deadline("stage2-acknowledge", add(escalatedOn, CODE_TIMESCALES.stage2.acknowledgeWithin), stage2?.acknowledgedOn));
  }
  if (stage2 && wanted("stage2-respond", stage2.response !== undefined)) {
    const extra = stage2.extension?.workingDays ?? 0;
    out.push(deadline("stage2-respond", add(stage2.acknowledgedOn, CODE_TIMESCALES.stage2.respondWithin + extra), stage2.response?.respondedOn, extra));
  }
  return out;
}

/** The step the landlord owes next, or null when nothing is waiting on the landlord. */
export function openDeadline(complaint: ComplaintTimeline, options: CalendarOptions): Deadline | null {
  return complaintDeadlines(complaint, options).find((d) => d.doneOn === null) ?? null;
}

/** Overdue from the working day after the due date onwards (the due date itself is still on time). */
export function isOverdue(complaint: ComplaintTimeline, options: TodayOptions): boolean {
  parseIsoDate(options.today);
  const open = openDeadline(complaint, options);
  return open !== null && options.today > open.dueOn;
}

/**
 * Whether the open step falls due today or within the next `workingDays`
 * working days. Overdue complaints are not "due within": queues show them under
 * their own filter.
 */
export function dueWithin(complaint: ComplaintTimeline, workingDays: number, options: TodayOptions): boolean {
  if (!Number.isSafeInteger(workingDays) || workingDays < 0) {
    throw new CalendarError("calendar.invalidDays", `Working days must be a whole number ≥ 0, not ${workingDays}`);
  }
  parseIsoDate(options.today);
  const open = openDeadline(complaint, options);
  if (open === null || options.today > open.dueOn) return false;
  return workingDaysBetween(options.today, open.dueOn, options.calendar, options.extraHolidays) <= workingDays;
}
