import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { selectEqualShares } from "./equal-shares.js";
import { isExhaustive, pbRuleOf } from "./outcome.js";
import { parsePb } from "./pabulib.js";
import { arbitraryInstance, fixture, instance, plainEqualShares, plainEqualSharesAdd1 } from "./test-support.js";

describe("Method of Equal Shares", () => {
  it("reproduces the official Swiecie 2023 outcome (equalshares/add1)", () => {
    const pb = parsePb(fixture("Poland_Swiecie_2023.pb"));
    expect(pbRuleOf(pb)).toEqual({ rule: "mes", completion: "add1", minScore: null });
    const outcome = selectEqualShares(pb, { completion: "add1" });
    const official = pb.projects.filter((p) => p.selected).map((p) => p.id);
    expect([...outcome.selected].sort()).toEqual([...official].sort());
    expect(outcome.totalCost).toBeLessThanOrEqual(pb.budget);
    expect(outcome.totalCost).toBe(1_040_337n);
  });

  it("agrees with the plain voter-by-voter method on Swiecie without completion", () => {
    const pb = parsePb(fixture("Poland_Swiecie_2023.pb"));
    expect(selectEqualShares(pb, { completion: "none" }).selected).toEqual(plainEqualShares(pb, pb.budget));
  });

  it("shares the budget equally and buys by smallest payment per unit of cost", () => {
    // Budget 30, three voters with 10 each. p0 (cost 30) is wanted by all:
    // each pays 10. Nothing is left for p1.
    const outcome = selectEqualShares(instance(30n, [30n, 5n], [[0], [0], [0, 1]]), { completion: "none" });
    expect(outcome.selected).toEqual(["p0"]);
    // Budget 30: p1 (cost 12) by voters 0 and 1 at 6 each (rho 1/2), p0 (cost 20)
    // by voter 2 alone cannot be afforded (10 < 20).
    const second = selectEqualShares(instance(30n, [20n, 12n], [[1], [1], [0]]), { completion: "none" });
    expect(second.selected).toEqual(["p1"]);
  });

  it("breaks ties by lower cost, then more votes, then lot", () => {
    // Both projects need rho 1/2 from their two supporters: the cheaper wins.
    const byCost = selectEqualShares(instance(40n, [10n, 20n], [[0], [0], [1], [1]]), { completion: "none" });
    expect(byCost.selected[0]).toBe("p0");
    // Identical projects: lot, recorded and reproducible.
    const pb = instance(20n, [10n, 10n], [[0], [1]]);
    const a = selectEqualShares(pb, { completion: "none", seed: 5 });
    expect(a.lots).toHaveLength(1);
    expect(a.lots[0]!.among).toEqual(["p0", "p1"]);
    expect(selectEqualShares(pb, { completion: "none", seed: 5 })).toEqual(a);
  });

  it("prices a project left unchanged by earlier purchases in the current units", () => {
    // Per-voter budget 21: p2 and p4 tie on rho 1/2 and the cheaper p2 goes
    // first; p4 is then bought without being looked at again, and its price
    // must be converted to the units the purchase of p2 introduced.
    const pb = instance(147n, [446n, 92n, 1n, 53n, 41n, 1n], [[4], [], [2], [2], [], [4, 5], []]);
    expect(selectEqualShares(pb, { completion: "none" }).selected).toEqual(["p2", "p4"]);
    expect(plainEqualShares(pb, pb.budget)).toEqual(["p2", "p4"]);
  });

  it("matches the plain method on random instances, with and without Add1 (property)", () => {
    fc.assert(
      fc.property(arbitraryInstance, (pb) => {
        expect(selectEqualShares(pb, { completion: "none" }).selected).toEqual(plainEqualShares(pb, pb.budget));
        const add1 = selectEqualShares(pb, { completion: "add1" });
        const plain = plainEqualSharesAdd1(pb);
        expect(add1.selected).toEqual(plain.selected);
        expect(add1.sharedBudget).toBe(plain.shared);
      }),
      { numRuns: 300 },
    );
  });

  it("never exceeds the budget (property)", () => {
    fc.assert(
      fc.property(arbitraryInstance, fc.constantFrom("add1" as const, "none" as const), (pb, completion) => {
        const outcome = selectEqualShares(pb, { completion });
        expect(outcome.totalCost).toBeLessThanOrEqual(pb.budget);
        expect(new Set(outcome.selected).size).toBe(outcome.selected.length);
      }),
      { numRuns: 300 },
    );
  });

  it("is exhaustive after Add1 wherever a larger per-voter budget would still fit (property)", () => {
    fc.assert(
      fc.property(arbitraryInstance, (pb) => {
        const outcome = selectEqualShares(pb, { completion: "add1" });
        const n = BigInt(pb.votes.length);
        const buyable = pb.projects.filter((p) => p.cost > 0n && pb.votes.some((v) => v.projects.includes(p.id)));
        if (isExhaustive(pb, outcome.selected) || n === 0n || outcome.selected.length === buyable.length) return;
        // Not exhaustive, and more could be bought: the next per-voter budget must overspend.
        const next = ((outcome.sharedBudget ?? 0n) / n + 1n) * n;
        const overspend = plainEqualShares(pb, next);
        const cost = pb.projects.filter((p) => overspend.includes(p.id)).reduce((s, p) => s + p.cost, 0n);
        expect(cost).toBeGreaterThan(pb.budget);
      }),
      { numRuns: 300 },
    );
  });
});
