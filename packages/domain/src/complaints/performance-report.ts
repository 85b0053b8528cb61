// The figures a landlord's annual complaints report and a scrutiny panel need
// for one reporting period: the two TSMs, volumes, outcomes, speed, money,
// causes and what is overdue now. Pure: the API supplies the complaints.
import { workingDaysBetween } from "../calendar/working-days.js";
import { ch01ComplaintsPer1000Homes, type Ch01Result } from "./ch01-complaints-per-1000-homes.js";
import { ch02RespondedWithinTimescale, type Ch02Result } from "./ch02-responded-within-timescale.js";
import { isOverdue, openDeadline, type ComplaintTimeline, type TodayOptions } from "./deadlines.js";
import { inPeriod, type ReportingPeriod } from "./reporting-period.js";
import type { PointDecision } from "./point-decisions.js";

export interface ReportableComplaint extends ComplaintTimeline {
  readonly reference: string;
  readonly serviceArea: string;
  readonly closedOn: string | null;
  readonly causeCategory: string | null;
  readonly lessonsLearnt: string | null;
  readonly compensationPence: { readonly 1: number | null; readonly 2: number | null };
  readonly decisions: readonly { readonly stage: number; readonly decision: PointDecision | null }[];
}

export interface StageSpeed {
  readonly responded: number;
  /** Mean working days from receipt (stage 1) or escalation (stage 2) to the response, 1 dp; null with no responses. */
  readonly averageWorkingDays: number | null;
}

export interface PerformanceReport {
  readonly period: ReportingPeriod;
  readonly homes: number;
  readonly ch01: Ch01Result;
  readonly ch02: Ch02Result;
  readonly received: number;
  readonly escalated: number;
  readonly byServiceArea: readonly { readonly serviceArea: string; readonly received: number; readonly escalated: number }[];
  readonly byCause: readonly { readonly causeCategory: string; readonly closed: number }[];
  readonly outcomes: { readonly [S in 1 | 2]: Record<PointDecision, number> };
  readonly speed: { readonly 1: StageSpeed; readonly 2: StageSpeed };
  readonly compensationPence: number;
  readonly overdue: readonly { readonly reference: string; readonly serviceArea: string; readonly step: string; readonly dueOn: string; readonly workingDaysLate: number }[];
  readonly lessons: readonly { readonly reference: string; readonly serviceArea: string; readonly causeCategory: string; readonly closedOn: string; readonly lessonsLearnt: string }[];
}

const tenths = (total: number, n: number): number | null => (n === 0 ? null : Math.round((total / n) * 10) / 10);

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function complaintsPerformanceReport(complaints: readonly ReportableComplaint[], options: TodayOptions & { readonly period: ReportingPeriod; readonly homes: number }): PerformanceReport {
  const { period, homes, calendar, extraHolidays = [], today } = options;
  const ch01 = ch01ComplaintsPer1000Homes(complaints, { period, homes });
  const ch02 = ch02RespondedWithinTimescale(complaints, { period, calendar, extraHolidays });
  const received = complaints.filter((c) => c.status !== "refused" && inPeriod(c.receivedOn, period));
  const escalated = complaints.filter((c) => inPeriod(c.escalatedOn, period));

  const receivedBy = countBy(received, (c) => c.serviceArea);
  const escalatedBy = countBy(escalated, (c) => c.serviceArea);
  const byServiceArea = [...new Set([...receivedBy.keys(), ...escalatedBy.keys()])]
    .map((serviceArea) => ({ serviceArea, received: receivedBy.get(serviceArea) ?? 0, escalated: escalatedBy.get(serviceArea) ?? 0 }))
    .sort((a, b) => b.received - a.received || b.escalated - a.escalated || a.serviceArea.localeCompare(b.serviceArea));

  const closed = complaints.filter((c) => c.status === "closed" && c.causeCategory && inPeriod(c.closedOn ?? undefined, period));
  const byCause = [...countBy(closed, (c) => c.causeCategory!).entries()]
    .map(([causeCategory, n]) => ({ causeCategory, closed: n }))
    .sort((a, b) => b.closed - a.closed || a.causeCategory.localeCompare(b.causeCategory));

  const outcomes = { 1: { upheld: 0, "partly-upheld": 0, "not-upheld": 0 }, 2: { upheld: 0, "partly-upheld": 0, "not-upheld": 0 } };
  let compensationPence = 0;
  const speed = { 1: { total: 0, n: 0 }, 2: { total: 0, n: 0 } };
  for (const c of complaints) {
    for (const stage of [1, 2] as const) {
      const record = stage === 1 ? c.stage1 : c.stage2;
      const respondedOn = record?.response?.respondedOn;
      if (!inPeriod(respondedOn, period)) continue;
      for (const d of c.decisions) if (d.stage === stage && d.decision) outcomes[stage][d.decision] += 1;
      compensationPence += c.compensationPence[stage] ?? 0;
      const start = stage === 1 ? c.receivedOn : c.escalatedOn!;
      speed[stage].total += workingDaysBetween(start, respondedOn!, calendar, extraHolidays);
      speed[stage].n += 1;
    }
  }

  const overdue = complaints
    .filter((c) => isOverdue(c, options))
    .map((c) => {
      const open = openDeadline(c, options)!;
      return { reference: c.reference, serviceArea: c.serviceArea, step: open.step, dueOn: open.dueOn, workingDaysLate: workingDaysBetween(open.dueOn, today, calendar, extraHolidays) };
    })
    .sort((a, b) => b.workingDaysLate - a.workingDaysLate || a.reference.localeCompare(b.reference));

  const lessons = closed
    .filter((c) => (c.lessonsLearnt ?? "").trim() !== "")
    .map((c) => ({ reference: c.reference, serviceArea: c.serviceArea, causeCategory: c.causeCategory!, closedOn: c.closedOn!, lessonsLearnt: c.lessonsLearnt! }))
    .sort((a, b) => b.closedOn.localeCompare(a.closedOn) || a.reference.localeCompare(b.reference));

  return {
    period,
    homes,
    ch01,
    ch02,
    received: received.length,
    escalated: escalated.length,
    byServiceArea,
    byCause,
    outcomes,
    speed: {
      1: { responded: speed[1].n, averageWorkingDays: tenths(speed[1].total, speed[1].n) },
      2: { responded: speed[2].n, averageWorkingDays: tenths(speed[2].total, speed[2].n) },
    },
    compensationPence,
    overdue,
    lessons,
  };
}

/** The UK social housing reporting year that starts on 1 April of `startYear`. */
export function financialYear(startYear: number): ReportingPeriod {
  return { from: `${startYear}-04-01`, to: `${startYear + 1}-03-31` };
}

/** The reporting year a date falls in, by its starting year. */
export function financialYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= "04-01" ? year : year - 1;
}
