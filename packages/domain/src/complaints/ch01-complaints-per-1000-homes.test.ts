import { describe, expect, it } from "vitest";
import { ch01ComplaintsPer1000Homes, type Ch01Record } from "./ch01-complaints-per-1000-homes.js";
import { ComplaintRuleError } from "./complaint-rule-error.js";
import { complaintAt } from "./test-support.js";

const YEAR = { from: "2024-04-01", to: "2025-03-31" };

// 18 stage 1 complaints received in 2024/25 (both boundary days, one withdrawn,
// three later escalated); 3 escalations in 2024/25 (one of them of a complaint
// received in 2023/24, and one escalation falls in 2025/26).
const records: Ch01Record[] = [
  { status: "closed", receivedOn: "2024-04-01" },
  { status: "closed", receivedOn: "2025-03-31" },
  { status: "withdrawn", receivedOn: "2024-06-10" },
  { status: "final-response", receivedOn: "2024-05-02", escalatedOn: "2024-05-20" },
  { status: "escalated", receivedOn: "2025-02-03", escalatedOn: "2025-03-31" },
  ...Array.from({ length: 12 }, (_, i): Ch01Record => ({ status: "closed", receivedOn: `2024-${String(i % 9 + 4).padStart(2, "0")}-15` })),
  // Not counted at stage 1:
  { status: "refused", receivedOn: "2024-07-01" },
  { status: "closed", receivedOn: "2024-03-31" },
  { status: "received", receivedOn: "2025-04-01" },
  // Counted at stage 2 only (received the year before):
  { status: "stage2-acknowledged", receivedOn: "2024-03-20", escalatedOn: "2024-04-02" },
  // Escalated after the year: not counted at stage 2.
  { status: "escalated", receivedOn: "2025-03-10", escalatedOn: "2025-04-01" },
];

describe("CH01 complaints per 1,000 homes", () => {
  it("counts stage 1 and stage 2 separately (hand-computed)", () => {
    const result = ch01ComplaintsPer1000Homes(records, { period: YEAR, homes: 1234 });
    expect(result.stage1.complaints).toBe(18);
    expect(result.stage1.per1000Homes).toBe(14.6); // 18 000 / 1234 = 14.586…
    expect(result.stage2.complaints).toBe(3);
    expect(result.stage2.per1000Homes).toBe(2.4); // 3 000 / 1234 = 2.431…
  });

  it("rounds halves up", () => {
    const one = [{ status: "closed", receivedOn: "2024-05-01" }] as const;
    expect(ch01ComplaintsPer1000Homes(one, { period: YEAR, homes: 4000 }).stage1.per1000Homes).toBe(0.3); // 0.25
    expect(ch01ComplaintsPer1000Homes(one, { period: YEAR, homes: 2000 }).stage1.per1000Homes).toBe(0.5);
  });

  it("takes state-machine complaints as they are", () => {
    const result = ch01ComplaintsPer1000Homes([complaintAt("final-response"), complaintAt("refused"), complaintAt("closed")], {
      period: { from: "2025-01-01", to: "2025-12-31" },
      homes: 500,
    });
    expect(result).toEqual({ stage1: { complaints: 2, per1000Homes: 4 }, stage2: { complaints: 1, per1000Homes: 2 } });
  });

  it("gives 0 with no complaints (a real figure, not a missing one)", () => {
    expect(ch01ComplaintsPer1000Homes([], { period: YEAR, homes: 800 })).toEqual({
      stage1: { complaints: 0, per1000Homes: 0 },
      stage2: { complaints: 0, per1000Homes: 0 },
    });
  });

  it.each([0, -5, 12.5, Number.NaN])("refuses %s homes", (homes) => {
    try {
      ch01ComplaintsPer1000Homes(records, { period: YEAR, homes });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ComplaintRuleError);
      expect((error as ComplaintRuleError).code).toBe("complaints.noHomes");
    }
  });

  it("refuses a backwards period", () => {
    expect(() => ch01ComplaintsPer1000Homes(records, { period: { from: YEAR.to, to: YEAR.from }, homes: 10 })).toThrow(/before it starts/);
  });
});
