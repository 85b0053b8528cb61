// TSM CH01: complaints relative to the size of the landlord — stage 1 and
// stage 2 complaints per 1,000 homes, reported separately.
//
// Counting choices (documented because a scrutiny panel will ask):
// - stage 1: complaints received in the period, whatever happened next
//   (including ones later withdrawn or escalated); refused complaints are left
//   out because they were never accepted into the procedure;
// - stage 2: complaints escalated (stage 2 requested) in the period;
// - no complaints gives 0.0, a real figure; no homes is an error, since a
//   rate per home is meaningless without homes.
import type { ComplaintTimeline } from "./deadlines.js";
import { ComplaintRuleError } from "./complaint-rule-error.js";
import { checkPeriod, inPeriod, roundToTenths, type ReportingPeriod } from "./reporting-period.js";

export type Ch01Record = Pick<ComplaintTimeline, "status" | "receivedOn" | "escalatedOn">;

export interface Ch01Options {
  readonly period: ReportingPeriod;
  /** Homes owned (the TSM denominator), a whole number > 0. */
  readonly homes: number;
}

export interface Ch01Figure {
  readonly complaints: number;
  /** Complaints per 1,000 homes, 1 decimal place, halves up. */
  readonly per1000Homes: number;
}

export interface Ch01Result {
  readonly stage1: Ch01Figure;
  readonly stage2: Ch01Figure;
}

export function ch01ComplaintsPer1000Homes(complaints: readonly Ch01Record[], options: Ch01Options): Ch01Result {
  const { period, homes } = options;
  if (!Number.isSafeInteger(homes) || homes <= 0) {
    throw new ComplaintRuleError("complaints.noHomes", "CH01 needs the number of homes (a whole number above 0)", { homes: String(homes) });
  }
  checkPeriod(period);
  const stage1 = complaints.filter((c) => c.status !== "refused" && inPeriod(c.receivedOn, period)).length;
  const stage2 = complaints.filter((c) => inPeriod(c.escalatedOn, period)).length;
  return {
    stage1: { complaints: stage1, per1000Homes: roundToTenths(stage1, homes, 1000) },
    stage2: { complaints: stage2, per1000Homes: roundToTenths(stage2, homes, 1000) },
  };
}
