import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complaintsPer1000Homes, lastTwelveMonths, prioritiseServices, type PriorityInput } from "./prioritisation.js";

const covered = { status: "covered" as const, dueBy: "2029-05-01" };
const service = (id: string, over: Partial<PriorityInput> = {}): PriorityInput => ({
  serviceAreaId: id,
  starsTotal: 24,
  programme: covered,
  complaints: 0,
  breachedTargets: 0,
  ...over,
});

describe("prioritising services for review", () => {
  it("counts complaints over the twelve months ending today", () => {
    expect(lastTwelveMonths("2026-06-15")).toEqual({ from: "2025-06-16", to: "2026-06-15" });
    expect(lastTwelveMonths("2026-03-01")).toEqual({ from: "2025-03-02", to: "2026-03-01" });
    expect(lastTwelveMonths("2028-02-29")).toEqual({ from: "2027-03-01", to: "2028-02-29" });
  });

  it("works out complaints per 1,000 homes to one decimal place", () => {
    expect(complaintsPer1000Homes(37, 1600)).toBe(23.1);
    expect(complaintsPer1000Homes(0, 1600)).toBe(0);
    expect(complaintsPer1000Homes(5, 0)).toBe(0);
  });

  it("puts an overdue service first and says why, with the figures", () => {
    const ranked = prioritiseServices(
      [service("rent", { starsTotal: 20, complaints: 8 }), service("grounds", { programme: { status: "overdue", dueBy: "2026-03-01" } }), service("lettings")],
      { homes: 1600 },
    );
    expect(ranked.map((p) => p.serviceAreaId)).toEqual(["grounds", "rent", "lettings"]);
    expect(ranked[0]).toEqual({
      serviceAreaId: "grounds",
      rank: 1,
      score: 46,
      reasons: [
        { key: "priorities.reason.overdue", points: 40, params: { dueBy: "2026-03-01" } },
        { key: "priorities.reason.lowStars", points: 6, params: { total: 24, max: 30 } },
      ],
    });
    expect(ranked[1]!.reasons).toEqual([
      { key: "priorities.reason.complaints", points: 30, params: { count: 8, per1000Homes: 5 } },
      { key: "priorities.reason.lowStars", points: 10, params: { total: 20, max: 30 } },
    ]);
  });

  it("ranks lower stars higher when nothing else differs", () => {
    const ranked = prioritiseServices([service("a", { starsTotal: 22 }), service("b", { starsTotal: 9 }), service("c", { starsTotal: 15 })], { homes: 1000 });
    expect(ranked.map((p) => [p.serviceAreaId, p.rank])).toEqual([
      ["b", 1],
      ["c", 2],
      ["a", 3],
    ]);
  });

  it("scales complaints against the service with the highest rate", () => {
    const ranked = prioritiseServices([service("a", { complaints: 10 }), service("b", { complaints: 40 }), service("c", { complaints: 20 })], { homes: 2000 });
    expect(ranked.map((p) => p.serviceAreaId)).toEqual(["b", "c", "a"]);
    const points = (id: string) => ranked.find((p) => p.serviceAreaId === id)!.reasons.find((r) => r.key === "priorities.reason.complaints")!.points;
    expect([points("b"), points("c"), points("a")]).toEqual([30, 15, 7.5]);
  });

  it("counts a service never assessed as middling and says it has no assessment", () => {
    const [first, second] = prioritiseServices([service("known", { starsTotal: 18 }), service("unknown", { starsTotal: null })], { homes: 1000 });
    expect(first!.serviceAreaId).toBe("unknown");
    expect(first!.reasons).toEqual([{ key: "priorities.reason.noStars", points: 15, params: {} }]);
    expect(second!.score).toBe(12);
  });

  it("adds missed neighbourhood targets, up to three", () => {
    const [top] = prioritiseServices([service("a", { starsTotal: 30 }), service("b", { starsTotal: 30, breachedTargets: 5 })], { homes: 1000 });
    expect(top!.reasons).toEqual([{ key: "priorities.reason.breachedTargets", points: 30, params: { count: 5 } }]);
  });

  it("puts at-risk between overdue and covered, and keeps the given order on a tie", () => {
    const ranked = prioritiseServices(
      [service("x"), service("y", { programme: { status: "at-risk", dueBy: "2028-01-01" } }), service("z"), service("w", { programme: { status: "overdue", dueBy: "2025-01-01" } })],
      { homes: 1000 },
    );
    expect(ranked.map((p) => p.serviceAreaId)).toEqual(["w", "y", "x", "z"]);
    expect(ranked.find((p) => p.serviceAreaId === "x")!.reasons).toEqual([{ key: "priorities.reason.lowStars", points: 6, params: { total: 24, max: 30 } }]);
  });

  it("gives a perfect service with no complaints no reasons at all", () => {
    expect(prioritiseServices([service("best", { starsTotal: 30 })], { homes: 1000 })[0]).toEqual({ serviceAreaId: "best", rank: 1, score: 0, reasons: [] });
  });

  it("always: ranked by score, highest first; the score is the sum of the reasons' points; more of any reason never ranks lower", () => {
    const input = fc.record({
      starsTotal: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
      status: fc.constantFrom("covered" as const, "at-risk" as const, "overdue" as const),
      complaints: fc.integer({ min: 0, max: 200 }),
      breachedTargets: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(input, { minLength: 1, maxLength: 8 }), (rows) => {
        const services = rows.map((r, i) => service(`s${i}`, { starsTotal: r.starsTotal, programme: { status: r.status, dueBy: "2028-01-01" }, complaints: r.complaints, breachedTargets: r.breachedTargets }));
        const ranked = prioritiseServices(services, { homes: 1500 });
        expect(ranked).toHaveLength(services.length);
        ranked.forEach((p, i) => {
          expect(p.rank).toBe(i + 1);
          if (i > 0) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(p.score);
          expect(Math.abs(p.reasons.reduce((t, r) => t + r.points, 0) - p.score)).toBeLessThan(0.11);
        });
        // An extra missed target for the first service never moves it down.
        const worse = services.map((s, i) => (i === 0 ? { ...s, breachedTargets: s.breachedTargets + 1 } : s));
        const before = ranked.find((p) => p.serviceAreaId === "s0")!.rank;
        const after = prioritiseServices(worse, { homes: 1500 }).find((p) => p.serviceAreaId === "s0")!.rank;
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });
});
