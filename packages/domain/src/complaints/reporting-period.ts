// A reporting period for the Tenant Satisfaction Measures: any span of whole
// days, both ends included (usually 1 April – 31 March).
import { parseIsoDate } from "../calendar/iso-date.js";
import { ComplaintRuleError } from "./complaint-rule-error.js";

export interface ReportingPeriod {
  /** First day, inclusive (ISO). */
  readonly from: string;
  /** Last day, inclusive (ISO). */
  readonly to: string;
}

export function checkPeriod(period: ReportingPeriod): void {
  try {
    parseIsoDate(period.from);
    parseIsoDate(period.to);
  } catch {
    throw new ComplaintRuleError("complaints.invalidPeriod", "A reporting period needs ISO start and end dates");
  }
  if (period.to < period.from) {
    throw new ComplaintRuleError("complaints.invalidPeriod", `The period ends (${period.to}) before it starts (${period.from})`);
  }
}

export function inPeriod(date: string | undefined, period: ReportingPeriod): boolean {
  return date !== undefined && date >= period.from && date <= period.to;
}

/**
 * numerator × scale ÷ denominator to 1 decimal place, halves rounded up
 * (12.25 → 12.3), as the Regulator of Social Housing publishes TSM figures.
 * Done in integers so 0.05 boundaries are exact, not at the mercy of floating point.
 */
export function roundToTenths(numerator: number, denominator: number, scale: number): number {
  const tenths = Math.floor((2 * numerator * scale * 10 + denominator) / (2 * denominator));
  return tenths / 10;
}
