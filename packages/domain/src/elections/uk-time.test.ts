import { describe, expect, it } from "vitest";
import { parseTimeOfDay, ukDateTime, ukInstant } from "./uk-time.js";

describe("UK election times", () => {
  it("reads winter times as UTC and summer times an hour ahead", () => {
    expect(ukInstant("2027-01-15", "09:00")).toBe("2027-01-15T09:00:00.000Z");
    expect(ukInstant("2027-06-15", "17:00")).toBe("2027-06-15T16:00:00.000Z");
  });

  it("handles the days the clocks change", () => {
    // 28 March 2027: 01:00 GMT becomes 02:00 BST.
    expect(ukInstant("2027-03-28", "00:30")).toBe("2027-03-28T00:30:00.000Z");
    expect(ukInstant("2027-03-28", "03:00")).toBe("2027-03-28T02:00:00.000Z");
    expect(ukInstant("2027-03-28", "01:30")).toBe("2027-03-28T00:30:00.000Z");
    // 31 October 2027: 01:30 happens twice; the first (BST) is meant.
    expect(ukInstant("2027-10-31", "01:30")).toBe("2027-10-31T00:30:00.000Z");
    expect(ukInstant("2027-10-31", "12:00")).toBe("2027-10-31T12:00:00.000Z");
  });

  it("gives back the wall-clock date and time of an instant", () => {
    expect(ukDateTime("2027-06-15T16:00:00.000Z")).toEqual({ date: "2027-06-15", time: "17:00" });
    expect(ukDateTime("2027-01-15T23:30:00.000Z")).toEqual({ date: "2027-01-15", time: "23:30" });
    for (const iso of ["2027-03-28T02:00:00.000Z", "2027-10-31T00:30:00.000Z", "2027-12-31T23:59:00.000Z"]) {
      const { date, time } = ukDateTime(iso);
      expect(ukInstant(date, time)).toBe(iso);
    }
  });

  it("reads times people type", () => {
    expect(parseTimeOfDay("9:30")).toBe("09:30");
    expect(parseTimeOfDay(" 17.00 ")).toBe("17:00");
    expect(parseTimeOfDay("24:00")).toBeNull();
    expect(parseTimeOfDay("9")).toBeNull();
    expect(parseTimeOfDay("noon")).toBeNull();
  });
});
