import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Election } from "./ballots.js";
import { parseBlt } from "./blt.js";
import { stageToJson, stageTotal } from "./stage-table.js";
import { countScottishStv } from "./stv-scottish.js";
import { arbitraryElection, fixture, GLASGOW_WARDS, shuffledPapers } from "./test-support.js";

interface OfficialStage {
  stage: number;
  votes: Record<string, string>;
  nonTransferable: string;
  electedAtThisStage: string[];
  excludedAtThisStage: string[];
  surplusTransferredFrom: string | null;
}

const official = JSON.parse(fixture("Linn-2007.official.json").toString("utf8")) as {
  seats: number;
  validVotes: number;
  quota: string;
  stages: OfficialStage[];
};

describe("Scottish STV: the official Linn 2007 count", () => {
  const result = countScottishStv(parseBlt(fixture("Linn-2007.blt")));

  it("has the official seats, valid votes and quota", () => {
    expect(result.seats).toBe(official.seats);
    expect(result.validVotes).toBe(official.validVotes);
    expect(result.quota).toBe(191_400_000n);
    expect(official.quota).toBe("1914.00000");
  });

  it("has exactly the official stages", () => {
    expect(result.stages.map((s) => s.number)).toEqual(official.stages.map((s) => s.stage));
  });

  it.each(official.stages.map((s) => [s.stage, s] as const))("reproduces stage %i to 5 decimal places", (_, stage) => {
    const mine = result.stages[stage.stage - 1]!;
    const json = stageToJson(mine, 5);
    expect(json.votes).toEqual(stage.votes);
    expect(json.nonTransferable).toBe(stage.nonTransferable);
    expect([...json.elected].sort()).toEqual([...stage.electedAtThisStage].sort());
    expect(json.excluded).toEqual(stage.excludedAtThisStage);
    if (stage.surplusTransferredFrom !== null) {
      expect(json.action).toBe("surplus");
      expect(json.subject).toBe(stage.surplusTransferredFrom);
    } else if (stage.stage === 1) {
      expect(json.action).toBe("first");
    } else {
      expect(json.action).toBe("exclusion");
      expect([json.subject]).toEqual(stage.excludedAtThisStage);
    }
  });

  it("elects the four councillors in order of election", () => {
    expect(result.elected).toEqual(["David Ritchie", "Sadie Docherty", "John McKenzie", "Margot Clark"]);
    expect(result.lots).toEqual([]);
  });

  it("records why each thing happened", () => {
    expect(result.stages[0]!.notes).toEqual([{ type: "elected-quota", candidate: "David Ritchie" }]);
    expect(result.stages[2]!.notes).toEqual([{ type: "excluded-lowest", candidate: "Gordon Thomson" }]);
    expect(result.stages[1]!.transfers["David Ritchie"]).toBe(-12_900_000n);
  });
});

describe("Scottish STV: all 21 Glasgow wards of 2007", () => {
  it.each(GLASGOW_WARDS)("%s: fills every seat and conserves every vote", (file) => {
    const election = parseBlt(fixture(file));
    const result = countScottishStv(election);
    expect(result.elected).toHaveLength(election.seats);
    for (const stage of result.stages) expect(stageTotal(stage)).toBe(BigInt(result.validVotes) * 100_000n);
    const last = result.stages[result.stages.length - 1]!;
    expect(last.elected.length).toBeGreaterThan(0);
  });
});

function election(candidates: string[], seats: number, ballots: [number, ...number[]][], withdrawn: number[] = []): Election {
  return {
    title: "Test",
    candidates,
    seats,
    withdrawn,
    ballots: ballots.map(([weight, ...ranking]) => ({ weight, ranking })),
  };
}

