// Approval voting: every candidate marked on a ballot gets that ballot's
// weight (a ranked ballot's order is ignored); the `seats` candidates with
// most approvals win, a tie across the last seat settled by lot.
import type { Election } from "./ballots.js";
import { countByTally, type TallyResult } from "./plurality.js";

export interface ApprovalOptions {
  readonly seats?: number;
  readonly seed?: number;
}

export function countApproval(election: Election, options: ApprovalOptions = {}): TallyResult {
  return countByTally("approval", election, options, (packed, g, tally) => {
    const start = packed.starts[g] as number;
    const stop = start + (packed.lengths[g] as number);
    for (let i = start; i < stop; i++) {
      const c = packed.prefs[i] as number;
      tally[c] = (tally[c] as number) + (packed.weights[g] as number);
    }
  });
}
