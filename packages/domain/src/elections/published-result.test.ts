import { describe, expect, it } from "vitest";
import { countPlurality } from "./plurality.js";
import { resultTable, type StageTable } from "./published-result.js";
import { formatFixed } from "./fixed-point.js";
import { stageToJson } from "./stage-table.js";
import { countScottishStv } from "./stv-scottish.js";
import type { Election } from "./ballots.js";

const candidates = ["Amira", "Bryn", "Cerys", "Dafydd"];
// 2 seats, 20 papers: quota 7. Amira's surplus of 3 goes to Bryn; then Dafydd is excluded.
const election: Election = {
  title: "Board",
  candidates,
  seats: 2,
  withdrawn: [],
  ballots: [
    { weight: 10, ranking: [0, 1] },
    { weight: 4, ranking: [2] },
    { weight: 3, ranking: [1, 2] },
    { weight: 3, ranking: [3, 2] },
  ],
};

/** What the count stores: the shape `hearth-count` prints. */
function stored(): Record<string, unknown> {
  const result = countScottishStv(election);
  return {
    rules: result.rules,
    seats: result.seats,
    validVotes: result.validVotes,
    quota: formatFixed(result.quota, result.decimals),
    elected: [...result.elected],
    stages: result.stages.map((stage) => stageToJson(stage, result.decimals)),
  };
}

describe("the published result", () => {
  it("shows each candidate's votes and transfers at every stage, as the count ran", () => {
    const table = resultTable(stored(), candidates) as StageTable;
    expect(table.kind).toBe("stv");
    expect(table.quota).toBe("7.00000");
    expect(table.stages[0]).toEqual({ number: 1, action: "first", subject: null });
    const amira = table.rows[0]!;
    expect(amira.cells[0]).toEqual({ votes: "10.00000", transfer: null });
    expect(amira.electedAt).toBe(1);
    const bryn = table.rows[1]!;
    expect(bryn.cells[1]!.transfer).toBe("3.00000");
    expect(table.elected).toEqual(countScottishStv(election).elected);
    expect(table.firstPreferences).toEqual([
      { candidate: "Amira", votes: 10 },
      { candidate: "Bryn", votes: 3 },
      { candidate: "Cerys", votes: 4 },
      { candidate: "Dafydd", votes: 3 },
    ]);
    // Every stage accounts for all 20 papers.
    for (let i = 0; i < table.stages.length; i++) {
      const total = table.rows.reduce((sum, row) => sum + Number(row.cells[i]!.votes ?? 0), 0) + Number(table.nonTransferable[i]!.votes);
      expect(total).toBeCloseTo(20, 5);
    }
  });

  it("shows a candidate excluded earlier as having no votes, not zero", () => {
    const table = resultTable(stored(), candidates) as StageTable;
    const dafydd = table.rows[3]!;
    expect(dafydd.excludedAt).not.toBeNull();
    const after = dafydd.cells.slice(dafydd.excludedAt!);
    expect(after.every((cell) => cell.votes === null && cell.transfer === null)).toBe(true);
  });

  it("reads a first-past-the-post tally", () => {
    const result = countPlurality({ ...election, seats: 1 });
    const table = resultTable({ method: result.method, seats: 1, validVotes: result.validVotes, votes: { ...result.votes }, elected: [...result.elected] }, candidates);
    expect(table).toEqual({
      kind: "tally",
      method: "plurality",
      seats: 1,
      validVotes: 20,
      elected: ["Amira"],
      rows: [
        { candidate: "Amira", votes: 10, elected: true },
        { candidate: "Bryn", votes: 3, elected: false },
        { candidate: "Cerys", votes: 4, elected: false },
        { candidate: "Dafydd", votes: 3, elected: false },
      ],
    });
  });

  it("refuses to guess at anything else", () => {
    expect(resultTable(null, candidates)).toBeNull();
    expect(resultTable({ seats: 1, validVotes: 1, elected: [], rules: "scottish", quota: "1", stages: [{ number: 1 }] }, candidates)).toBeNull();
  });
});
