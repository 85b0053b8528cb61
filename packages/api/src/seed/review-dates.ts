// Placing the demo programme around "today": every date spec resolved, the
// programme year and reference worked out, and the order of events checked,
// as a pure function so a test can try every day of the year.
import { financialYearOf } from "@hearth/domain/complaints";
import { REVIEW_STAGES, addMonths, formatReviewReference, type ReviewStage } from "@hearth/domain/reviews";
import { REVIEW_PROGRAMME, type DateSpec, type ProgrammeEntry } from "./review-programme.js";
import type { When } from "./review-stories.js";

const DAY = 86_400_000;
export const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
/** Office days: a date that falls at a weekend moves to the Friday before (past dates stay past). */
export const officeDay = (iso: string) => (weekday(iso) === 6 ? addDays(iso, -1) : weekday(iso) === 0 ? addDays(iso, -2) : iso);

/** Where a date spec lands, given today. */
export function resolve(spec: DateSpec, today: string): string {
  switch (spec[0]) {
    case "ago":
      return officeDay(addDays(today, -spec[1]));
    case "ahead":
      return officeDay(addDays(today, spec[1]));
    case "fy": {
      // ["fy", k, "MM-DD"]: that day in the financial year k years from today's (April to March).
      const [, k, monthDay] = spec;
      const year = financialYearOf(today) + k + (monthDay < "04-01" ? 1 : 0);
      return officeDay(`${year}-${monthDay}`);
    }
  }
}

export interface PlacedReview {
  entry: ProgrammeEntry;
  reference: string;
  /** The financial year the review sits in: the one its start falls in. */
  programmeYear: number;
  /** The year it was first put in, before any move. */
  originalYear: number;
  start: string;
  end: string;
  /** The day it joined the programme (the `scheduled` stage). */
  added: string;
  movedOn: string | null;
  stages: ReviewStage[];
  reachedOn: ReadonlyMap<ReviewStage, string>;
  when: When;
}

/**
 * The programme as it stands on `today`, in reference order. Throws when a
 * date lands out of order or in the future, so a programme that only makes
 * sense on some days never reaches the database.
 */
export function placeProgramme(today: string, programme: readonly ProgrammeEntry[] = REVIEW_PROGRAMME): PlacedReview[] {
  const fy = financialYearOf(today);
  const sorted = programme
    .map((entry) => ({ entry, start: resolve(entry.start, today) }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const sequence = new Map<number, number>();
  return sorted.map(({ entry, start }) => {
    const fail = (why: string) => new Error(`Demo review of ${entry.area} on ${today}: ${why}`);
    const programmeYear = financialYearOf(start);
    const n = (sequence.get(programmeYear) ?? 0) + 1;
    sequence.set(programmeYear, n);
    const end = resolve(entry.end, today);
    const originalYear = programmeYear + (entry.movedFrom?.years ?? 0);
    // Added at an annual programme review (each March) a year or more ahead; a review later moved was there a year before that.
    const added = officeDay(`${Math.min(originalYear - 1, fy) - (entry.movedFrom ? 1 : 0)}-03-14`);
    const movedOn = entry.movedFrom ? resolve(entry.movedFrom.on, today) : null;
    const stages = REVIEW_STAGES.slice(0, REVIEW_STAGES.indexOf(entry.stage) + 1);
    if (entry.moves.length !== stages.length - 1) throw fail(`${stages.length - 1} stage dates needed, ${entry.moves.length} given`);
    const dates = [added, ...entry.moves.map((spec) => resolve(spec, today))];
    const reachedOn = new Map<ReviewStage, string>(stages.map((s, i) => [s, dates[i]!]));
    dates.forEach((d, i) => {
      if (i > 0 && d <= dates[i - 1]!) throw fail("stage dates out of order");
      if (d > today) throw fail(`a stage reached after today (${d})`);
    });
    if (end < start) throw fail("it ends before it starts");
    if (added >= start) throw fail("it starts before it joined the programme");
    if (dates.length > 1 && start > dates[1]!) throw fail("the brief is agreed before the review starts");
    if (movedOn && (movedOn <= added || movedOn >= start || movedOn > today)) throw fail("the move is not between joining the programme and starting");
    const when: When = {
      today,
      start,
      end,
      at: (s) => reachedOn.get(s) ?? end,
      days: (from, d) => officeDay(addDays(from, d)),
      months: (from, m) => officeDay(addMonths(from, m)),
    };
    return { entry, reference: formatReviewReference(programmeYear, n), programmeYear, originalYear, start, end, added, movedOn, stages, reachedOn, when };
  });
}
