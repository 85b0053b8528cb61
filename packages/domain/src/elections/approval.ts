// Approval voting: every candidate marked on a ballot gets that ballot's
// weight (a ranked ballot's order is ignored); the `seats` candidates with
// most approvals win, a tie across the last seat settled by lot.
import { packBallots, type Election } from "./ballots.js";
import { createLot, DEFAULT_SEED } from "./lot.js";
import { electByTally, type TallyResult } from "./plurality.js";

export interface ApprovalOptions {
  readonly seats?: number;
  readonly seed?: number;
}

export function countApproval(election: Election, options: ApprovalOptions = {}): TallyResult {
  const seats = options.seats ?? election.seats;
  const seed = options.seed ?? DEFAULT_SEED;
  const packed = packBallots({ ...election, seats }, { wholeWeights: true });
  const names = election.candidates;
  const tally = new Array<number>(names.length).fill(0);
  for (let g = 0; g < packed.count; g++) {
    const start = packed.starts[g] as number;
    const stop = start + (packed.lengths[g] as number);
    for (let i = start; i < stop; i++) {
      const c = packed.prefs[i] as number;
      tally[c] = (tally[c] as number) + (packed.weights[g] as number);
    }
  }
  const withdrawn = new Set(election.withdrawn);
  const eligible = names.map((_, c) => c).filter((c) => !withdrawn.has(c));
  const { elected, lots } = electByTally({ names, tally, eligible, seats, lot: createLot(seed) });
  const votes: Record<string, number> = {};
  for (const c of eligible) votes[names[c] as string] = tally[c] as number;
  return {
    method: "approval",
    seats,
    validVotes: packed.validVotes,
    votes,
    elected: elected.map((c) => names[c] as string),
    seed,
    lots,
  };
}
