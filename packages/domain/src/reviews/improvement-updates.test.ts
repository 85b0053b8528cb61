import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIsoDate, parseIsoDate } from "../calendar/iso-date.js";
import { addMonths, improvementUpdateSchedule } from "./improvement-updates.js";

describe("adding months", () => {
  it("keeps the day of the month, or the month's last day when it has none", () => {
    expect(addMonths("2026-11-24", 6)).toBe("2027-05-24");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-12-31", 2)).toBe("2027-02-28");
    expect(addMonths("2026-07-15", 6)).toBe("2027-01-15");
  });
});

describe("six-monthly improvement plan updates", () => {
  it("falls due six months after approval before any update", () => {
    const schedule = improvementUpdateSchedule({ approvedOn: "2026-11-24", updates: [], today: "2027-05-24" });
    expect(schedule).toEqual({ planEndsOn: "2027-11-24", lastUpdateOn: null, nextDueOn: "2027-05-24", overdue: false, daysOverdue: 0, finished: false });
  });

  it("is overdue from the day after it fell due", () => {
    const schedule = improvementUpdateSchedule({ approvedOn: "2026-11-24", updates: [], today: "2027-05-25" });
    expect(schedule).toMatchObject({ nextDueOn: "2027-05-24", overdue: true, daysOverdue: 1 });
  });

  it("counts six months from the latest update, whatever order they were given in", () => {
    const schedule = improvementUpdateSchedule({ approvedOn: "2026-11-24", updates: ["2027-03-01", "2027-01-10"], today: "2027-03-02" });
    expect(schedule).toMatchObject({ lastUpdateOn: "2027-03-01", nextDueOn: "2027-09-01", overdue: false });
  });

  it("never falls due after the plan's end", () => {
    const schedule = improvementUpdateSchedule({ approvedOn: "2026-11-24", updates: ["2027-08-01"], today: "2027-12-01" });
    expect(schedule).toMatchObject({ nextDueOn: "2027-11-24", overdue: true, daysOverdue: 7, finished: false });
  });

  it("is finished once an update is made on or after the plan's end", () => {
    const onTheDay = improvementUpdateSchedule({ approvedOn: "2026-11-24", updates: ["2027-05-20", "2027-11-24"], today: "2028-06-01" });
    expect(onTheDay).toMatchObject({ nextDueOn: null, overdue: false, finished: true });
    const dayBefore = improvementUpdateSchedule({ approvedOn: "2026-11-24", updates: ["2027-11-23"], today: "2027-11-23" });
    expect(dayBefore).toMatchObject({ nextDueOn: "2027-11-24", finished: false });
  });

  it("never leaves more than six months between the last update and the next due date", () => {
    const day = fc.integer({ min: parseIsoDate("2020-01-01"), max: parseIsoDate("2030-12-31") }).map(formatIsoDate);
    fc.assert(
      fc.property(day, fc.array(fc.integer({ min: 0, max: 400 })), (approvedOn, offsets) => {
        const updates = offsets.map((n) => formatIsoDate(parseIsoDate(approvedOn) + n));
        const schedule = improvementUpdateSchedule({ approvedOn, updates, today: approvedOn });
        if (schedule.nextDueOn === null) return;
        const from = schedule.lastUpdateOn ?? approvedOn;
        expect(schedule.nextDueOn <= addMonths(from, 6)).toBe(true);
        expect(schedule.nextDueOn <= schedule.planEndsOn).toBe(true);
        expect(schedule.nextDueOn > from).toBe(true);
      }),
    );
  });
});
