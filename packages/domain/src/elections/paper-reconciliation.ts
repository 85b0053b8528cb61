/**
 * Paper ballots are recorded twice, on purpose apart: the returned envelope
 * marks the voter on the register, and the ballot papers inside are keyed in
 * batches that a second officer checks. Before the count the two must agree:
 * every batch checked, and as many papers in confirmed batches as envelopes
 * marked returned. When they do not, the officer is told by how many.
 */
export interface PaperFigures {
  /** Voters marked as having returned a paper ballot. */
  returns: number;
  /** Papers in batches a second officer has confirmed (void papers included). */
  confirmedPapers: number;
  /** Batches keyed but not yet confirmed or rejected, and the papers in them. */
  awaitingBatches: number;
  awaitingPapers: number;
}

export type PaperProblem =
  | { code: "elections.counting.batchesAwaiting"; batches: number; papers: number }
  | { code: "elections.counting.fewerPapers"; returns: number; papers: number; difference: number }
  | { code: "elections.counting.morePapers"; returns: number; papers: number; difference: number };

export function paperProblems(figures: PaperFigures): PaperProblem[] {
  const problems: PaperProblem[] = [];
  if (figures.awaitingBatches > 0) problems.push({ code: "elections.counting.batchesAwaiting", batches: figures.awaitingBatches, papers: figures.awaitingPapers });
  const difference = figures.returns - figures.confirmedPapers;
  const counts = { returns: figures.returns, papers: figures.confirmedPapers };
  if (difference > 0) problems.push({ code: "elections.counting.fewerPapers", ...counts, difference });
  if (difference < 0) problems.push({ code: "elections.counting.morePapers", ...counts, difference: -difference });
  return problems;
}
