// The Method of Equal Shares (Peters & Skowron) with cost utilities, as
// published at equalshares.net: every voter gets an equal share of the
// budget; a project is bought by its supporters, each paying the same amount
// or all they have left; the project bought next is the one needing the
// smallest payment per unit of cost (rho); ties go to the cheaper project,
// then to the one with more votes, then to lot. Completion "add1" reruns the
// method with the per-voter budget raised one whole currency unit at a time,
// from floor(budget / voters), while the outcome is not exhaustive and still
// fits the real budget (and could still grow).
//
// Arithmetic is exact. Voters with identical ballots are merged into groups;
// a voter's remaining budget depends only on which selected projects they
// supported, so groups share a small number of budget "classes" held as
// bigint numerators over one common denominator. Each round looks at
// projects in order of their last rho, which can only rise, and stops as
// soon as no later project can beat the best found.
import { createLot, DEFAULT_SEED, type Lot } from "../elections/lot.js";
import { isExhaustive, type PbCompletion, type PbLotRecord, type PbOutcome } from "./outcome.js";
import type { PbInstance } from "./pabulib.js";

export interface EqualSharesOptions {
  /** Default "add1". */
  readonly completion?: PbCompletion;
  readonly seed?: number;
}

interface Prepared {
  readonly voters: number;
  readonly cost: readonly bigint[];
  readonly approvals: readonly number[];
  readonly supporters: readonly Int32Array[];
  readonly groupWeight: Int32Array;
  readonly groups: number;
  /** Projects that can ever be bought: positive cost and at least one supporter. */
  readonly candidates: readonly number[];
  /** overlaps[a][b]: some voter supports both a and b. */
  readonly overlaps: readonly Uint8Array[];
}

