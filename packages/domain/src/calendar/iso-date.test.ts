import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarError } from "./calendar-error.js";
import { formatIsoDate, isoWeekday, parseIsoDate } from "./iso-date.js";

describe("ISO dates", () => {
  it("agrees with the platform's UTC calendar (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (days) => {
        const expected = new Date(days * 86_400_000).toISOString().slice(0, 10);
        expect(formatIsoDate(days)).toBe(expected);
        expect(parseIsoDate(expected)).toBe(days);
        expect(isoWeekday(days)).toBe(new Date(days * 86_400_000).getUTCDay() || 7);
      }),
    );
  });

  it("knows leap days", () => {
    expect(formatIsoDate(parseIsoDate("2024-02-29"))).toBe("2024-02-29");
    expect(formatIsoDate(parseIsoDate("2000-02-29"))).toBe("2000-02-29");
  });

  it.each(["", "2025-1-01", "2025-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-04-00", "25-04-01", "2025-04-01T00:00:00Z", " 2025-04-01"])(
    "rejects %j with a clear error",
    (input) => {
      expect(() => parseIsoDate(input)).toThrow(CalendarError);
      try {
        parseIsoDate(input);
      } catch (error) {
        expect((error as CalendarError).code).toBe("calendar.invalidDate");
        expect((error as CalendarError).message).toMatch(/ISO date|No such date/);
      }
    },
  );
});
