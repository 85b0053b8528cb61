// Meek's method as specified by the Proportional Representation Foundation's
// reference rule: keep factors iterated to convergence (omega 0.000001), all
// figures to 9 decimal places, products and quotients rounded up where the
// rule says so, quota truncated to 9 places plus 0.000000001.
//
// Stages, for the stage table: stage 1 is the first distribution (first
// preferences); a "surplus" stage shows where the iteration of the surpluses
// settled; each "exclusion" stage shows the count after one defeat, settled
// again. Candidates elected while a stage settles belong to that stage.
//
// Arithmetic is on integers in units of 0.000000001 vote. Ballot weights and
// vote totals stay below 2^53 and are exact integer Numbers; the products of
// two such figures are split (mulCeil) or done in bigint.
import { packBallots, type Election } from "./ballots.js";
import { createLot, DEFAULT_SEED } from "./lot.js";
import type { LotRecord, Stage, StageAction, StageNote, StvResult } from "./stage-table.js";
import { breakTie } from "./tie-break.js";

export interface MeekStvOptions {
  readonly seed?: number;
}

const DECIMALS = 9;
const ONE = 1_000_000_000;
const BIG_ONE = 1_000_000_000n;
const OMEGA = 1_000; // 0.000001

const HOPEFUL = 0;
const ELECTED = 1;
const DEFEATED = 2;
const WITHDRAWN = 3;

