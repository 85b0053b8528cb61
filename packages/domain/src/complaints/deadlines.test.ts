import { describe, expect, it } from "vitest";
import { CalendarError } from "../calendar/calendar-error.js";
import { CODE_TIMESCALES } from "./code-timescales.js";
import { newComplaint, type ComplaintEvent } from "./complaint.js";
import { complaintDeadlines, dueWithin, isOverdue, openDeadline, type CalendarOptions } from "./deadlines.js";
import { applyComplaintEvent } from "./lifecycle.js";
import { ACK1, EXT1, complaintAt } from "./test-support.js";

const EW: CalendarOptions = { calendar: "england-and-wales" };
const dueOf = (status: Parameters<typeof complaintAt>[0], options: CalendarOptions = EW) =>
  Object.fromEntries(complaintDeadlines(complaintAt(status), options).map((d) => [d.step, d.dueOn]));

describe("the Code's figures", () => {
  it("are 5 / 10 (+10) and 5 / 20 (+20) working days", () => {
    expect(CODE_TIMESCALES).toEqual({
      stage1: { acknowledgeWithin: 5, respondWithin: 10, maxExtension: 10 },
      stage2: { acknowledgeWithin: 5, respondWithin: 20, maxExtension: 20 },
    });
  });
});

// Dates from test-support: received Mon 3 March 2025, acknowledged Wed 5 March,
// escalated Mon 24 March, stage 2 acknowledged Wed 26 March (England and Wales).
describe("complaint deadlines", () => {
  it("stage 1 acknowledgement: 5 working days after receipt", () => {
    expect(dueOf("received")).toEqual({ "stage1-acknowledge": "2025-03-10" });
  });

  it("stage 1 response: 10 working days after the actual acknowledgement", () => {
    expect(dueOf("stage1-acknowledged")["stage1-respond"]).toBe("2025-03-19");
  });

  it("stage 1 response with a 10-day extension: 20 working days after acknowledgement", () => {
    const [, respond] = complaintDeadlines(complaintAt("stage1-extended"), EW);
    expect(respond).toMatchObject({ step: "stage1-respond", dueOn: "2025-04-02", doneOn: null, onTime: null, extensionWorkingDays: 10 });
  });

  it("stage 2 acknowledgement: 5 working days after the escalation request", () => {
    expect(dueOf("escalated")["stage2-acknowledge"]).toBe("2025-03-31");
  });

  it("stage 2 response: 20 working days after acknowledgement, skipping Easter", () => {
    // 20 working days after Wed 26 March would be Wed 23 April without Good Friday (18th) and Easter Monday (21st).
    expect(dueOf("stage2-acknowledged")["stage2-respond"]).toBe("2025-04-25");
    // Scotland has no Easter Monday holiday.
    expect(dueOf("stage2-acknowledged", { calendar: "scotland" })["stage2-respond"]).toBe("2025-04-24");
  });

  it("stage 2 response with a 20-day extension: 40 working days, skipping the May bank holidays", () => {
    expect(dueOf("stage2-extended")["stage2-respond"]).toBe("2025-05-27");
  });

  it("counts the landlord's own closures", () => {
    expect(dueOf("received", { calendar: "england-and-wales", extraHolidays: ["2025-03-07"] })["stage1-acknowledge"]).toBe("2025-03-11");
  });

  it("runs over Christmas and the Scottish 2 January", () => {
    const received = (on: string) => newComplaint({ receivedOn: on });
    const ack = (on: string, calendar: CalendarOptions["calendar"]) => openDeadline(received(on), { calendar })?.dueOn;
    expect(ack("2025-12-19", "england-and-wales")).toBe("2025-12-30");
    expect(ack("2025-12-23", "england-and-wales")).toBe("2026-01-02");
    expect(ack("2025-12-23", "scotland")).toBe("2026-01-05");
    expect(() => ack("2028-12-22", "england-and-wales")).toThrow(CalendarError);
  });

  it("lists done steps with whether they were on time", () => {
    const all = complaintDeadlines(complaintAt("final-response"), EW);
    expect(all.map((d) => [d.step, d.dueOn, d.doneOn, d.onTime])).toEqual([
      ["stage1-acknowledge", "2025-03-10", "2025-03-05", true],
      ["stage1-respond", "2025-03-19", "2025-03-20", false],
      ["stage2-acknowledge", "2025-03-31", "2025-03-26", true],
      ["stage2-respond", "2025-04-25", "2025-04-30", false],
    ]);
    expect(openDeadline(complaintAt("final-response"), EW)).toBeNull();
  });

  it("leaves out steps a complaint will never reach", () => {
    expect(complaintDeadlines(complaintAt("refused"), EW)).toEqual([]);
    expect(complaintDeadlines(complaintAt("withdrawn"), EW)).toEqual([]);
    expect(complaintDeadlines(complaintAt("stage1-responded"), EW).map((d) => d.step)).toEqual(["stage1-acknowledge", "stage1-respond"]);
    expect(complaintDeadlines(complaintAt("closed"), EW)).toHaveLength(2);
    const withdrawnMidway = applyComplaintEvent(complaintAt("stage1-acknowledged"), { type: "withdraw", on: "2025-03-06" });
    expect(complaintDeadlines(withdrawnMidway, EW).map((d) => d.step)).toEqual(["stage1-acknowledge"]);
  });

  it("the response clock starts at the real acknowledgement, even a late one", () => {
    const late = applyComplaintEvent(newComplaint({ receivedOn: "2025-03-03" }), { ...ACK1, on: "2025-03-12" } as ComplaintEvent);
    const [ack, respond] = complaintDeadlines(late, EW);
    expect(ack).toMatchObject({ dueOn: "2025-03-10", doneOn: "2025-03-12", onTime: false });
    expect(respond?.dueOn).toBe("2025-03-26");
  });
});

