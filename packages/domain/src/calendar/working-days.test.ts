import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarError } from "./calendar-error.js";
import { CALENDAR_IDS } from "./calendar-id.js";
import { BANK_HOLIDAYS } from "./bank-holidays.js";
import { formatIsoDate, isoWeekday, parseIsoDate } from "./iso-date.js";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./working-days.js";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarError);
    return (error as CalendarError).code;
  }
  return undefined;
}

describe("addWorkingDays", () => {
  it("skips weekends; the start day never counts", () => {
    expect(addWorkingDays("2025-03-03", 5, "england-and-wales")).toBe("2025-03-10"); // Mon → Mon
    expect(addWorkingDays("2025-03-07", 1, "england-and-wales")).toBe("2025-03-10"); // Fri → Mon
    expect(addWorkingDays("2025-03-08", 1, "england-and-wales")).toBe("2025-03-10"); // Sat → Mon
    expect(addWorkingDays("2025-03-09", 5, "england-and-wales")).toBe("2025-03-14"); // Sun → Fri
  });

  it("returns the start itself for 0 days, even on a holiday", () => {
    expect(addWorkingDays("2025-12-25", 0, "england-and-wales")).toBe("2025-12-25");
  });

  it("skips Easter in England and Wales but not Easter Monday in Scotland", () => {
    // Thursday 17 April 2025; Good Friday 18, Easter Monday 21.
    expect(addWorkingDays("2025-04-17", 1, "england-and-wales")).toBe("2025-04-22");
    expect(addWorkingDays("2025-04-17", 1, "scotland")).toBe("2025-04-21");
  });

  it("respects Christmas 2027 substitutes (Sat/Sun → Mon/Tue)", () => {
    // Friday 24 December 2027 + 1 → Wednesday 29 December.
    for (const c of CALENDAR_IDS) expect(addWorkingDays("2027-12-24", 1, c)).toBe("2027-12-29");
    // Scotland also loses 3 and 4 January 2028.
    expect(addWorkingDays("2027-12-31", 1, "scotland")).toBe("2028-01-05");
    expect(addWorkingDays("2027-12-31", 1, "england-and-wales")).toBe("2028-01-04");
  });

  it("differs by nation in July and March", () => {
    expect(addWorkingDays("2027-07-09", 1, "northern-ireland")).toBe("2027-07-13");
    expect(addWorkingDays("2027-07-09", 1, "england-and-wales")).toBe("2027-07-12");
    expect(addWorkingDays("2026-03-16", 1, "northern-ireland")).toBe("2026-03-18");
    expect(addWorkingDays("2026-11-27", 1, "scotland")).toBe("2026-12-01");
    // A one-off closure (e.g. a proclaimed holiday) comes from the landlord's own list.
    expect(addWorkingDays("2026-06-12", 1, "scotland", ["2026-06-15"])).toBe("2026-06-16");
    expect(addWorkingDays("2026-06-12", 1, "scotland")).toBe("2026-06-15");
  });

  it("skips a landlord's one-off closures", () => {
    expect(addWorkingDays("2025-03-03", 1, "england-and-wales", ["2025-03-04", "2025-03-05"])).toBe("2025-03-06");
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s days", (days) => {
    expect(codeOf(() => addWorkingDays("2025-03-03", days, "england-and-wales"))).toBe("calendar.invalidDays");
  });

  it("refuses dates the data does not cover", () => {
    expect(codeOf(() => addWorkingDays("2028-12-28", 5, "england-and-wales"))).toBe("calendar.notCovered");
    expect(codeOf(() => addWorkingDays("2023-06-01", 1, "england-and-wales"))).toBe("calendar.notCovered");
    expect(() => addWorkingDays("2028-12-28", 5, "england-and-wales")).toThrow(/2024–2028.*2029-01-01/);
    // The day before coverage may be a start: it is never classified.
    expect(addWorkingDays("2023-12-31", 1, "england-and-wales")).toBe("2024-01-02");
  });

  it("refuses bad input clearly", () => {
    expect(codeOf(() => addWorkingDays("2025-02-30", 1, "england-and-wales"))).toBe("calendar.invalidDate");
    expect(codeOf(() => addWorkingDays("2025-03-03", 1, "england-and-wales", ["March 4"]))).toBe("calendar.invalidDate");
    expect(codeOf(() => addWorkingDays("2025-03-03", 1, "wales" as never))).toBe("calendar.unknownCalendar");
  });
});

