// The rolling four-year rule (seed 003, policy 5.3.5 and 5.8.1): every
// service area is reviewed at least once in every four years. Given the
// service areas, the reviews already completed and the reviews on the
// programme, this says for each area by when its next review must be
// completed and whether the programme gets it done in time.
//
// Readings of the handbook, written down because a panel will ask:
// - A review counts as completed on the day it is approved (the report and
//   action plan are agreed then; feedback and impact assessment follow it).
// - The next review is due four years to the day after the last approval
//   (an approval on 29 February gives 28 February, still inside the four years).
// - An area never reviewed has had no four-year period start, so the
//   programme's own period is the one that counts: it is due by the last day
//   of the programme's fourth financial year (31 March).
// - A review on the programme is expected to finish by its planned end date,
//   or failing that by the end of the financial year it is scheduled in. A
//   review not yet approved cannot finish before today, so a late one is
//   expected to finish no earlier than today.
// - A due date after the programme's fourth year is not at risk yet: the
//   programme is rolled forward every year (handbook 2.2.2), and next year's
//   programme will have to place it.
import { civilFromDays, daysFromCivil, daysInMonth, formatIsoDate, parseIsoDate } from "../calendar/iso-date.js";
import { financialYear } from "../complaints/performance-report.js";

/** Four financial years: the one the programme starts in and the three after it. */
export const PROGRAMME_YEARS = 4;
/** The rule: at least one review in every four years. */
export const REVIEW_INTERVAL_YEARS = 4;

export const PROGRAMME_STATUSES = ["covered", "at-risk", "overdue"] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export interface CompletedReview<Id extends string = string> {
  serviceAreaId: Id;
  /** ISO date the review was approved. */
  approvedOn: string;
}

export interface PlannedReview<Id extends string = string> {
  serviceAreaId: Id;
  reference: string;
  /** The financial year (by its starting year) the review sits in on the programme. */
  programmeYear: number;
  /** Planned end date, when the review has one. */
  endOn?: string | null;
}

export interface ProgrammeOptions {
  /** The programme's first financial year, e.g. 2026 for 2026-27. */
  firstYear: number;
  /** Today, ISO. */
  today: string;
}

export interface PlannedFinish {
  reference: string;
  programmeYear: number;
  /** The day the review is expected to be completed by. */
  expectedBy: string;
  endsInTime: boolean;
}

export interface AreaCoverage<Id extends string = string> {
  serviceAreaId: Id;
  /** The last approval, or null when the area has never been reviewed. */
  lastCompletedOn: string | null;
  /** The last day on which the next review may be completed without breaking the rule. */
  dueBy: string;
  dueBecause: "four-years-after-last" | "end-of-programme";
  /** The planned review that finishes first, or null when none is on the programme. */
  nextReview: PlannedFinish | null;
  status: ProgrammeStatus;
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const { year, month, day } = civilFromDays(parseIsoDate(date));
  return formatIsoDate(daysFromCivil(year + years, month, Math.min(day, daysInMonth(year + years, month))));
}

/** The last day of the programme: 31 March at the end of its fourth financial year. */
export function programmeEnd(firstYear: number): string {
  return financialYear(firstYear + PROGRAMME_YEARS - 1).to;
}

/** How a financial year is written: 2026 is "2026-27". */
export function financialYearLabel(year: number): string {
  return `${year}-${String((year + 1) % 100).padStart(2, "0")}`;
}

/** The financial years the programme covers, by starting year. */
export function programmeYears(firstYear: number): number[] {
  return Array.from({ length: PROGRAMME_YEARS }, (_, i) => firstYear + i);
}

function expectedFinish(review: PlannedReview, today: string): string {
  const planned = review.endOn ?? financialYear(review.programmeYear).to;
  return planned < today ? today : planned;
}

/** Every service area's standing against the four-year rule, in the order the areas were given. */
export function programmeCoverage<Id extends string>(
  serviceAreaIds: readonly Id[],
  completed: readonly CompletedReview<Id>[],
  planned: readonly PlannedReview<Id>[],
  options: ProgrammeOptions,
): AreaCoverage<Id>[] {
  parseIsoDate(options.today);
  const end = programmeEnd(options.firstYear);
  return serviceAreaIds.map((serviceAreaId) => {
    const approvals = completed.filter((r) => r.serviceAreaId === serviceAreaId && r.approvedOn <= options.today).map((r) => r.approvedOn);
    const lastCompletedOn = approvals.length ? approvals.reduce((a, b) => (a > b ? a : b)) : null;
    const dueBy = lastCompletedOn ? addYears(lastCompletedOn, REVIEW_INTERVAL_YEARS) : end;
    const finishes = planned
      .filter((r) => r.serviceAreaId === serviceAreaId)
      .map((r) => ({ reference: r.reference, programmeYear: r.programmeYear, expectedBy: expectedFinish(r, options.today) }))
      .sort((a, b) => (a.expectedBy === b.expectedBy ? a.reference.localeCompare(b.reference) : a.expectedBy < b.expectedBy ? -1 : 1));
    const first = finishes[0];
    const nextReview = first ? { ...first, endsInTime: first.expectedBy <= dueBy } : null;
    const status: ProgrammeStatus =
      options.today > dueBy ? "overdue" : nextReview?.endsInTime || (!nextReview && dueBy > end) ? "covered" : "at-risk";
    return { serviceAreaId, lastCompletedOn, dueBy, dueBecause: lastCompletedOn ? "four-years-after-last" : "end-of-programme", nextReview, status };
  });
}

/** The areas whose rule will break (or has broken), soonest first. */
export function programmeBreaches<Id extends string>(coverage: readonly AreaCoverage<Id>[]): AreaCoverage<Id>[] {
  return coverage.filter((area) => area.status !== "covered").sort((a, b) => (a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : 0));
}