function prepare(instance: PbInstance): Prepared {
  const index = new Map(instance.projects.map((p, i) => [p.id, i]));
  const groupOf = new Map<string, number>();
  const members: number[][] = [];
  const weights: number[] = [];
  for (const vote of instance.votes) {
    const chosen = vote.projects.map((id) => index.get(id) as number).sort((a, b) => a - b);
    const key = chosen.join(",");
    let g = groupOf.get(key);
    if (g === undefined) {
      g = members.length;
      groupOf.set(key, g);
      members.push(chosen);
      weights.push(0);
    }
    weights[g] = (weights[g] as number) + 1;
  }
  const p = instance.projects.length;
  const lists: number[][] = Array.from({ length: p }, () => []);
  const approvals = new Array<number>(p).fill(0);
  members.forEach((chosen, g) => {
    for (const c of chosen) {
      (lists[c] as number[]).push(g);
      approvals[c] = (approvals[c] as number) + (weights[g] as number);
    }
  });
  const overlaps = Array.from({ length: p }, () => new Uint8Array(p));
  for (const chosen of members) for (const a of chosen) for (const b of chosen) (overlaps[a] as Uint8Array)[b] = 1;
  const cost = instance.projects.map((q) => q.cost);
  const candidates: number[] = [];
  for (let c = 0; c < p; c++) if ((cost[c] as bigint) > 0n && (approvals[c] as number) > 0) candidates.push(c);
  return {
    voters: instance.votes.length,
    cost,
    approvals,
    supporters: lists.map((l) => Int32Array.from(l)),
    groupWeight: Int32Array.from(weights),
    groups: members.length,
    candidates,
    overlaps,
  };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

interface RunResult {
  readonly selected: number[];
  readonly lots: PbLotRecord[];
}

// Sort keys: floor(2^52 * budget / full budget), at most 2^52, exact in a Number.
const KEY_BITS = 52n;
const KEY_FULL = 2 ** 52;
const KEY_CAP = (1n << KEY_BITS) + 1n;

/** A typed array twice as long, keeping the contents. */
function grown<A extends Int32Array | Float64Array>(a: A, make: (n: number) => A): A {
  const b = make(a.length * 2);
  b.set(a);
  return b;
}

/** One run of Equal Shares with `total` (scaled money) shared equally among all voters. */
function run(prep: Prepared, ids: readonly string[], total: bigint, lot: Lot): RunResult {
  const selected: number[] = [];
  const lots: PbLotRecord[] = [];
  // With no money (or no voters) nothing of positive cost can be bought.
  if (prep.voters === 0 || total <= 0n) return { selected, lots };
  const { cost, approvals, supporters, groupWeight } = prep;

  // Class k's per-voter budget is budgets[k] / denominator. The denominator
  // grows by a factor at some purchases; rather than rescaling every class
  // each time, a class records the epoch it was last scaled at and is
  // brought up to date (times catchUp[epoch]) only when its exact value is
  // needed. Each class also carries an integer key
  // floor(2^52 * budget / full budget) -- monotone in the budget and small
  // enough for a Number, so most comparisons need no bigint -- and the
  // remainder of that division, from which a new class's key follows by
  // subtraction (a purchase lowers budgets by the same payment).
  let denominator = BigInt(prep.voters);
  let epoch = 0;
  const catchUp: bigint[] = [1n];
  let full = total; // the full per-voter budget, in current units
  const budgets: bigint[] = [total];
  const remainders: bigint[] = [0n];
  let classEpoch = new Int32Array(64);
  // Keys are whole numbers up to 2^52 + 1; a Float64Array is simply the typed
  // array that holds such integers exactly.
  let classKey = new Float64Array(64);
  let count = new Int32Array(64);
  let remap = new Int32Array(64);
  classKey[0] = KEY_FULL;
  const classOf = new Int32Array(prep.groups);
  let zeroClass = -1;

  const addClass = (budget: bigint, key: number, remainder: bigint, at: number): number => {
    const k = budgets.length;
    if (k === classEpoch.length) {
      classEpoch = grown(classEpoch, (n) => new Int32Array(n));
      classKey = grown(classKey, (n) => new Float64Array(n));
      count = grown(count, (n) => new Int32Array(n));
      remap = grown(remap, (n) => new Int32Array(n));
    }
    budgets.push(budget);
    remainders.push(remainder);
    classEpoch[k] = at;
    classKey[k] = key;
    return k;
  };

  /** Class k's budget in current units. */
  const exact = (k: number): bigint => {
    const e = classEpoch[k] as number;
    if (e === epoch || e < 0) return budgets[k] as bigint;
    const scale = catchUp[e] as bigint;
    const b = (budgets[k] as bigint) * scale;
    budgets[k] = b;
    remainders[k] = (remainders[k] as bigint) * scale;
    classEpoch[k] = epoch;
    return b;
  };

  // rho (payment per unit of cost) as a fraction; for projects not looked at
  // this round, a lower bound: budgets only fall, so rho only rises. Like
  // budgets, each rho also has an exact integer key, floor(2^52 * rho *
  // cheapest cost / full budget), so that most comparisons skip bigints.
  const rhoNum: bigint[] = cost.map(() => 0n);
  const rhoDen: bigint[] = cost.map(() => 1n);
  const rhoKey = new Float64Array(cost.length);
  // What the payers still had to find (in units of 1/denominator at epoch restEpoch).
  const restAt: bigint[] = cost.map(() => 0n);
  const restEpoch: number[] = cost.map(() => 0);
  const payersAt: number[] = cost.map(() => 0);
  const cheapest = prep.candidates.reduce((m, c) => ((cost[c] as bigint) < m ? (cost[c] as bigint) : m), cost[prep.candidates[0] ?? 0] ?? 1n);
  const keyScale = (cheapest * BigInt(prep.voters)) << KEY_BITS;
  const setRho = (c: number, rest: bigint, payers: number): void => {
    const den = BigInt(payers) * denominator * (cost[c] as bigint);
    rhoNum[c] = rest;
    rhoDen[c] = den;
    const q = (rest * keyScale) / (den * total);
    rhoKey[c] = q > KEY_CAP ? Number(KEY_CAP) : Number(q);
    restAt[c] = rest;
    restEpoch[c] = epoch;
    payersAt[c] = payers;
  };
  const rhoCompare = (a: number, b: number): number => {
    const d = (rhoKey[a] as number) - (rhoKey[b] as number);
    if (d !== 0) return d < 0 ? -1 : 1;
    const l = (rhoNum[a] as bigint) * (rhoDen[b] as bigint);
    const r = (rhoNum[b] as bigint) * (rhoDen[a] as bigint);
    return l < r ? -1 : l > r ? 1 : 0;
  };

  /** Classes holding c's supporters, with their voter counts added into `count`. */
  const classesOf = (c: number): number[] => {
    const touched: number[] = [];
    const groups = supporters[c] as Int32Array;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i] as number;
      const k = classOf[g] as number;
      if (count[k] === 0) touched.push(k);
      count[k] = (count[k] as number) + (groupWeight[g] as number);
    }
    return touched;
  };

  const owed: (bigint | undefined)[] = [];

  const clearCounts = (touched: readonly number[]): void => {
    for (const k of touched) count[k] = 0;
  };

  /**
   * Updates c's rho; false if its supporters can no longer afford it.
   * Supporters who cannot pay an equal share of what is still needed pay all
   * they have, which raises the share; repeat until all left can pay. This
   * reaches the same point as walking the supporters from the poorest, with
   * no sorting, and keys settle most comparisons without bigints.
   */
  const evaluate = (c: number): boolean => {
    const touched = classesOf(c);
    let left = touched;
    let rest = (cost[c] as bigint) * denominator;
    let payers = approvals[c] as number;
    let affordable = false;
    // Full payers' money is summed per epoch in that epoch's units and
    // scaled once, instead of scaling every class.
    const epochsUsed: number[] = [];
    while (left.length > 0) {
      const bigPayers = BigInt(payers);
      const q = (rest << KEY_BITS) / (bigPayers * full);
      const shareKey = q > KEY_CAP ? Number(KEY_CAP) : Number(q);
      const keep: number[] = [];
      for (const k of left) {
        const key = classKey[k] as number;
        if (key < shareKey || (key === shareKey && exact(k) * bigPayers < rest)) {
          payers -= count[k] as number;
          const e = classEpoch[k] as number;
          if (e < 0) continue; // the zero class pays nothing
          const paid = BigInt(count[k] as number) * (budgets[k] as bigint);
          const before = owed[e];
          if (before === undefined) {
            owed[e] = paid;
            epochsUsed.push(e);
          } else owed[e] = before + paid;
        } else keep.push(k);
      }
      for (const e of epochsUsed) {
        const sum = owed[e] as bigint;
        rest -= e === epoch ? sum : sum * (catchUp[e] as bigint);
        owed[e] = undefined;
      }
      epochsUsed.length = 0;
      if (keep.length === left.length) {
        affordable = true;
        break;
      }
      left = keep;
    }
    if (affordable) setRho(c, rest, payers);
    clearCounts(touched);
    return affordable;
  };

  /** Inserts c into `order` (sorted by rho) after any equal entries. */
  const insert = (order: number[], c: number): void => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rhoCompare(order[mid] as number, c) <= 0) lo = mid + 1;
      else hi = mid;
    }
    order.splice(lo, 0, c);
  };

  // At the start every voter has the same budget, so a project is bought by
  // equal shares if at all: rho is 1 / supporters, with no need to look at
  // ballots. After each purchase, only projects sharing a supporter with the
  // one bought can have changed; the others stay current.
  const current = new Uint8Array(cost.length);
  const affordableAtStart = prep.candidates.filter((c) => (cost[c] as bigint) * BigInt(prep.voters) <= BigInt(approvals[c] as number) * total);
  for (const c of affordableAtStart) {
    setRho(c, (cost[c] as bigint) * denominator, approvals[c] as number);
    current[c] = 1;
  }
  let order = [...affordableAtStart].sort((a, b) => rhoCompare(a, b) || a - b);
  for (;;) {
    let best: number[] = [];
    let looked = 0;
    const stillAffordable: number[] = [];
    for (const c of order) {
      const top = best[0];
      if (top !== undefined && rhoCompare(c, top) > 0) break;
      looked++;
      if (current[c] !== 1) {
        if (!evaluate(c)) continue;
        current[c] = 1;
      }
      stillAffordable.push(c);
      if (top === undefined) {
        best = [c];
        continue;
      }
      const cmp = rhoCompare(c, top);
      if (cmp < 0) best = [c];
      else if (cmp === 0) best.push(c);
    }
    let s = -1;
    if (best.length > 0) {
      let tied = best;
      if (tied.length > 1) {
        const cheapest = tied.reduce((m, c) => ((cost[c] as bigint) < m ? (cost[c] as bigint) : m), cost[tied[0] as number] as bigint);
        tied = tied.filter((c) => cost[c] === cheapest);
      }
      if (tied.length > 1) {
        const most = Math.max(...tied.map((c) => approvals[c] as number));
        tied = tied.filter((c) => approvals[c] === most);
      }
      s = tied[0] as number;
      if (tied.length > 1) {
        const field = [...tied].sort((a, b) => a - b);
        const draw = lot.draws + 1;
        s = lot.draw(field).item;
        lots.push({ among: field.map((c) => ids[c] as string), chosen: [ids[s] as string], draw });
      }
    }
    // Re-file what was looked at under its new rho; drop the bought and the unaffordable.
    order = order.slice(looked);
    for (const c of stillAffordable) if (c !== s) insert(order, c);
    if (s < 0) break;
    selected.push(s);
    const touchedProjects = prep.overlaps[s] as Uint8Array;
    for (let c = 0; c < cost.length; c++) if (touchedProjects[c] === 1) current[c] = 0;

    // Each supporter still paying pays rest / payers (in units of
    // 1/denominator); scale so that payment is a whole number of units.
    // A project left current from an earlier round was priced in that round's units.
    const rest = restEpoch[s] === epoch ? (restAt[s] as bigint) : (restAt[s] as bigint) * (catchUp[restEpoch[s] as number] as bigint);
    const payers = BigInt(payersAt[s] as number);
    const g = gcd(rest, payers);
    const factor = payers / g;
    const payment = rest / g;
    const touched = classesOf(s);
    if (factor > 1n) {
      denominator *= factor;
      for (let e = 0; e <= epoch; e++) catchUp[e] = (catchUp[e] as bigint) * factor;
      epoch++;
      catchUp.push(1n);
      full *= factor;
    }
    clearCounts(touched);
    const paymentShifted = payment << KEY_BITS;
    const paymentKey = paymentShifted / full;
    const paymentRemainder = paymentShifted - paymentKey * full;
    const paymentKeyNumber = Number(paymentKey);
    for (const k of touched) {
      const b = exact(k);
      if (b <= payment) {
        if (zeroClass < 0) zeroClass = addClass(0n, 0, 0n, -1); // zero needs no rescaling
        remap[k] = zeroClass;
        continue;
      }
      const r = (remainders[k] as bigint) - paymentRemainder;
      const key = (classKey[k] as number) - paymentKeyNumber;
      remap[k] = r >= 0n ? addClass(b - payment, key, r, epoch) : addClass(b - payment, key - 1, r + full, epoch);
    }
    const moving = supporters[s] as Int32Array;
    for (let i = 0; i < moving.length; i++) {
      const grp = moving[i] as number;
      classOf[grp] = remap[classOf[grp] as number] as number;
    }
  }
  return { selected, lots };
}

