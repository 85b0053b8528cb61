import { daysFromCivil, daysInMonth, formatIsoDate, parseIsoDate, civilFromDays } from "../calendar/iso-date.js";

/** The handbook (6.1, 6.4): an action plan covers no more than one year, or it becomes unmanageable. */
export interface PlannedAction {
  action: string;
  owner: string;
  /** ISO date, YYYY-MM-DD. */
  dueOn: string;
}

/**
 * The last day an action may fall due: the same date a year after approval.
 * An approval on 29 February gives 28 February, the last day still within the year.
 */
export function actionPlanEnd(approvedOn: string): string {
  const { year, month, day } = civilFromDays(parseIsoDate(approvedOn));
  return formatIsoDate(daysFromCivil(year + 1, month, Math.min(day, daysInMonth(year + 1, month))));
}

/** Actions due after the plan's end, in the order given; empty when the plan keeps to one year. */
export function actionsBeyondOneYear<A extends PlannedAction>(actions: readonly A[], approvedOn: string): A[] {
  const end = actionPlanEnd(approvedOn);
  return actions.filter((action) => action.dueOn > end);
}
