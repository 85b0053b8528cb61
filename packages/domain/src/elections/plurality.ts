// First past the post for one or more seats: each ballot counts for its
// first usable preference; the candidates with most votes win. A tie across
// the last seat is settled by lot.
import { packBallots, type Election } from "./ballots.js";
import { createLot, DEFAULT_SEED, type Lot } from "./lot.js";
import type { LotRecord } from "./stage-table.js";

export interface PluralityOptions {
  /** Seats to fill; defaults to the election's. */
  readonly seats?: number;
  readonly seed?: number;
}

export interface TallyResult {
  readonly method: "plurality" | "approval";
  readonly seats: number;
  /** Ballots with at least one usable mark. */
  readonly validVotes: number;
  /** Votes per candidate (withdrawn candidates omitted), in ballot-paper order. */
  readonly votes: Readonly<Record<string, number>>;
  /** Highest first. */
  readonly elected: readonly string[];
  readonly seed: number;
  readonly lots: readonly LotRecord[];
}

/** Picks the `seats` highest tallies; only a tie that straddles the last seat goes to lot. */
export function electByTally(input: {
  readonly names: readonly string[];
  readonly tally: readonly number[];
  readonly eligible: readonly number[];
  readonly seats: number;
  readonly lot: Lot;
}): { elected: number[]; lots: LotRecord[] } {
  const order = [...input.eligible].sort((a, b) => (input.tally[b] as number) - (input.tally[a] as number) || a - b);
  const seats = Math.min(input.seats, order.length);
  const lots: LotRecord[] = [];
  if (seats === 0) return { elected: [], lots };
  const cutoff = input.tally[order[seats - 1] as number] as number;
  const sure = order.filter((c) => (input.tally[c] as number) > cutoff);
  const tied = order.filter((c) => input.tally[c] === cutoff);
  const elected = [...sure];
  let field = [...tied];
  while (elected.length < seats) {
    if (field.length + elected.length === seats) {
      elected.push(...field);
      break;
    }
    const draw = input.lot.draws + 1;
    const { item } = input.lot.draw(field);
    lots.push({ stage: 1, among: field.map((c) => input.names[c] as string), chosen: input.names[item] as string, draw });
    elected.push(item);
    field = field.filter((c) => c !== item);
  }
  return { elected, lots };
}

type Packed = ReturnType<typeof packBallots>;

/**
 * Plurality and approval differ only in which marks on a ballot count:
 * `tallyGroup` adds one group of identical ballots to the tally.
 */
export function countByTally(
  method: TallyResult["method"],
  election: Election,
  options: PluralityOptions,
  tallyGroup: (packed: Packed, group: number, tally: number[]) => void,
): TallyResult {
  const seats = options.seats ?? election.seats;
  const seed = options.seed ?? DEFAULT_SEED;
  const packed = packBallots({ ...election, seats }, { wholeWeights: true });
  const names = election.candidates;
  const tally = new Array<number>(names.length).fill(0);
  for (let g = 0; g < packed.count; g++) tallyGroup(packed, g, tally);
  const withdrawn = new Set(election.withdrawn);
  const eligible = names.map((_, c) => c).filter((c) => !withdrawn.has(c));
  const { elected, lots } = electByTally({ names, tally, eligible, seats, lot: createLot(seed) });
  const votes: Record<string, number> = {};
  for (const c of eligible) votes[names[c] as string] = tally[c] as number;
  return {
    method,
    seats,
    validVotes: packed.validVotes,
    votes,
    elected: elected.map((c) => names[c] as string),
    seed,
    lots,
  };
}

export function countPlurality(election: Election, options: PluralityOptions = {}): TallyResult {
  return countByTally("plurality", election, options, (packed, g, tally) => {
    const first = packed.prefs[packed.starts[g] as number] as number;
    tally[first] = (tally[first] as number) + (packed.weights[g] as number);
  });
}