describe("workingDaysBetween", () => {
  it("counts a < d ≤ b", () => {
    expect(workingDaysBetween("2025-03-03", "2025-03-10", "england-and-wales")).toBe(5);
    expect(workingDaysBetween("2025-03-03", "2025-03-03", "england-and-wales")).toBe(0);
    expect(workingDaysBetween("2025-03-10", "2025-03-03", "england-and-wales")).toBe(0);
    expect(workingDaysBetween("2025-12-24", "2025-12-29", "england-and-wales")).toBe(1);
    expect(workingDaysBetween("2025-12-24", "2025-12-29", "england-and-wales", ["2025-12-29"])).toBe(0);
  });

  it("counts a whole year", () => {
    // 2025: 261 weekdays less 8 bank holidays (all on weekdays).
    expect(workingDaysBetween("2024-12-31", "2025-12-31", "england-and-wales")).toBe(253);
    expect(workingDaysBetween("2024-12-31", "2025-12-31", "scotland")).toBe(252);
    expect(workingDaysBetween("2024-12-31", "2025-12-31", "northern-ireland")).toBe(251);
  });

  it("refuses uncovered ranges", () => {
    expect(codeOf(() => workingDaysBetween("2028-12-01", "2029-01-10", "scotland"))).toBe("calendar.notCovered");
    expect(codeOf(() => workingDaysBetween("2020-12-01", "2025-01-10", "scotland"))).toBe("calendar.notCovered");
  });
});

describe("isWorkingDay", () => {
  it("knows each nation's days", () => {
    expect(isWorkingDay("2025-07-14", "northern-ireland")).toBe(false);
    expect(isWorkingDay("2025-07-14", "england-and-wales")).toBe(true);
    expect(isWorkingDay("2025-01-02", "scotland")).toBe(false);
    expect(isWorkingDay("2025-01-04", "scotland")).toBe(false);
  });
});

describe("working-day properties", () => {
  // Starts up to September 2028 and n ≤ 60 keep results inside the covered years.
  const start = fc.integer({ min: parseIsoDate("2023-12-31"), max: parseIsoDate("2028-09-30") }).map(formatIsoDate);
  const calendar = fc.constantFrom(...CALENDAR_IDS);
  const extra = fc.array(fc.integer({ min: parseIsoDate("2024-01-01"), max: parseIsoDate("2028-12-31") }).map(formatIsoDate), { maxLength: 5 });

  it("adding n then counting back gives n", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 60 }), calendar, extra, (from, n, c, closures) => {
        expect(workingDaysBetween(from, addWorkingDays(from, n, c, closures), c, closures)).toBe(n);
      }),
    );
  });

  it("never lands on a weekend or holiday", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 60 }), calendar, extra, (from, n, c, closures) => {
        const result = addWorkingDays(from, n, c, closures);
        expect(isoWeekday(parseIsoDate(result))).toBeLessThanOrEqual(5);
        expect(BANK_HOLIDAYS[c].some((h) => h.date === result)).toBe(false);
        expect(closures).not.toContain(result);
        expect(isWorkingDay(result, c, closures)).toBe(true);
      }),
    );
  });

  it("is strictly increasing in n", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 59 }), calendar, extra, (from, n, c, closures) => {
        expect(addWorkingDays(from, n + 1, c, closures) > addWorkingDays(from, n, c, closures)).toBe(true);
      }),
    );
  });

  it("counts split ranges additively", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), calendar, (a, x, y, c) => {
        const from = parseIsoDate(a);
        const mid = formatIsoDate(from + x);
        const end = formatIsoDate(from + x + y);
        expect(workingDaysBetween(a, end, c)).toBe(workingDaysBetween(a, mid, c) + workingDaysBetween(mid, end, c));
      }),
    );
  });
});

describe("package surface", () => {
  it("exports the calendar contract from the @hearth/domain root", async () => {
    const root = await import("../index.js");
    expect(root.addWorkingDays("2025-03-07", 1, "england-and-wales")).toBe("2025-03-10");
    expect(root.workingDaysBetween("2025-03-07", "2025-03-10", "scotland")).toBe(1);
    expect(root.coveredYears()).toEqual({ first: 2024, last: 2028 });
    expect(typeof root.applyComplaintEvent).toBe("function");
  });
});