describe("overdue and due soon", () => {
  const received = complaintAt("received"); // acknowledge by Mon 10 March
  const acknowledged = complaintAt("stage1-acknowledged"); // respond by Wed 19 March

  it("is overdue from the day after the due date", () => {
    expect(isOverdue(received, { ...EW, today: "2025-03-10" })).toBe(false);
    expect(isOverdue(received, { ...EW, today: "2025-03-11" })).toBe(true);
    expect(isOverdue(acknowledged, { ...EW, today: "2025-03-19" })).toBe(false);
    expect(isOverdue(acknowledged, { ...EW, today: "2025-03-20" })).toBe(true);
  });

  it("an extension moves the due date", () => {
    const extended = applyComplaintEvent(acknowledged, EXT1);
    expect(isOverdue(extended, { ...EW, today: "2025-03-20" })).toBe(false);
    expect(isOverdue(extended, { ...EW, today: "2025-04-03" })).toBe(true);
  });

  it("nothing is overdue once the landlord has nothing to do", () => {
    for (const status of ["stage1-responded", "final-response", "closed", "refused", "withdrawn"] as const) {
      expect(isOverdue(complaintAt(status), { ...EW, today: "2026-01-01" })).toBe(false);
      expect(dueWithin(complaintAt(status), 100, { ...EW, today: "2025-03-01" })).toBe(false);
    }
  });

  it("due within n working days counts from today, due date included", () => {
    expect(dueWithin(acknowledged, 2, { ...EW, today: "2025-03-17" })).toBe(true); // Mon → Wed: 2
    expect(dueWithin(acknowledged, 2, { ...EW, today: "2025-03-14" })).toBe(false); // Fri → Wed: 3
    expect(dueWithin(acknowledged, 3, { ...EW, today: "2025-03-14" })).toBe(true);
    expect(dueWithin(acknowledged, 2, { ...EW, today: "2025-03-15" })).toBe(false); // Sat → Wed: 3
    expect(dueWithin(acknowledged, 0, { ...EW, today: "2025-03-19" })).toBe(true);
    expect(dueWithin(acknowledged, 2, { ...EW, today: "2025-03-20" })).toBe(false); // overdue instead
    expect(dueWithin(acknowledged, 2, { ...EW, today: "2025-03-17", extraHolidays: ["2025-03-18"] })).toBe(true);
  });

  it("refuses bad input", () => {
    expect(() => dueWithin(acknowledged, -1, { ...EW, today: "2025-03-17" })).toThrow(CalendarError);
    expect(() => isOverdue(acknowledged, { ...EW, today: "17/03/2025" })).toThrow(CalendarError);
  });
});
