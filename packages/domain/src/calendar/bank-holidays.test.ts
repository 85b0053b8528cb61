// The data is typed by hand; these tests derive each year independently from
// the statutory pattern and from Easter, so a typo shows up as a difference.
import { describe, expect, it } from "vitest";
import { BANK_HOLIDAYS, COVERED_YEARS, coveredYears } from "./bank-holidays.js";
import { CALENDAR_IDS, type CalendarId } from "./calendar-id.js";
import { easterSunday } from "./easter.js";
import { daysFromCivil, formatIsoDate, isoWeekday, parseIsoDate } from "./iso-date.js";

const day = (y: number, m: number, d: number) => daysFromCivil(y, m, d);

function firstMonday(year: number, month: number): number {
  const first = day(year, month, 1);
  return first + ((8 - isoWeekday(first)) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = day(year, month + 1, 1) - 1;
  return last - ((isoWeekday(last) + 6) % 7);
}

/** Fixed-date holidays move to the next weekday that is not already a holiday. */
function withSubstitutes(fixed: readonly number[], taken: readonly number[]): number[] {
  const out = new Set(taken);
  for (const d of fixed) if (isoWeekday(d) <= 5) out.add(d);
  for (const d of fixed) {
    if (isoWeekday(d) <= 5) continue;
    let s = d;
    while (isoWeekday(s) > 5 || out.has(s)) s += 1;
    out.add(s);
  }
  return [...out];
}

function expectedYear(calendar: CalendarId, year: number): string[] {
  const easter = parseIsoDate(easterSunday(year));
  const goodFriday = easter - 2;
  const easterMonday = easter + 1;
  const earlyMay = firstMonday(year, 5);
  const spring = lastMonday(year, 5);
  let days: number[];
  if (calendar === "scotland") {
    days = withSubstitutes(
      [day(year, 1, 1), day(year, 1, 2), day(year, 11, 30), day(year, 12, 25), day(year, 12, 26)],
      [goodFriday, earlyMay, spring, firstMonday(year, 8)],
    );
  } else {
    const fixed = [day(year, 1, 1), day(year, 12, 25), day(year, 12, 26)];
    if (calendar === "northern-ireland") fixed.push(day(year, 3, 17), day(year, 7, 12));
    days = withSubstitutes(fixed, [goodFriday, easterMonday, earlyMay, spring, lastMonday(year, 8)]);
  }
  return days.sort((a, b) => a - b).map(formatIsoDate);
}

const years = Array.from({ length: COVERED_YEARS.last - COVERED_YEARS.first + 1 }, (_, i) => COVERED_YEARS.first + i);

describe("Easter", () => {
  it.each([
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2028, "2028-04-16"],
    [2019, "2019-04-21"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("falls in %i on %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe("bank holidays", () => {
  it("covers 2024–2028", () => {
    expect(coveredYears()).toEqual({ first: 2024, last: 2028 });
  });

  describe.each(CALENDAR_IDS)("%s", (calendar) => {
    const rows = BANK_HOLIDAYS[calendar];

    it("lists valid, sorted, distinct weekdays", () => {
      const dates = rows.map((r) => r.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect([...dates].sort()).toEqual(dates);
      for (const r of rows) expect(isoWeekday(parseIsoDate(r.date)), r.date).toBeLessThanOrEqual(5);
    });

    it.each(years)("matches the statutory pattern in %i (one-offs aside)", (year) => {
      const data = rows.filter((r) => r.date.startsWith(`${year}-`) && !r.oneOff).map((r) => r.date);
      expect(data).toEqual(expectedYear(calendar, year));
    });

    it("puts substitute days on the Monday or Tuesday after the weekend", () => {
      for (const r of rows.filter((x) => x.substitute)) expect([1, 2], r.date).toContain(isoWeekday(parseIsoDate(r.date)));
    });
  });

  it("has the expected counts per year", () => {
    const count = (c: CalendarId, y: number) => BANK_HOLIDAYS[c].filter((r) => r.date.startsWith(`${y}-`)).length;
    for (const y of years) {
      expect(count("england-and-wales", y)).toBe(8);
      expect(count("northern-ireland", y)).toBe(10);
      expect(count("scotland", y)).toBe(9);
    }
  });

  it("spot-checks the awkward years", () => {
    const has = (c: CalendarId, d: string) => BANK_HOLIDAYS[c].some((r) => r.date === d);
    // Christmas 2027 is a Saturday, Boxing Day a Sunday: Monday 27 and Tuesday 28.
    for (const c of CALENDAR_IDS) {
      expect(has(c, "2027-12-27") && has(c, "2027-12-28")).toBe(true);
      expect(has(c, "2027-12-25")).toBe(false);
    }
    // 1 January 2028 is a Saturday; in Scotland 2 January is a Sunday too.
    expect(has("england-and-wales", "2028-01-03")).toBe(true);
    expect(has("england-and-wales", "2028-01-04")).toBe(false);
    expect(has("scotland", "2028-01-04")).toBe(true);
    // Christmas 2028 is a Monday: no substitutes.
    expect(has("england-and-wales", "2028-12-25") && has("england-and-wales", "2028-12-26")).toBe(true);
    // Scotland has no Easter Monday; England and Wales no St Andrew's Day.
    expect(has("scotland", "2025-04-21")).toBe(false);
    expect(has("england-and-wales", "2026-11-30")).toBe(false);
    expect(has("northern-ireland", "2025-07-14")).toBe(true);
  });
});
