// The golden thread's complaints panel: what residents told the landlord about
// one service area, summarised for the group reviewing it. Pure: the API
// passes that area's complaints and today's date.
import { daysInMonth } from "../calendar/iso-date.js";
import { financialYearOf, type ComplaintStatus } from "../complaints/index.js";

export interface InsightComplaint {
  readonly reference: string;
  readonly status: ComplaintStatus;
  readonly receivedOn: string;
  readonly closedOn: string | null;
  readonly causeCategory: string | null;
  readonly lessonsLearnt: string | null;
}

export interface InsightWindow {
  /** First day, inclusive (ISO). */
  readonly from: string;
  /** Last day, inclusive (ISO). */
  readonly to: string;
  readonly received: number;
}

export interface ResidentInsight {
  readonly asOf: string;
  /** The financial year `asOf` falls in, by its starting year (2026 for 2026-27). */
  readonly thisYear: number;
  /** Complaints received per financial year, newest first, this year included. */
  readonly byYear: readonly { readonly year: number; readonly received: number }[];
  readonly trend: {
    /** From the first day of the month eleven months ago to today. */
    readonly recent: InsightWindow;
    /** The same stretch a year earlier, so both windows are equally long. */
    readonly previous: InsightWindow;
    readonly change: number;
    readonly direction: "up" | "down" | "same";
    /** Each month of the recent window against the same month a year before (to the same day for the current month). */
    readonly months: readonly { readonly month: string; readonly recent: number; readonly previous: number }[];
  };
  /** Causes of the complaints closed in the recent window, most frequent first. */
  readonly causes: readonly { readonly causeCategory: string; readonly closed: number }[];
  /** Lessons recorded on complaints closed in the recent window, newest first. */
  readonly lessons: readonly { readonly reference: string; readonly causeCategory: string; readonly closedOn: string; readonly lessonsLearnt: string }[];
  /** The latest complaints received, newest first. */
  readonly latest: readonly { readonly reference: string; readonly receivedOn: string; readonly status: ComplaintStatus; readonly causeCategory: string | null }[];
}

export interface ResidentInsightOptions {
  /** Today (ISO), in the landlord's time zone. */
  readonly today: string;
  /** How many financial years `byYear` covers, this one included (the programme's four by default). */
  readonly years?: number;
  /** How many of the latest complaints to list. */
  readonly latest?: number;
}

/**
 * Whether a complaint counts as received. The same rule as the annual
 * performance report (a refused complaint was never taken on), so the panel's
 * yearly figure and the report's figure for the service area are one number.
 */
export function countsAsReceived(complaint: Pick<InsightComplaint, "status">): boolean {
  return complaint.status !== "refused";
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM" of a date, moved by `delta` months. */
function monthOf(date: string, delta = 0): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + delta;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The same day a year earlier; 29 February becomes 28 February. */
function yearEarlier(date: string): string {
  const year = Number(date.slice(0, 4)) - 1;
  const month = Number(date.slice(5, 7));
  return `${year}-${pad(month)}-${pad(Math.min(Number(date.slice(8, 10)), daysInMonth(year, month)))}`;
}

const within = (date: string | null, from: string, to: string): date is string => date !== null && date >= from && date <= to;

export function residentInsight(complaints: readonly InsightComplaint[], options: ResidentInsightOptions): ResidentInsight {
  const { today, years = 4, latest = 10 } = options;
  const received = complaints.filter(countsAsReceived);
  const thisYear = financialYearOf(today);

  const perYear = new Map<number, number>();
  for (const c of received) perYear.set(financialYearOf(c.receivedOn), (perYear.get(financialYearOf(c.receivedOn)) ?? 0) + 1);
  const byYear = Array.from({ length: years }, (_, i) => ({ year: thisYear - i, received: perYear.get(thisYear - i) ?? 0 }));

  const recentFrom = `${monthOf(today, -11)}-01`;
  const previousFrom = `${monthOf(today, -23)}-01`;
  const previousTo = yearEarlier(today);
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = monthOf(today, i - 11);
    const earlier = monthOf(today, i - 23);
    return {
      month,
      recent: received.filter((c) => c.receivedOn.startsWith(month) && c.receivedOn <= today).length,
      previous: received.filter((c) => c.receivedOn.startsWith(earlier) && c.receivedOn <= previousTo).length,
    };
  });
  const recentCount = received.filter((c) => within(c.receivedOn, recentFrom, today)).length;
  const previousCount = received.filter((c) => within(c.receivedOn, previousFrom, previousTo)).length;
  const change = recentCount - previousCount;

  const closed = complaints.filter((c) => c.status === "closed" && c.causeCategory && within(c.closedOn, recentFrom, today));
  const causeCounts = new Map<string, number>();
  for (const c of closed) causeCounts.set(c.causeCategory!, (causeCounts.get(c.causeCategory!) ?? 0) + 1);
  const causes = [...causeCounts.entries()]
    .map(([causeCategory, n]) => ({ causeCategory, closed: n }))
    .sort((a, b) => b.closed - a.closed || a.causeCategory.localeCompare(b.causeCategory));
  const lessons = closed
    .filter((c) => (c.lessonsLearnt ?? "").trim() !== "")
    .map((c) => ({ reference: c.reference, causeCategory: c.causeCategory!, closedOn: c.closedOn!, lessonsLearnt: c.lessonsLearnt!.trim() }))
    .sort((a, b) => b.closedOn.localeCompare(a.closedOn) || b.reference.localeCompare(a.reference));

  const newest = [...complaints]
    .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.reference.localeCompare(a.reference))
    .slice(0, latest)
    .map((c) => ({ reference: c.reference, receivedOn: c.receivedOn, status: c.status, causeCategory: c.causeCategory }));

  return {
    asOf: today,
    thisYear,
    byYear,
    trend: {
      recent: { from: recentFrom, to: today, received: recentCount },
      previous: { from: previousFrom, to: previousTo, received: previousCount },
      change,
      direction: change > 0 ? "up" : change < 0 ? "down" : "same",
      months,
    },
    causes,
    lessons,
    latest: newest,
  };
}
