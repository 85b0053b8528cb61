import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countApproval } from "./approval.js";
import type { Election } from "./ballots.js";
import { parseBlt } from "./blt.js";
import { countPlurality } from "./plurality.js";
import { arbitraryElection, fixture } from "./test-support.js";

function election(candidates: string[], seats: number, ballots: [number, ...number[]][], withdrawn: number[] = []): Election {
  return { title: "T", candidates, seats, withdrawn, ballots: ballots.map(([weight, ...ranking]) => ({ weight, ranking })) };
}

describe("first past the post", () => {
  it("counts first preferences and elects the most voted", () => {
    const result = countPlurality(election(["A", "B", "C"], 1, [[3, 0, 1], [4, 1], [2, 2, 0]]));
    expect(result.votes).toEqual({ A: 3, B: 4, C: 2 });
    expect(result.elected).toEqual(["B"]);
    expect(result.validVotes).toBe(9);
  });

  it("fills several seats and skips withdrawn candidates to the next preference", () => {
    const result = countPlurality(election(["A", "B", "C"], 2, [[3, 1, 0], [2, 2], [1, 0]], [1]), { seats: 2 });
    expect(result.votes).toEqual({ A: 4, C: 2 });
    expect(result.elected).toEqual(["A", "C"]);
  });

  it("draws lots only for a tie across the last seat, reproducibly", () => {
    const e = election(["A", "B", "C", "D"], 2, [[5, 0], [3, 1], [3, 2], [1, 3]]);
    const result = countPlurality(e, { seed: 3 });
    expect(result.elected[0]).toBe("A");
    expect(result.lots).toHaveLength(1);
    expect(result.lots[0]!.among).toEqual(["B", "C"]);
    expect(countPlurality(e, { seed: 3 })).toEqual(result);
    const winners = new Set<string>();
    for (let seed = 0; seed < 20; seed++) winners.add(countPlurality(e, { seed }).elected[1]!);
    expect(winners).toEqual(new Set(["B", "C"]));
  });

  it("matches Linn 2007 first preferences", () => {
    const result = countPlurality(parseBlt(fixture("Linn-2007.blt")));
    expect(result.votes["David Ritchie"]).toBe(2043);
    expect(result.elected).toEqual(["David Ritchie", "Sadie Docherty", "John McKenzie", "Margot Clark"]);
  });

  it("elects exactly the seats, and never someone with fewer votes than a loser (property)", () => {
    fc.assert(
      fc.property(arbitraryElection, (e) => {
        for (const count of [countPlurality, countApproval]) {
          const result = count(e);
          const standing = e.candidates.length - e.withdrawn.length;
          expect(result.elected).toHaveLength(Math.min(e.seats, standing));
          const lowestIn = Math.min(...result.elected.map((c) => result.votes[c]!));
          for (const [name, v] of Object.entries(result.votes)) if (!result.elected.includes(name)) expect(v).toBeLessThanOrEqual(lowestIn);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("approval voting", () => {
  it("counts every marked candidate once per paper", () => {
    const result = countApproval(election(["A", "B", "C"], 2, [[3, 0, 1], [4, 1], [2, 2, 0]]));
    expect(result.votes).toEqual({ A: 5, B: 7, C: 2 });
    expect(result.elected).toEqual(["B", "A"]);
    expect(result.method).toBe("approval");
  });
});
