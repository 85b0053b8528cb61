// Working days: Monday to Friday, less the bank holidays of the landlord's
// calendar and the landlord's own one-off closures. Complaint deadlines are
// counted in these, so a date the data does not cover is an error, never a
// guess.
import { BANK_HOLIDAYS, COVERED_YEARS } from "./bank-holidays.js";
import { CalendarError } from "./calendar-error.js";
import { isCalendarId, type CalendarId } from "./calendar-id.js";
import { daysFromCivil, formatIsoDate, isWeekend, parseIsoDate } from "./iso-date.js";

const FIRST_COVERED = daysFromCivil(COVERED_YEARS.first, 1, 1);
const LAST_COVERED = daysFromCivil(COVERED_YEARS.last, 12, 31);

// Built once per calendar from constant data; a cache, not state.
const holidaySets = new Map<CalendarId, ReadonlySet<number>>();

function bankHolidaySet(calendar: CalendarId): ReadonlySet<number> {
  if (!isCalendarId(calendar)) {
    throw new CalendarError("calendar.unknownCalendar", `Unknown bank-holiday calendar: ${JSON.stringify(calendar)}`);
  }
  let set = holidaySets.get(calendar);
  if (!set) {
    set = new Set(BANK_HOLIDAYS[calendar].map((h) => parseIsoDate(h.date)));
    holidaySets.set(calendar, set);
  }
  return set;
}

function closedDays(calendar: CalendarId, extraHolidays: readonly string[]): (day: number) => boolean {
  const bank = bankHolidaySet(calendar);
  const extra = new Set(extraHolidays.map(parseIsoDate));
  return (day) => {
    if (day < FIRST_COVERED || day > LAST_COVERED) {
      throw new CalendarError(
        "calendar.notCovered",
        `The bank-holiday calendar covers ${COVERED_YEARS.first}–${COVERED_YEARS.last}; ${formatIsoDate(day)} is outside it`,
      );
    }
    return isWeekend(day) || bank.has(day) || extra.has(day);
  };
}

export function isWorkingDay(date: string, calendar: CalendarId, extraHolidays: readonly string[] = []): boolean {
  return !closedDays(calendar, extraHolidays)(parseIsoDate(date));
}

/**
 * The date `days` working days after `from`. `from` never counts (it may be a
 * weekend or holiday), so the result of days ≥ 1 is always a working day;
 * days = 0 returns `from` unchanged.
 */
export function addWorkingDays(from: string, days: number, calendar: CalendarId, extraHolidays: readonly string[] = []): string {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new CalendarError("calendar.invalidDays", `Working days must be a whole number ≥ 0, not ${days}`);
  }
  let day = parseIsoDate(from);
  const closed = closedDays(calendar, extraHolidays);
  for (let left = days; left > 0; ) {
    day += 1;
    if (!closed(day)) left -= 1;
  }
  return formatIsoDate(day);
}

/** The number of working days d with a < d ≤ b; 0 when b ≤ a. */
export function workingDaysBetween(a: string, b: string, calendar: CalendarId, extraHolidays: readonly string[] = []): number {
  const start = parseIsoDate(a);
  const end = parseIsoDate(b);
  const closed = closedDays(calendar, extraHolidays);
  if (end <= start) return 0;
  // Check both ends first so a far-off date fails fast instead of looping.
  closed(start + 1);
  closed(end);
  let count = 0;
  for (let day = start + 1; day <= end; day++) if (!closed(day)) count += 1;
  return count;
}
