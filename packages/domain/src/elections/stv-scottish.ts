// Single transferable vote under the Scottish Local Government Elections
// Order 2007 (SSI 2007/42, schedule 1, rules 45-52):
// - Droop quota floor(valid / (seats + 1)) + 1; elected on reaching it;
// - the largest surplus is transferred first, taking every paper the elected
//   candidate holds, each at value x surplus / total, truncated to 5 places;
// - otherwise the lowest candidate is excluded, one per stage, papers moving
//   at the value they arrived with;
// - no deferred surpluses, no bulk exclusion;
// - when continuing candidates equal the vacancies left they are elected;
// - ties: most recent earlier stage at which the tied candidates differed,
//   then lot.
//
// Values are integers in units of 0.00001 vote. Running totals stay far below
// 2^53, so they are kept as exact integer Numbers in the hot loops; the one
// multiplication that could overflow (the transfer value) is done in bigint.
import { packBallots, type Election } from "./ballots.js";
import { createLot, DEFAULT_SEED } from "./lot.js";
import type { LotRecord, Stage, StageAction, StageNote, StvResult } from "./stage-table.js";
import { breakTie } from "./tie-break.js";

export interface ScottishStvOptions {
  /** Seed for drawing lots; recorded in the result. */
  readonly seed?: number;
}

const DECIMALS = 5;
const UNIT = 100_000;

const CONTINUING = 0;
const ELECTED = 1;
const EXCLUDED = 2;
const WITHDRAWN = 3;

