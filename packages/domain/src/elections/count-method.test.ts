import { describe, expect, it } from "vitest";
import type { Election } from "./ballots.js";
import { parseBlt, writeBlt } from "./blt.js";
import { countElection, countEngine, recountArguments } from "./count-method.js";
import { resultTable } from "./published-result.js";

const names = ["Ann", "Bob", "Cai", "Dee"];
const paper = (ranking: number[], weight = 1) => ({ weight, ranking });

function election(ballots: Election["ballots"], seats = 2): Election {
  return { title: "Board", candidates: names, seats, withdrawn: [], ballots };
}

describe("counting an election by its system", () => {
  it("uses Scottish STV, Meek, plurality or approval as the system says", () => {
    expect(countEngine("stv-scottish", 3)).toEqual({ engine: "stv", rules: "scottish" });
    expect(countEngine("stv-meek", 3)).toEqual({ engine: "stv", rules: "meek" });
    expect(countEngine("approval", 2)).toEqual({ engine: "approval" });
    expect(countEngine("fptp", 1)).toEqual({ engine: "plurality" });
  });

  it("counts every cross under first past the post for several seats, not only the first", () => {
    // Papers keep ballot-paper order, so a plurality count would only ever see Ann.
    const ballots = [paper([0, 2], 3), paper([1, 2], 2), paper([0, 1], 1)];
    const count = countElection(election(ballots), "fptp");
    expect(count).toMatchObject({ method: "approval", votes: { Ann: 4, Bob: 3, Cai: 5, Dee: 0 }, elected: ["Cai", "Ann"] });
    const single = countElection(election([paper([0], 3), paper([1], 4)], 1), "fptp");
    expect(single).toMatchObject({ method: "plurality", votes: { Ann: 3, Bob: 4 }, elected: ["Bob"] });
  });

  it("records an STV count in the form hearth-count prints, stage by stage, with the seed and lots", () => {
    const ballots = [paper([0, 1], 4), paper([1, 0], 2), paper([2, 3], 3), paper([3], 1)];
    const count = countElection(election(ballots), "stv-scottish");
    expect(count).toMatchObject({ rules: "scottish", seats: 2, validVotes: 10, quota: "4.00000", seed: 1 });
    expect(Object.keys(count)).toEqual(["rules", "seats", "validVotes", "quota", "elected", "stages", "seed", "lots"]);
    if (!("stages" in count)) throw new Error("not an STV count");
    expect(count.stages[0]).toEqual({ number: 1, action: "first", subject: null, votes: { Ann: "4.00000", Bob: "2.00000", Cai: "3.00000", Dee: "1.00000" }, nonTransferable: "0.00000", elected: ["Ann"], excluded: [] });
    expect(count.elected).toHaveLength(2);
    // The results pages read exactly what is recorded.
    expect(resultTable(count, names)).toMatchObject({ kind: "stv", rules: "scottish", elected: count.elected });
  });

  it("gives the same count from a .blt file written and read back, so a recount can match it", () => {
    const source = election([paper([0, 1, 2]), paper([1, 2]), paper([2, 0]), paper([3, 2]), paper([2, 3]), paper([]), paper([0])], 2);
    for (const system of ["stv-scottish", "stv-meek", "approval", "fptp"] as const) {
      expect(countElection(parseBlt(writeBlt(source)), system)).toEqual(countElection(source, system));
    }
  });

  it("names the hearth-count command that repeats the count", () => {
    expect(recountArguments("stv-scottish", 3, "ballots.blt")).toEqual(["stv", "ballots.blt", "--rules", "scottish"]);
    expect(recountArguments("stv-meek", 3, "b.blt")).toEqual(["stv", "b.blt", "--rules", "meek"]);
    expect(recountArguments("fptp", 1, "b.blt")).toEqual(["plurality", "b.blt"]);
    expect(recountArguments("fptp", 2, "b.blt")).toEqual(["approval", "b.blt"]);
  });
});
