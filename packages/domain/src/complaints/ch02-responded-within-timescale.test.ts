import { describe, expect, it } from "vitest";
import { ch02RespondedWithinTimescale } from "./ch02-responded-within-timescale.js";
import type { ComplaintTimeline } from "./deadlines.js";
import { complaintAt } from "./test-support.js";

const YEAR = { from: "2024-04-01", to: "2025-03-31" };
const EW = { calendar: "england-and-wales" as const, period: YEAR };

const stage = (acknowledgedOn: string, respondedOn?: string, extension?: number) => ({
  acknowledgedOn,
  ...(extension ? { extension: { workingDays: extension } } : {}),
  ...(respondedOn ? { response: { respondedOn } } : {}),
});

// Due dates worked out by hand on the England and Wales calendar.
const records: ComplaintTimeline[] = [
  // A. Stage 1 due Thu 16 May (Mon 6 May is a bank holiday); answered that day: on time.
  //    Stage 2 acknowledged Wed 22 May, due Thu 20 June (Mon 27 May is a bank holiday); answered 21 June: late.
  {
    status: "final-response",
    receivedOn: "2024-04-29",
    stage1: stage("2024-05-01", "2024-05-16"),
    escalatedOn: "2024-05-20",
    stage2: stage("2024-05-22", "2024-06-21"),
  },
  // B. Stage 1 due Wed 19 June; answered 20 June: late.
  //    Stage 2 acknowledged Wed 26 June with a 20-day extension: due Wed 21 August; answered that day: on time.
  {
    status: "final-response",
    receivedOn: "2024-06-03",
    stage1: stage("2024-06-05", "2024-06-20"),
    escalatedOn: "2024-06-24",
    stage2: stage("2024-06-26", "2024-08-21", 20),
  },
  // C. Stage 1 with a 10-day extension: due Wed 31 July; answered 30 July: on time.
  //    Stage 2 acknowledged Wed 7 August, due Thu 5 September (Mon 26 August is a bank holiday); answered that day: on time.
  {
    status: "final-response",
    receivedOn: "2024-07-01",
    stage1: stage("2024-07-03", "2024-07-30", 10),
    escalatedOn: "2024-08-05",
    stage2: stage("2024-08-07", "2024-09-05"),
  },
  // D. Acknowledged late (due Mon 9 Sept, done Thu 12 Sept); response due Thu 26 Sept, answered 20 Sept.
  { status: "stage1-responded", receivedOn: "2024-09-02", stage1: stage("2024-09-12", "2024-09-20") },
  // E. Answered on time but after the year: not counted.
  { status: "stage1-responded", receivedOn: "2025-03-17", stage1: stage("2025-03-19", "2025-04-02") },
  // F. Not answered yet: not counted.
  { status: "stage1-acknowledged", receivedOn: "2025-03-03", stage1: stage("2025-03-05") },
  { status: "refused", receivedOn: "2024-10-01" },
];

describe("CH02 responded to within Code timescales", () => {
  it("counts stage 1 and stage 2 separately (hand-computed)", () => {
    expect(ch02RespondedWithinTimescale(records, EW)).toEqual({
      stage1: { responded: 4, withinTimescale: 3, percent: 75 },
      stage2: { responded: 3, withinTimescale: 2, percent: 66.7 },
    });
  });

  it("can also demand a timely acknowledgement", () => {
    expect(ch02RespondedWithinTimescale(records, { ...EW, requireTimelyAcknowledgement: true }).stage1).toEqual({
      responded: 4,
      withinTimescale: 2,
      percent: 50,
    });
  });

  it("depends on the landlord's calendar", () => {
    // In Scotland 26 August is not a holiday (summer is 5 August), so C's stage 2 was due 4 September: late.
    expect(ch02RespondedWithinTimescale(records, { ...EW, calendar: "scotland" }).stage2).toEqual({ responded: 3, withinTimescale: 1, percent: 33.3 });
    // A landlord closure on 18 June moves B's stage 1 deadline to 20 June: on time.
    expect(ch02RespondedWithinTimescale(records, { ...EW, extraHolidays: ["2024-06-18"] }).stage1.withinTimescale).toBe(4);
  });

  it("gives no percentage when nothing was responded to", () => {
    expect(ch02RespondedWithinTimescale([], EW)).toEqual({
      stage1: { responded: 0, withinTimescale: 0, percent: null },
      stage2: { responded: 0, withinTimescale: 0, percent: null },
    });
    expect(ch02RespondedWithinTimescale(records, { ...EW, period: { from: "2026-01-01", to: "2026-12-31" } }).stage1.percent).toBeNull();
  });

  it("takes state-machine complaints as they are", () => {
    // test-support: stage 1 answered a day late (20 March, due 19), stage 2 late (30 April, due 25).
    const result = ch02RespondedWithinTimescale([complaintAt("final-response"), complaintAt("stage1-responded")], {
      calendar: "england-and-wales",
      period: { from: "2025-01-01", to: "2025-12-31" },
    });
    expect(result).toEqual({
      stage1: { responded: 2, withinTimescale: 0, percent: 0 },
      stage2: { responded: 1, withinTimescale: 0, percent: 0 },
    });
  });
});
