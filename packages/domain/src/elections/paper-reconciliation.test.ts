import { describe, expect, it } from "vitest";
import { paperProblems } from "./paper-reconciliation.js";

describe("reconciling paper returns with keyed papers", () => {
  it("is satisfied when every batch is checked and the papers match the returns", () => {
    expect(paperProblems({ returns: 0, confirmedPapers: 0, awaitingBatches: 0, awaitingPapers: 0 })).toEqual([]);
    expect(paperProblems({ returns: 42, confirmedPapers: 42, awaitingBatches: 0, awaitingPapers: 0 })).toEqual([]);
  });

  it("says how many papers are missing or extra, and which batches still wait for a second officer", () => {
    expect(paperProblems({ returns: 42, confirmedPapers: 30, awaitingBatches: 1, awaitingPapers: 10 })).toEqual([
      { code: "elections.counting.batchesAwaiting", batches: 1, papers: 10 },
      { code: "elections.counting.fewerPapers", returns: 42, papers: 30, difference: 12 },
    ]);
    expect(paperProblems({ returns: 5, confirmedPapers: 7, awaitingBatches: 0, awaitingPapers: 0 })).toEqual([{ code: "elections.counting.morePapers", returns: 5, papers: 7, difference: 2 }]);
  });
});