export function countScottishStv(election: Election, options: ScottishStvOptions = {}): StvResult {
  const seed = options.seed ?? DEFAULT_SEED;
  const lot = createLot(seed);
  const packed = packBallots(election, { wholeWeights: true });
  const names = election.candidates;
  const n = names.length;
  const seats = election.seats;
  const validVotes = packed.validVotes;
  if (validVotes * UNIT > Number.MAX_SAFE_INTEGER) throw new RangeError("too many papers to count exactly");

  const status = new Uint8Array(n);
  for (const w of election.withdrawn) status[w] = WITHDRAWN;
  const { weights, starts, lengths, prefs } = packed;
  const position = new Int32Array(packed.count);
  const value = new Int32Array(packed.count).fill(UNIT);
  const piles: number[][] = Array.from({ length: n }, () => []);
  const totals = new Array<number>(n).fill(0);

  for (let g = 0; g < packed.count; g++) {
    const first = prefs[starts[g] as number] as number;
    (piles[first] as number[]).push(g);
    totals[first] = (totals[first] as number) + (weights[g] as number) * UNIT;
  }

  const quotaVotes = (validVotes - (validVotes % (seats + 1))) / (seats + 1) + 1;
  const quota = quotaVotes * UNIT;
  let nonTransferable = 0;
  const stages: Stage[] = [];
  const history: number[][] = [];
  const lots: LotRecord[] = [];
  const elected: number[] = [];
  const surplusPending = new Uint8Array(n);
  const excludedBefore = new Uint8Array(n);

  const resolve = (tied: number[], prefer: "lowest" | "highest", stageNumber: number, notes: StageNote[]): number => {
    const resolution = breakTie({ tied, history, beforeStage: stageNumber, prefer, lot });
    if (resolution.by === "earlier-stage") {
      notes.push({
        type: "tie-earlier-stage",
        among: tied.map((c) => names[c] as string),
        chosen: names[resolution.chosen] as string,
        stage: resolution.stage,
      });
    }
    if (resolution.by === "lot") {
      const among = resolution.among.map((c) => names[c] as string);
      const chosen = names[resolution.chosen] as string;
      notes.push({ type: "tie-lot", among, chosen, draw: resolution.draw });
      lots.push({ stage: stageNumber, among, chosen, draw: resolution.draw });
    }
    return resolution.chosen;
  };

  /** Orders candidates by votes, highest first, ties broken by the rules. */
  const orderByVotes = (cands: number[], stageNumber: number, notes: StageNote[]): number[] => {
    const remaining = [...cands];
    const out: number[] = [];
    while (remaining.length > 0) {
      let top = -1;
      for (const c of remaining) if (top < 0 || (totals[c] as number) > (totals[top] as number)) top = c;
      const tied = remaining.filter((c) => totals[c] === totals[top]);
      const chosen = tied.length > 1 ? resolve(tied, "highest", stageNumber, notes) : top;
      out.push(chosen);
      remaining.splice(remaining.indexOf(chosen), 1);
    }
    return out;
  };

  let previous: number[] | null = null;
  const finishStage = (
    action: StageAction,
    subject: number | null,
    excludedNow: number | null,
    notes: StageNote[],
  ): void => {
    const stageNumber = stages.length + 1;
    history.push([...totals]);
    const newlyElected: number[] = [];
    const reached: number[] = [];
    for (let c = 0; c < n; c++) if (status[c] === CONTINUING && (totals[c] as number) >= quota) reached.push(c);
    for (const c of orderByVotes(reached, stageNumber, notes)) {
      status[c] = ELECTED;
      elected.push(c);
      newlyElected.push(c);
      if ((totals[c] as number) > quota) surplusPending[c] = 1;
      notes.push({ type: "elected-quota", candidate: names[c] as string });
    }
    const continuing: number[] = [];
    for (let c = 0; c < n; c++) if (status[c] === CONTINUING) continuing.push(c);
    if (elected.length < seats && continuing.length > 0 && continuing.length <= seats - elected.length) {
      for (const c of orderByVotes(continuing, stageNumber, notes)) {
        status[c] = ELECTED;
        elected.push(c);
        newlyElected.push(c);
        notes.push({ type: "elected-remaining", candidate: names[c] as string });
      }
    }
    const votes: Record<string, bigint> = {};
    const transfers: Record<string, bigint> = {};
    for (let c = 0; c < n; c++) {
      if (status[c] === WITHDRAWN || excludedBefore[c] === 1) continue;
      const name = names[c] as string;
      votes[name] = BigInt(totals[c] as number);
      transfers[name] = BigInt((totals[c] as number) - (previous ? (previous[c] as number) : 0));
    }
    stages.push({
      number: stageNumber,
      action,
      subject: subject === null ? null : (names[subject] as string),
      votes,
      transfers,
      nonTransferable: BigInt(nonTransferable),
      quota: BigInt(quota),
      elected: newlyElected.map((c) => names[c] as string),
      excluded: excludedNow === null ? [] : [names[excludedNow] as string],
      notes,
    });
    previous = [...totals];
    if (excludedNow !== null) excludedBefore[excludedNow] = 1;
  };

  /** Moves a paper group to its next continuing preference; -1 if it has none. */
  const nextPreference = (g: number): number => {
    const start = starts[g] as number;
    const length = lengths[g] as number;
    for (let i = (position[g] as number) + 1; i < length; i++) {
      const c = prefs[start + i] as number;
      if (status[c] === CONTINUING) {
        position[g] = i;
        return c;
      }
    }
    position[g] = length;
    return -1;
  };

  finishStage("first", null, null, []);

  while (elected.length < seats) {
    const stageNumber = stages.length + 1;
    const notes: StageNote[] = [];
    const pending: number[] = [];
    for (let c = 0; c < n; c++) if (surplusPending[c] === 1) pending.push(c);
    if (pending.length > 0) {
      let largest = pending[0] as number;
      for (const c of pending) if ((totals[c] as number) > (totals[largest] as number)) largest = c;
      const tied = pending.filter((c) => totals[c] === totals[largest]);
      const from = tied.length > 1 ? resolve(tied, "highest", stageNumber, notes) : largest;
      notes.push({ type: "surplus-largest", candidate: names[from] as string });
      surplusPending[from] = 0;
      const total = totals[from] as number;
      const surplus = total - quota;
      const bigSurplus = BigInt(surplus);
      const bigTotal = BigInt(total);
      const transferValues = new Map<number, number>();
      let transferred = 0;
      const pile = piles[from] as number[];
      piles[from] = [];
      for (const g of pile) {
        const to = nextPreference(g);
        if (to < 0) continue;
        const old = value[g] as number;
        let tv = transferValues.get(old);
        if (tv === undefined) {
          tv = Number((bigSurplus * BigInt(old)) / bigTotal);
          transferValues.set(old, tv);
        }
        value[g] = tv;
        (piles[to] as number[]).push(g);
        const amount = (weights[g] as number) * tv;
        totals[to] = (totals[to] as number) + amount;
        transferred += amount;
      }
      totals[from] = quota;
      nonTransferable += surplus - transferred;
      finishStage("surplus", from, null, notes);
    } else {
      let lowest = -1;
      for (let c = 0; c < n; c++) {
        if (status[c] !== CONTINUING) continue;
        if (lowest < 0 || (totals[c] as number) < (totals[lowest] as number)) lowest = c;
      }
      if (lowest < 0) break;
      const tied: number[] = [];
      for (let c = 0; c < n; c++) if (status[c] === CONTINUING && totals[c] === totals[lowest]) tied.push(c);
      const out = tied.length > 1 ? resolve(tied, "lowest", stageNumber, notes) : lowest;
      notes.push({ type: "excluded-lowest", candidate: names[out] as string });
      status[out] = EXCLUDED;
      const pile = piles[out] as number[];
      piles[out] = [];
      for (const g of pile) {
        const amount = (weights[g] as number) * (value[g] as number);
        const to = nextPreference(g);
        if (to < 0) {
          nonTransferable += amount;
          continue;
        }
        (piles[to] as number[]).push(g);
        totals[to] = (totals[to] as number) + amount;
      }
      totals[out] = 0;
      finishStage("exclusion", out, out, notes);
    }
  }

  return {
    rules: "scottish",
    seats,
    validVotes,
    decimals: DECIMALS,
    quota: BigInt(quota),
    elected: elected.map((c) => names[c] as string),
    stages,
    seed,
    lots,
  };
}
