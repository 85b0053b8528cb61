import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIsoDate, parseIsoDate } from "../calendar/iso-date.js";
import { COMPLAINT_STATUSES, complaintsPerformanceReport, financialYear, type ComplaintStatus, type ReportableComplaint } from "../complaints/index.js";
import { residentInsight, type InsightComplaint } from "./resident-insight.js";

let n = 0;
function complaint(receivedOn: string, status: ComplaintStatus = "received", closed: Partial<Pick<InsightComplaint, "closedOn" | "causeCategory" | "lessonsLearnt">> = {}): InsightComplaint {
  n += 1;
  return { reference: `CMP-${receivedOn.slice(0, 4)}-${String(n).padStart(5, "0")}`, status, receivedOn, closedOn: null, causeCategory: null, lessonsLearnt: null, ...closed };
}

describe("residentInsight", () => {
  const today = "2026-06-15";

  it("counts complaints per financial year, refused ones excepted, for the programme's four years", () => {
    const insight = residentInsight(
      [complaint("2026-04-01"), complaint("2026-06-15"), complaint("2026-03-31"), complaint("2025-04-01", "refused"), complaint("2023-04-01"), complaint("2022-05-01")],
      { today },
    );
    expect(insight.thisYear).toBe(2026);
    expect(insight.byYear).toEqual([
      { year: 2026, received: 2 },
      { year: 2025, received: 1 },
      { year: 2024, received: 0 },
      { year: 2023, received: 1 },
    ]);
  });

  it("compares the twelve months to today with the same stretch a year earlier, month by month", () => {
    const insight = residentInsight(
      [
        complaint("2025-07-01"), // first day of the recent window
        complaint("2026-06-15"), // today
        complaint("2026-06-14"),
        complaint("2025-06-30"), // after the same day a year ago, before the recent window: in neither
        complaint("2025-06-16"), // a year ago, but after the same day: in neither month's comparison
        complaint("2024-07-01"), // first day of the previous window
        complaint("2024-06-30"), // before both windows
        complaint("2026-01-10", "refused"),
      ],
      { today },
    );
    expect(insight.trend.recent).toEqual({ from: "2025-07-01", to: "2026-06-15", received: 3 });
    expect(insight.trend.previous).toEqual({ from: "2024-07-01", to: "2025-06-15", received: 1 });
    expect(insight.trend).toMatchObject({ change: 2, direction: "up" });
    expect(insight.trend.months).toHaveLength(12);
    expect(insight.trend.months[0]).toEqual({ month: "2025-07", recent: 1, previous: 1 });
    expect(insight.trend.months[11]).toEqual({ month: "2026-06", recent: 2, previous: 0 });
  });

  it("keeps a leap day's comparison inside February", () => {
    const insight = residentInsight([complaint("2027-02-28"), complaint("2028-02-29")], { today: "2028-02-29" });
    expect(insight.trend.previous.to).toBe("2027-02-28");
    expect(insight.trend.months[11]).toEqual({ month: "2028-02", recent: 1, previous: 1 });
    expect(insight.trend.direction).toBe("same");
  });

  it("ranks the causes and lists the lessons of complaints closed in the recent window", () => {
    const closed = (closedOn: string, causeCategory: string, lessonsLearnt = "") => complaint("2025-05-01", "closed", { closedOn, causeCategory, lessonsLearnt });
    const insight = residentInsight(
      [
        closed("2026-01-10", "delay", "Book the second visit before leaving"),
        closed("2026-02-10", "delay", "  "),
        closed("2026-03-10", "communication", " Ring back the same day "),
        closed("2025-06-30", "contractor", "Too old to count"),
        complaint("2026-05-01", "withdrawn"),
      ],
      { today },
    );
    expect(insight.causes).toEqual([
      { causeCategory: "delay", closed: 2 },
      { causeCategory: "communication", closed: 1 },
    ]);
    expect(insight.lessons.map((l) => [l.closedOn, l.lessonsLearnt])).toEqual([
      ["2026-03-10", "Ring back the same day"],
      ["2026-01-10", "Book the second visit before leaving"],
    ]);
  });

  it("lists the latest complaints whatever their state, newest first, and no more than asked", () => {
    const complaints = ["2026-01-01", "2026-03-01", "2026-02-01"].map((d) => complaint(d, "refused"));
    const insight = residentInsight(complaints, { today, latest: 2 });
    expect(insight.latest.map((c) => c.receivedOn)).toEqual(["2026-03-01", "2026-02-01"]);
    expect(insight.latest[0]).toEqual({ reference: complaints[1]!.reference, receivedOn: "2026-03-01", status: "refused", causeCategory: null });
  });

  it("says nothing changed when there is nothing to count", () => {
    const insight = residentInsight([], { today });
    expect(insight.trend).toMatchObject({ change: 0, direction: "same" });
    expect(insight.byYear.every((y) => y.received === 0)).toBe(true);
    expect([insight.causes, insight.lessons, insight.latest]).toEqual([[], [], []]);
  });

  // The panel's yearly figure must be the number the complaints performance page shows for the service area.
  it("counts each year exactly as the annual performance report counts the service area", () => {
    const day = fc.integer({ min: parseIsoDate("2024-04-01"), max: parseIsoDate("2026-06-15") }).map(formatIsoDate);
    const row = fc.record({ receivedOn: day, status: fc.constantFrom(...COMPLAINT_STATUSES), serviceArea: fc.constantFrom("repairs", "lettings") });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const reportable: ReportableComplaint[] = rows.map((r, i) => ({
          ...r,
          reference: `CMP-2026-${String(i).padStart(5, "0")}`,
          closedOn: null,
          causeCategory: null,
          lessonsLearnt: null,
          compensationPence: { 1: null, 2: null },
          decisions: [],
        }));
        const repairs = reportable.filter((c) => c.serviceArea === "repairs");
        const insight = residentInsight(repairs, { today });
        for (const { year, received } of insight.byYear) {
          const report = complaintsPerformanceReport(reportable, { period: financialYear(year), homes: 100, today, calendar: "england-and-wales" });
          expect(received).toBe(report.byServiceArea.find((a) => a.serviceArea === "repairs")?.received ?? 0);
        }
        expect(insight.trend.months.reduce((sum, m) => sum + m.recent, 0)).toBe(insight.trend.recent.received);
        expect(insight.trend.months.reduce((sum, m) => sum + m.previous, 0)).toBe(insight.trend.previous.received);
      }),
    );
  });
});