export function selectEqualShares(instance: PbInstance, options: EqualSharesOptions = {}): PbOutcome {
  const completion = options.completion ?? "add1";
  const seed = options.seed ?? DEFAULT_SEED;
  const prep = prepare(instance);
  const ids = instance.projects.map((p) => p.id);
  const costOf = (r: RunResult): bigint => r.selected.reduce((sum, c) => sum + (prep.cost[c] as bigint), 0n);
  const attempt = (total: bigint): RunResult => run(prep, ids, total, createLot(seed));

  let shared = instance.budget;
  let current = attempt(shared);
  if (completion === "add1" && prep.voters > 0) {
    const unit = 10n ** BigInt(instance.decimals);
    const voters = BigInt(prep.voters);
    const step = unit * voters;
    let total = (instance.budget / step) * step;
    // Once every project anyone supports is bought, more money changes
    // nothing; stopping there also ends the loop when a project nobody
    // supports (or a free one) would keep the outcome from being exhaustive.
    while (current.selected.length < prep.candidates.length && !isExhaustive(instance, current.selected.map((c) => ids[c] as string))) {
      total += step;
      const next = attempt(total);
      if (costOf(next) > instance.budget) break;
      current = next;
      shared = total;
    }
  }
  const selected = current.selected.map((c) => ids[c] as string);
  return {
    rule: "mes",
    completion,
    budget: instance.budget,
    decimals: instance.decimals,
    selected,
    totalCost: costOf(current),
    sharedBudget: shared,
    seed,
    lots: current.lots,
  };
}
