import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pbBallotProblems, pbBallotTypeOf } from "./ballot.js";
import { parsePb, PbSyntaxError, writePb } from "./pabulib.js";
import { arbitraryInstance, fixture, PB_FIXTURES } from "./test-support.js";

function syntaxError(text: string): PbSyntaxError {
  try {
    parsePb(text);
  } catch (error) {
    if (error instanceof PbSyntaxError) return error;
    throw error;
  }
  throw new Error("expected a PbSyntaxError");
}

describe("pabulib reader", () => {
  it.each(PB_FIXTURES)("%s: reads every project and vote", (file) => {
    const pb = parsePb(fixture(file));
    expect(pb.projects).toHaveLength(Number(pb.meta["num_projects"]));
    expect(pb.votes).toHaveLength(Number(pb.meta["num_votes"]));
    expect(pb.budget).toBe(BigInt(pb.meta["budget"]!));
  });

  it("reads quoted fields with semicolons and doubled quotes", () => {
    const pb = parsePb(fixture("Poland_Gdynia_2021_Witomino__large.pb"));
    expect(pb.projects[1]!.name).toContain('przy ""Ryneczku""'.replaceAll('""', '"'));
  });

  it("reads comma decimals, LF or CR line ends, string ids and points", () => {
    const text = [
      "META",
      "key;value",
      "budget;1000,50",
      "vote_type;ordinal",
      "PROJECTS",
      "project_id;cost;name",
      'A-1;200,5;"Park; phase ""two"""',
      "B/2;800;Library",
      "VOTES",
      "voter_id;vote;points",
      "x1;B/2,A-1;2,1",
      "x2;;",
    ].join("\r");
    const pb = parsePb(text);
    expect(pb.decimals).toBe(2);
    expect(pb.budget).toBe(100_050n);
    expect(pb.projects.map((p) => [p.id, p.cost, p.name])).toEqual([
      ["A-1", 20_050n, 'Park; phase "two"'],
      ["B/2", 80_000n, "Library"],
    ]);
    expect(pb.votes[0]).toMatchObject({ voterId: "x1", projects: ["B/2", "A-1"], points: [2, 1] });
    expect(pb.votes[1]).toMatchObject({ projects: [], points: [] });
  });

  it.each([
    ["META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\np1;50\nVOTES\nvoter_id;vote\n1;p1,p9\n", 9, /p9/],
    ["META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\np1;fifty\nVOTES\nvoter_id;vote\n", 6, /not an amount/],
    ["META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\np1;5;x\nVOTES\nvoter_id;vote\n", 6, /3 fields/],
    ["META\nkey;value\nbudget;lots\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n", 3, /budget/],
    ["hello\n", 1, /META, PROJECTS or VOTES/],
    ["META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\np1;5\np1;6\nVOTES\nvoter_id;vote\n", 7, /twice/],
  ] as const)("reports malformed input with its line (%#)", (text, line, message) => {
    const error = syntaxError(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });
});

describe("pabulib writer", () => {
  it.each(PB_FIXTURES)("%s: writes what the reader reads back", (file) => {
    const pb = parsePb(fixture(file));
    const text = writePb(pb);
    expect(text).toMatch(/^META\r\n/);
    expect(parsePb(text)).toEqual(pb);
  });

  it("round-trips instances built in code (property)", () => {
    fc.assert(
      fc.property(arbitraryInstance, (pb) => {
        const back = parsePb(writePb(pb));
        expect(back.budget).toBe(pb.budget);
        expect(back.projects.map((p) => [p.id, p.cost])).toEqual(pb.projects.map((p) => [p.id, p.cost]));
        expect(back.votes.map((v) => v.projects)).toEqual(pb.votes.map((v) => v.projects));
      }),
      { numRuns: 100 },
    );
  });
});

describe("ballot types", () => {
  it("reads the ballot form from META", () => {
    expect(pbBallotTypeOf(parsePb(fixture("Poland_Warszawa_2017_Anin.pb")))).toEqual({ kind: "approval-knapsack", maxCost: 122_468n });
    expect(pbBallotTypeOf(parsePb(fixture("Poland_Warszawa_2022_Wawer.pb")))).toEqual({ kind: "approval-max", maxProjects: 15, minProjects: 1 });
    expect(pbBallotTypeOf(parsePb(fixture("Poland_Swiecie_2023.pb")))).toEqual({ kind: "approval" });
  });

  it("finds what is wrong with a ballot", () => {
    const costs = new Map([
      ["a", 5n],
      ["b", 7n],
    ]);
    expect(pbBallotProblems(["a", "b"], { kind: "approval-knapsack", maxCost: 10n }, costs)).toEqual([{ kind: "too-expensive", cost: 12n, maxCost: 10n }]);
    expect(pbBallotProblems(["a", "b"], { kind: "approval-max", maxProjects: 1, minProjects: 0 }, costs)).toEqual([{ kind: "too-many", count: 2, maxProjects: 1 }]);
    expect(pbBallotProblems(["c"], { kind: "approval" }, costs)).toEqual([{ kind: "unknown-project", project: "c" }]);
    expect(pbBallotProblems([], { kind: "approval-max", maxProjects: 3, minProjects: 1 }, costs)).toEqual([{ kind: "too-few", count: 0, minProjects: 1 }]);
  });

  it("finds real Warszawa 2017 ballots within the budget", () => {
    const pb = parsePb(fixture("Poland_Warszawa_2017_Anin.pb"));
    const type = pbBallotTypeOf(pb);
    const costs = new Map(pb.projects.map((p) => [p.id, p.cost]));
    const bad = pb.votes.filter((v) => pbBallotProblems(v.projects, type, costs).length > 0);
    expect(bad).toEqual([]);
  });
});
