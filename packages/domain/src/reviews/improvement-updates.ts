import { civilFromDays, daysFromCivil, daysInMonth, formatIsoDate, parseIsoDate } from "../calendar/iso-date.js";
import { actionPlanEnd } from "./action-plan.js";

/**
 * The improvement plan is reviewed every six months, with an auditable reason
 * for every change (seed 003, framework section 7). The plan itself runs for
 * at most a year from approval (handbook 6.4), so its updates are due:
 *
 * - six months after the later of approval and the latest update, and
 * - never later than the plan's end: the update on or after that day closes
 *   the plan, and nothing more is due.
 */
export const IMPROVEMENT_UPDATE_MONTHS = 6;

/** The same day `months` later, or the month's last day when it has no such day (31 August → 28/29 February). */
export function addMonths(on: string, months: number): string {
  const { year, month, day } = civilFromDays(parseIsoDate(on));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatIsoDate(daysFromCivil(y, m, Math.min(day, daysInMonth(y, m))));
}

export interface ImprovementUpdateSchedule {
  /** The last day of the one-year plan. */
  planEndsOn: string;
  /** The latest update, or null before the first. */
  lastUpdateOn: string | null;
  /** When the next update is due; null once the plan has been closed by an update on or after its end. */
  nextDueOn: string | null;
  overdue: boolean;
  /** Whole days past `nextDueOn`; 0 when not overdue. */
  daysOverdue: number;
  finished: boolean;
}

/** Where the six-monthly updates of an approved review's plan stand on `today` (ISO dates throughout). */
export function improvementUpdateSchedule(options: { approvedOn: string; updates: readonly string[]; today: string }): ImprovementUpdateSchedule {
  const { approvedOn, today } = options;
  const planEndsOn = actionPlanEnd(approvedOn);
  const updates = options.updates.map((on) => formatIsoDate(parseIsoDate(on))).sort();
  const lastUpdateOn = updates.at(-1) ?? null;
  const finished = lastUpdateOn !== null && lastUpdateOn >= planEndsOn;
  if (finished) return { planEndsOn, lastUpdateOn, nextDueOn: null, overdue: false, daysOverdue: 0, finished };
  const from = lastUpdateOn !== null && lastUpdateOn > approvedOn ? lastUpdateOn : approvedOn;
  const sixMonthsOn = addMonths(from, IMPROVEMENT_UPDATE_MONTHS);
  const nextDueOn = sixMonthsOn < planEndsOn ? sixMonthsOn : planEndsOn;
  const daysOverdue = Math.max(0, parseIsoDate(today) - parseIsoDate(nextDueOn));
  return { planEndsOn, lastUpdateOn, nextDueOn, overdue: daysOverdue > 0, daysOverdue, finished };
}