/** ceil(w * k / 10^9) for integers 0 <= w, k <= 10^9, exact without bigint. */
export function mulCeil9(w: number, k: number): number {
  const kl = k % 10_000;
  const kh = (k - kl) / 10_000;
  const a = w * kh;
  const b = w * kl;
  const br = b % 10_000;
  const m = a + (b - br) / 10_000;
  const mr = m % 100_000;
  const mq = (m - mr) / 100_000;
  return mr * 10_000 + br > 0 ? mq + 1 : mq;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

export function countMeekStv(election: Election, options: MeekStvOptions = {}): StvResult {
  const seed = options.seed ?? DEFAULT_SEED;
  const lot = createLot(seed);
  const packed = packBallots(election, { wholeWeights: true });
  const names = election.candidates;
  const n = names.length;
  const seats = election.seats;
  if (packed.validVotes * ONE > Number.MAX_SAFE_INTEGER) throw new RangeError("too many papers for a Meek count");

  const state = new Uint8Array(n);
  const keep = new Array<number>(n).fill(ONE);
  for (const w of election.withdrawn) {
    state[w] = WITHDRAWN;
    keep[w] = 0;
  }
  const votes = new Array<number>(n).fill(0);
  let excess = 0;
  let quota = 0;
  const { weights, starts, lengths, prefs } = packed;

  const distribute = (): void => {
    votes.fill(0);
    excess = 0;
    for (let g = 0; g < packed.count; g++) {
      const weight = weights[g] as number;
      const start = starts[g] as number;
      const stop = start + (lengths[g] as number);
      let w = ONE;
      for (let i = start; i < stop && w > 0; i++) {
        const c = prefs[i] as number;
        const k = keep[c] as number;
        if (k === 0) continue;
        const share = k === ONE ? w : mulCeil9(w, k);
        votes[c] = (votes[c] as number) + weight * share;
        w -= share;
      }
      excess += weight * w;
    }
    let total = 0;
    for (let c = 0; c < n; c++) total += votes[c] as number;
    const divisor = seats + 1;
    quota = (total - (total % divisor)) / divisor + 1;
  };

  const count = (s: number): number => {
    let k = 0;
    for (let c = 0; c < n; c++) if (state[c] === s) k++;
    return k;
  };

  const stages: Stage[] = [];
  const history: number[][] = [];
  const lots: LotRecord[] = [];
  const elected: number[] = [];
  const defeatedBefore = new Uint8Array(n);
  let pending: { action: StageAction; subject: number | null } | null = { action: "first", subject: null };
  let newly: number[] = [];
  let notes: StageNote[] = [];
  let previous: number[] | null = null;

  /** `stage` is the stage the decision is recorded against; only stages before it are consulted. */
  const resolve = (tied: number[], prefer: "lowest" | "highest", stage: number): number => {
    const resolution = breakTie({ tied, history, beforeStage: stage, prefer, lot });
    if (resolution.by === "earlier-stage") {
      notes.push({
        type: "tie-earlier-stage",
        among: tied.map((c) => names[c] as string),
        chosen: names[resolution.chosen] as string,
        stage: resolution.stage,
      });
    } else if (resolution.by === "lot") {
      const among = resolution.among.map((c) => names[c] as string);
      const chosen = names[resolution.chosen] as string;
      notes.push({ type: "tie-lot", among, chosen, draw: resolution.draw });
      lots.push({ stage, among, chosen, draw: resolution.draw });
    }
    return resolution.chosen;
  };

  const orderByVotes = (cands: number[], stage: number): number[] => {
    const remaining = [...cands];
    const out: number[] = [];
    while (remaining.length > 0) {
      let top = remaining[0] as number;
      for (const c of remaining) if ((votes[c] as number) > (votes[top] as number)) top = c;
      const tied = remaining.filter((c) => votes[c] === votes[top]);
      const chosen = tied.length > 1 ? resolve(tied, "highest", stage) : top;
      out.push(chosen);
      remaining.splice(remaining.indexOf(chosen), 1);
    }
    return out;
  };

  const recordStage = (): void => {
    if (!pending) return;
    const excludedNow = pending.action === "exclusion" ? pending.subject : null;
    const shown: Record<string, bigint> = {};
    const transfers: Record<string, bigint> = {};
    for (let c = 0; c < n; c++) {
      if (state[c] === WITHDRAWN || defeatedBefore[c] === 1) continue;
      const name = names[c] as string;
      shown[name] = BigInt(votes[c] as number);
      transfers[name] = BigInt((votes[c] as number) - (previous ? (previous[c] as number) : 0));
    }
    history.push([...votes]);
    stages.push({
      number: stages.length + 1,
      action: pending.action,
      subject: pending.subject === null ? null : (names[pending.subject] as string),
      votes: shown,
      transfers,
      nonTransferable: BigInt(excess),
      quota: BigInt(quota),
      elected: newly.map((c) => names[c] as string),
      excluded: excludedNow === null ? [] : [names[excludedNow] as string],
      notes,
    });
    previous = [...votes];
    if (excludedNow !== null) defeatedBefore[excludedNow] = 1;
    pending = null;
    newly = [];
    notes = [];
  };

  rounds: for (;;) {
    if (elected.length >= seats || elected.length + count(HOPEFUL) <= seats) break;
    let firstIteration = true;
    let previousSurplus = 0;
    for (;;) {
      distribute();
      const winners: number[] = [];
      for (let c = 0; c < n; c++) if (state[c] === HOPEFUL && (votes[c] as number) >= quota) winners.push(c);
      // Winners belong to the stage being settled (stage 1 on the first distribution).
      for (const c of orderByVotes(winners, stages.length + 1)) {
        state[c] = ELECTED;
        elected.push(c);
        newly.push(c);
        notes.push({ type: "elected-quota", candidate: names[c] as string });
      }
      if (pending?.action === "first") recordStage();
      if (winners.length > 0) continue rounds;
      let surplus = 0;
      for (let c = 0; c < n; c++) if (state[c] === ELECTED) surplus += (votes[c] as number) - quota;
      if (surplus < 0) surplus = 0;
      if (surplus < OMEGA || (!firstIteration && surplus >= previousSurplus)) break;
      const q = BigInt(quota);
      for (let c = 0; c < n; c++) {
        if (state[c] !== ELECTED) continue;
        const product = ceilDiv(BigInt(keep[c] as number) * q, BIG_ONE);
        keep[c] = Number(ceilDiv(product * BIG_ONE, BigInt(votes[c] as number)));
      }
      previousSurplus = surplus;
      firstIteration = false;
      pending ??= { action: "surplus", subject: null };
    }
    recordStage();
    let lowest = -1;
    for (let c = 0; c < n; c++) {
      if (state[c] !== HOPEFUL) continue;
      if (lowest < 0 || (votes[c] as number) < (votes[lowest] as number)) lowest = c;
    }
    const tied: number[] = [];
    for (let c = 0; c < n; c++) if (state[c] === HOPEFUL && votes[c] === votes[lowest]) tied.push(c);
    // The defeat takes effect in the next stage; they are tied at the one just recorded.
    const out = tied.length > 1 ? resolve(tied, "lowest", stages.length + 1) : lowest;
    pending = { action: "exclusion", subject: out };
    notes.push({ type: "excluded-lowest", candidate: names[out] as string });
    state[out] = DEFEATED;
    keep[out] = 0;
  }

  // The count is complete; settle the display of a pending stage, then fill
  // any seats left with the remaining hopefuls.
  if (pending) {
    distribute();
    recordStage();
  }
  if (elected.length < seats) {
    const hopefuls: number[] = [];
    for (let c = 0; c < n; c++) if (state[c] === HOPEFUL) hopefuls.push(c);
    const last = stages[stages.length - 1];
    const ordered = orderByVotes(hopefuls, stages.length);
    if (last) {
      const lastNotes = [...last.notes, ...notes];
      for (const c of ordered) lastNotes.push({ type: "elected-remaining", candidate: names[c] as string });
      stages[stages.length - 1] = {
        ...last,
        elected: [...last.elected, ...ordered.map((c) => names[c] as string)],
        notes: lastNotes,
      };
    }
    for (const c of ordered) {
      state[c] = ELECTED;
      elected.push(c);
    }
  }

  return {
    rules: "meek",
    seats,
    validVotes: packed.validVotes,
    decimals: DECIMALS,
    quota: BigInt(quota),
    elected: elected.map((c) => names[c] as string),
    stages,
    seed,
    lots,
  };
}
