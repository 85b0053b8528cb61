import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { selectEqualShares } from "./equal-shares.js";
import { selectGreedy } from "./greedy.js";
import { pbRuleOf, pbScores } from "./outcome.js";
import { parsePb } from "./pabulib.js";
import { arbitraryInstance, fixture, instance, PB_FIXTURES } from "./test-support.js";

describe("official outcomes of every shared pabulib file", () => {
  it.each(PB_FIXTURES)("%s: reproduces the selected column by the rule META names", (file) => {
    const pb = parsePb(fixture(file));
    const choice = pbRuleOf(pb);
    expect(choice).not.toBeNull();
    const outcome =
      choice!.rule === "mes"
        ? selectEqualShares(pb, { completion: choice!.completion ?? "none" })
        : selectGreedy(pb, {
            variant: choice!.rule === "greedy-no-skip" ? "no-skip" : "skip",
            ...(choice!.minScore === null ? {} : { minScore: choice!.minScore }),
          });
    const official = pb.projects.filter((p) => p.selected).map((p) => p.id);
    expect([...outcome.selected].sort()).toEqual([...official].sort());
    expect(outcome.totalCost).toBeLessThanOrEqual(pb.budget);
  });
});

describe("greedy by votes", () => {
  // Votes: p0 3, p1 2, p2 1, p3 1. Costs 6, 5, 3, 1; budget 10.
  const pb = instance(10n, [6n, 5n, 3n, 1n], [[0, 1], [0, 1, 2], [0, 3]]);

  it("skips projects that no longer fit", () => {
    expect(selectGreedy(pb).selected).toEqual(["p0", "p3", "p2"]);
  });

  it("stops at the first that does not fit in the no-skip variant", () => {
    const outcome = selectGreedy(pb, { variant: "no-skip" });
    expect(outcome.selected).toEqual(["p0"]);
    expect(outcome.rule).toBe("greedy-no-skip");
  });

  it("prefers the cheaper of two projects with equal votes", () => {
    // p2 and p3 both have 1 vote; p3 (cost 1) goes first.
    expect(selectGreedy(pb).selected.indexOf("p3")).toBeLessThan(selectGreedy(pb).selected.indexOf("p2"));
  });

  it("draws lots only when equal projects cannot all be afforded", () => {
    const tie = instance(10n, [6n, 6n], [[0], [1]]);
    const outcome = selectGreedy(tie, { seed: 2 });
    expect(outcome.selected).toHaveLength(1);
    expect(outcome.lots).toEqual([{ among: ["p0", "p1"], chosen: outcome.selected, draw: 1 }]);
    expect(selectGreedy(instance(12n, [6n, 6n], [[0], [1]])).lots).toEqual([]);
  });

  it("applies a minimum score and never funds a project nobody voted for", () => {
    expect(selectGreedy(pb, { minScore: 2n }).selected).toEqual(["p0"]);
    expect(selectGreedy(instance(10n, [1n, 1n], [[0]])).selected).toEqual(["p0"]);
  });

  it("ranks ordinal ballots by points where the file gives them", () => {
    const pb2 = parsePb(fixture("Poland_Krakow_2021_Mistrzejowice.pb"));
    const scores = pbScores(pb2);
    for (const p of pb2.projects) expect(scores.get(p.id)!.toString()).toBe(p.fields["score"]);
  });

  it("never exceeds the budget (property)", () => {
    fc.assert(
      fc.property(arbitraryInstance, fc.constantFrom("skip" as const, "no-skip" as const), (inst, variant) => {
        const outcome = selectGreedy(inst, { variant });
        expect(outcome.totalCost).toBeLessThanOrEqual(inst.budget);
        const cost = inst.projects.filter((p) => outcome.selected.includes(p.id)).reduce((s, p) => s + p.cost, 0n);
        expect(cost).toBe(outcome.totalCost);
      }),
      { numRuns: 300 },
    );
  });
});
