import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Election } from "./ballots.js";
import { parseBlt } from "./blt.js";
import { stageToJson, stageTotal } from "./stage-table.js";
import { countMeekStv, mulCeil9 } from "./stv-meek.js";
import { arbitraryElection, fixture, GLASGOW_WARDS, shuffledPapers } from "./test-support.js";

function election(candidates: string[], seats: number, ballots: [number, ...number[]][]): Election {
  return { title: "Test", candidates, seats, withdrawn: [], ballots: ballots.map(([weight, ...ranking]) => ({ weight, ranking })) };
}

describe("Meek STV (PR Foundation reference rule)", () => {
  it("multiplies to 9 places rounding up, exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 1_000_000_000 }), (w, k) => {
        const exact = (BigInt(w) * BigInt(k) + 999_999_999n) / 1_000_000_000n;
        expect(BigInt(mulCeil9(w, k))).toBe(exact);
      }),
      { numRuns: 2000 },
    );
  });

  it("defeats the lowest and elects on the quota (hand-counted)", () => {
    // 9 votes, 1 seat: quota 9/2 truncated + 0.000000001 = 4.500000001.
    const result = countMeekStv(election(["A", "B", "C"], 1, [[4, 0], [3, 1, 2], [2, 2, 1]]));
    expect(result.stages.map((s) => stageToJson(s, 9))).toEqual([
      {
        number: 1,
        action: "first",
        subject: null,
        votes: { A: "4.000000000", B: "3.000000000", C: "2.000000000" },
        nonTransferable: "0.000000000",
        elected: [],
        excluded: [],
      },
      {
        number: 2,
        action: "exclusion",
        subject: "C",
        votes: { A: "4.000000000", B: "5.000000000", C: "0.000000000" },
        nonTransferable: "0.000000000",
        elected: ["B"],
        excluded: ["C"],
      },
    ]);
    expect(result.quota).toBe(4_500_000_001n);
  });

  it("iterates keep factors, rounding up (hand-counted)", () => {
    // 11 votes, 2 seats: quota 3.666666667. A (6) is elected; its keep factor
    // becomes ceil(ceil(1 x 3.666666667) / 6) = 0.611111112, so A keeps
    // 6 x 0.611111112 and passes 6 x 0.388888888 to B, who then has 4.333333328.
    const result = countMeekStv(election(["A", "B", "C"], 2, [[6, 0, 1], [2, 1], [3, 2]]));
    expect(result.stages.map((s) => stageToJson(s, 9))).toEqual([
      {
        number: 1,
        action: "first",
        subject: null,
        votes: { A: "6.000000000", B: "2.000000000", C: "3.000000000" },
        nonTransferable: "0.000000000",
        elected: ["A"],
        excluded: [],
      },
      {
        number: 2,
        action: "surplus",
        subject: null,
        votes: { A: "3.666666672", B: "4.333333328", C: "3.000000000" },
        nonTransferable: "0.000000000",
        elected: ["B"],
        excluded: [],
      },
    ]);
    expect(result.elected).toEqual(["A", "B"]);
  });

  it.each(GLASGOW_WARDS)("%s: fills every seat and conserves every vote", (file) => {
    const e = parseBlt(fixture(file));
    const result = countMeekStv(e);
    expect(result.elected).toHaveLength(e.seats);
    for (const stage of result.stages) expect(stageTotal(stage)).toBe(BigInt(result.validVotes) * 1_000_000_000n);
  });

  it("conserves votes at every stage and fills the seats (property)", () => {
    fc.assert(
      fc.property(arbitraryElection, (e) => {
        const result = countMeekStv(e);
        const standing = e.candidates.length - e.withdrawn.length;
        expect(result.elected).toHaveLength(Math.min(e.seats, standing));
        for (const stage of result.stages) expect(stageTotal(stage)).toBe(BigInt(result.validVotes) * 1_000_000_000n);
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same count whatever the order of the papers (property)", () => {
    fc.assert(
      fc.property(arbitraryElection, fc.array(fc.nat(), { minLength: 1, maxLength: 50 }), (e, order) => {
        const a = countMeekStv(e);
        const b = countMeekStv(shuffledPapers(e, order));
        expect(b.stages.map((s) => stageToJson(s, 9))).toEqual(a.stages.map((s) => stageToJson(s, 9)));
      }),
      { numRuns: 100 },
    );
  });
});
