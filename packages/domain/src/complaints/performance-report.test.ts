import { describe, expect, it } from "vitest";
import { complaintsPerformanceReport, financialYear, financialYearOf, type ReportableComplaint } from "./performance-report.js";

const base = { serviceArea: "repairs", closedOn: null, causeCategory: null, lessonsLearnt: null, compensationPence: { 1: null, 2: null }, decisions: [] } as const;

const complaints: ReportableComplaint[] = [
  // Stage 1 answered on time (received Wed 1 Apr 2026; acknowledged 2 Apr; answered 9 Apr = 5 working days after receipt, Easter Fri 3 and Mon 6 April skipped).
  {
    ...base,
    reference: "CMP-2026-00001",
    status: "closed",
    receivedOn: "2026-04-01",
    stage1: { acknowledgedOn: "2026-04-02", response: { respondedOn: "2026-04-09" } },
    closedOn: "2026-04-20",
    causeCategory: "delay",
    lessonsLearnt: "Book the follow-up visit before leaving",
    compensationPence: { 1: 5000, 2: null },
    decisions: [{ stage: 1, decision: "upheld" }, { stage: 1, decision: "not-upheld" }],
  },
  // Escalated and answered late at stage 2.
  {
    ...base,
    reference: "CMP-2026-00002",
    serviceArea: "damp-and-mould",
    status: "final-response",
    receivedOn: "2026-05-01",
    stage1: { acknowledgedOn: "2026-05-05", response: { respondedOn: "2026-05-12" } },
    escalatedOn: "2026-05-13",
    stage2: { acknowledgedOn: "2026-05-14", response: { respondedOn: "2026-07-01" } },
    compensationPence: { 1: null, 2: 12500 },
    decisions: [{ stage: 1, decision: "not-upheld" }, { stage: 2, decision: "partly-upheld" }],
  },
  // Still waiting for acknowledgement: overdue on 2026-06-01.
  { ...base, reference: "CMP-2026-00003", status: "received", receivedOn: "2026-05-18" },
  // Refused: not counted in CH01.
  { ...base, reference: "CMP-2026-00004", status: "refused", receivedOn: "2026-05-20" },
  // Last year: outside the period.
  { ...base, reference: "CMP-2025-00009", status: "closed", receivedOn: "2026-03-02", stage1: { acknowledgedOn: "2026-03-03", response: { respondedOn: "2026-03-10" } }, closedOn: "2026-03-20", causeCategory: "communication", lessonsLearnt: "x" },
];

describe("complaints performance report", () => {
  const report = complaintsPerformanceReport(complaints, { period: financialYear(2026), homes: 320, calendar: "england-and-wales", today: "2026-06-01" });

  it("gives CH01 and CH02 for the period", () => {
    expect(report.ch01.stage1).toEqual({ complaints: 3, per1000Homes: 9.4 });
    expect(report.ch01.stage2).toEqual({ complaints: 1, per1000Homes: 3.1 });
    expect(report.ch02.stage1).toEqual({ responded: 2, withinTimescale: 2, percent: 100 });
    expect(report.ch02.stage2).toEqual({ responded: 1, withinTimescale: 0, percent: 0 });
  });

  it("counts volumes by service area and causes of closed complaints", () => {
    expect(report.received).toBe(3);
    expect(report.escalated).toBe(1);
    expect(report.byServiceArea).toEqual([
      { serviceArea: "repairs", received: 2, escalated: 0 },
      { serviceArea: "damp-and-mould", received: 1, escalated: 1 },
    ]);
    expect(report.byCause).toEqual([{ causeCategory: "delay", closed: 1 }]);
  });

  it("counts outcomes, compensation and working days to respond", () => {
    expect(report.outcomes[1]).toEqual({ upheld: 1, "partly-upheld": 0, "not-upheld": 2 });
    expect(report.outcomes[2]).toEqual({ upheld: 0, "partly-upheld": 1, "not-upheld": 0 });
    expect(report.compensationPence).toBe(17500);
    // 1 Apr → 9 Apr: 2, 7, 8, 9 April (Good Friday 3rd and Easter Monday 6th are holidays) = 4; 1 May → 12 May: 6 (4 May bank holiday).
    expect(report.speed[1]).toEqual({ responded: 2, averageWorkingDays: 5 });
    expect(report.speed[2].responded).toBe(1);
  });

  it("lists what is overdue today and the lessons learnt", () => {
    expect(report.overdue).toEqual([{ reference: "CMP-2026-00003", serviceArea: "repairs", step: "stage1-acknowledge", dueOn: "2026-05-26", workingDaysLate: 4 }]);
    expect(report.lessons.map((l) => l.reference)).toEqual(["CMP-2026-00001"]);
  });

  it("has no percentage rather than a misleading one when nothing was answered", () => {
    const empty = complaintsPerformanceReport([], { period: financialYear(2027), homes: 320, calendar: "england-and-wales", today: "2026-06-01" });
    expect(empty.ch02.stage1.percent).toBeNull();
    expect(empty.speed[1].averageWorkingDays).toBeNull();
  });

  it("knows the reporting year of a date", () => {
    expect(financialYearOf("2026-03-31")).toBe(2025);
    expect(financialYearOf("2026-04-01")).toBe(2026);
    expect(financialYear(2025)).toEqual({ from: "2025-04-01", to: "2026-03-31" });
  });
});