describe("Scottish STV: the rules", () => {
  it("elects continuing candidates in the stage where they equal the vacancies", () => {
    // Quota floor(6/3)+1 = 3: A is elected at stage 1. C is excluded at
    // stage 2, leaving B alone for the last seat, elected in that stage.
    const result = countScottishStv(election(["A", "B", "C"], 2, [[3, 0], [2, 1], [1, 2]]));
    expect(result.stages).toHaveLength(2);
    expect(result.stages[0]!.elected).toEqual(["A"]);
    expect(result.stages[1]!.action).toBe("exclusion");
    expect(result.stages[1]!.subject).toBe("C");
    expect(result.stages[1]!.elected).toEqual(["B"]);
    expect(result.stages[1]!.notes).toContainEqual({ type: "elected-remaining", candidate: "B" });
    // C's paper has no further preference: exhausted.
    expect(result.stages[1]!.nonTransferable).toBe(100_000n);
  });

  it("stops once every seat is filled, leaving a surplus untransferred", () => {
    // Quota 4; A has 8 at stage 1 and the single seat is filled at once.
    const result = countScottishStv(election(["A", "B"], 1, [[8, 0, 1], [2, 1]]));
    expect(result.stages).toHaveLength(1);
    expect(result.elected).toEqual(["A"]);
    expect(result.stages[0]!.votes).toEqual({ A: 800_000n, B: 200_000n });
  });

  it("transfers all of an elected candidate's papers at value x surplus / total, truncated", () => {
    // Quota floor(10/3)+1 = 4. A has 7: surplus 3, transfer value 3/7 = 0.42857.
    const result = countScottishStv(election(["A", "B", "C", "D"], 2, [[4, 0, 1], [3, 0, 2], [2, 3], [1, 2]]));
    const stage2 = result.stages[1]!;
    expect(stage2.action).toBe("surplus");
    expect(stageToJson(stage2, 5).votes).toEqual({ A: "4.00000", B: "1.71428", C: "2.28571", D: "2.00000" });
    // 3 - 1.71428 - 1.28571 = 0.00001 lost to rounding.
    expect(stage2.nonTransferable).toBe(1n);
  });

  it("breaks a tie for exclusion by the most recent earlier stage at which the tied differed", () => {
    // Quota floor(11/3)+1 = 4. Stage 1: A 5 (elected), B 2, C 3, D 1.
    // Stage 2: A's surplus of 1 at 1/5 = 0.2 per paper lifts B to 3.
    // Stage 3: D is excluded. Stage 4: B and C are tied on 3, as they were
    // at stages 2 and 3, but B had fewer at stage 1, so B is excluded.
    const result = countScottishStv(election(["A", "B", "C", "D"], 2, [[5, 0, 1], [2, 1], [3, 2], [1, 3]]));
    expect(stageToJson(result.stages[1]!, 5).votes).toMatchObject({ B: "3.00000", C: "3.00000", D: "1.00000" });
    expect(result.stages[2]!.subject).toBe("D");
    const stage4 = result.stages[3]!;
    expect(stage4.subject).toBe("B");
    expect(stage4.notes).toContainEqual({ type: "tie-earlier-stage", among: ["B", "C"], chosen: "B", stage: 1 });
    expect(stage4.elected).toEqual(["C"]);
    expect(result.lots).toEqual([]);
  });

  it("draws lots for a tie at every stage, reproducibly, and records the draw", () => {
    const e = election(["A", "B", "C"], 1, [[2, 0], [2, 1], [1, 2]]);
    // C is excluded, then A and B tie at 2 with no earlier difference: lot.
    const first = countScottishStv(e, { seed: 7 });
    const again = countScottishStv(e, { seed: 7 });
    expect(again).toEqual(first);
    expect(first.lots).toHaveLength(1);
    expect(first.lots[0]!.among).toEqual(["A", "B"]);
    expect(first.seed).toBe(7);
    const outcomes = new Set<string>();
    for (let seed = 0; seed < 20; seed++) outcomes.add(countScottishStv(e, { seed }).elected.join());
    expect(outcomes).toEqual(new Set(["A", "B"]));
  });

  it("skips withdrawn candidates on every paper", () => {
    const result = countScottishStv(election(["A", "B", "C"], 1, [[3, 1, 2], [2, 2]], [1]));
    expect(result.stages[0]!.votes).toEqual({ A: 0n, C: 500_000n });
    expect(result.elected).toEqual(["C"]);
  });

  it("elects everyone when there are no more candidates than seats", () => {
    const result = countScottishStv(election(["A", "B"], 3, [[1, 0]]));
    expect(result.elected).toEqual(["A", "B"]);
    expect(result.stages).toHaveLength(1);
  });

  it("rejects ballots that are not whole papers", () => {
    expect(() => countScottishStv(election(["A", "B"], 1, [[1.5, 0]]))).toThrow(/whole numbers/);
    expect(() => countScottishStv(election(["A", "B"], 1, [[1, 0, 0]]))).toThrow(/twice/);
  });
});

describe("Scottish STV: properties", () => {
  it("conserves votes at every stage within the recorded non-transferable", () => {
    fc.assert(
      fc.property(arbitraryElection, fc.nat(), (e, seed) => {
        const result = countScottishStv(e, { seed: seed % 1000 });
        for (const stage of result.stages) expect(stageTotal(stage)).toBe(BigInt(result.validVotes) * 100_000n);
      }),
      { numRuns: 200 },
    );
  });

  it("elects exactly as many as there are seats (or every candidate standing)", () => {
    fc.assert(
      fc.property(arbitraryElection, (e) => {
        const standing = e.candidates.length - e.withdrawn.length;
        const result = countScottishStv(e);
        expect(result.elected).toHaveLength(Math.min(e.seats, standing));
        expect(new Set(result.elected).size).toBe(result.elected.length);
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same count whatever the order of the papers", () => {
    fc.assert(
      fc.property(arbitraryElection, fc.array(fc.nat(), { minLength: 1, maxLength: 50 }), (e, order) => {
        const a = countScottishStv(e);
        const b = countScottishStv(shuffledPapers(e, order));
        expect(b.stages.map((s) => stageToJson(s, 5))).toEqual(a.stages.map((s) => stageToJson(s, 5)));
        expect(b.elected).toEqual(a.elected);
      }),
      { numRuns: 150 },
    );
  });

  it("numbers stages from 1, one transfer per stage after the first", () => {
    fc.assert(
      fc.property(arbitraryElection, (e) => {
        const result = countScottishStv(e);
        result.stages.forEach((stage, i) => {
          expect(stage.number).toBe(i + 1);
          expect(stage.action === "first").toBe(i === 0);
          if (i > 0) expect(stage.subject).not.toBeNull();
          expect(stage.excluded.length).toBe(stage.action === "exclusion" ? 1 : 0);
        });
      }),
      { numRuns: 100 },
    );
  });
});
