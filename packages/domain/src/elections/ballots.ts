// Ranked ballots as counted by every election rule here. Candidates are
// referred to by their 0-based position on the ballot paper; identical
// rankings are usually merged into one ballot with a weight (the number of
// papers), which is what makes large counts cheap.

export interface RankedBallot {
  /** Number of identical papers this line stands for. */
  readonly weight: number;
  /** Candidate indexes, first preference first. */
  readonly ranking: readonly number[];
}

export interface Election {
  readonly title: string;
  readonly candidates: readonly string[];
  readonly seats: number;
  /** Candidates who withdrew: skipped on every ballot, never elected. */
  readonly withdrawn: readonly number[];
  readonly ballots: readonly RankedBallot[];
}

/** Ballots with withdrawn candidates removed, packed into flat typed arrays. */
export interface PackedBallots {
  readonly count: number;
  readonly weights: Float64Array;
  readonly starts: Int32Array;
  readonly lengths: Int32Array;
  readonly prefs: Int32Array;
  /** Sum of the weights of ballots with at least one usable preference. */
  readonly validVotes: number;
}

export interface BallotGrouper {
  add(weight: number, prefs: ArrayLike<number>, length: number): void;
  finish(): RankedBallot[];
  readonly papers: number;
}

function hashPrefs(prefs: ArrayLike<number>, length: number): number {
  let h = 0x811c9dc5 ^ length;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ (prefs[i] as number), 16777619);
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * Merges identical rankings as they arrive (open addressing over a flat pool,
 * so a million papers cost a few typed arrays rather than a million strings).
 * Groups keep the order of their first appearance.
 */
export function createBallotGrouper(): BallotGrouper {
  let pool = new Int32Array(1 << 16);
  let poolLength = 0;
  let starts = new Int32Array(1 << 10);
  let lengths = new Int32Array(1 << 10);
  let weights = new Float64Array(1 << 10);
  let groups = 0;
  let table = new Int32Array(1 << 12);
  let mask = table.length - 1;
  let papers = 0;

  const sameAs = (group: number, prefs: ArrayLike<number>, length: number): boolean => {
    if (lengths[group] !== length) return false;
    const start = starts[group] as number;
    for (let i = 0; i < length; i++) if (pool[start + i] !== prefs[i]) return false;
    return true;
  };

  const rehash = (): void => {
    table = new Int32Array(table.length * 2);
    mask = table.length - 1;
    for (let g = 0; g < groups; g++) {
      let slot = hashPrefs(pool.subarray(starts[g] as number), lengths[g] as number) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = g + 1;
    }
  };

  return {
    get papers() {
      return papers;
    },
    add(weight, prefs, length) {
      papers += weight;
      let slot = hashPrefs(prefs, length) & mask;
      for (;;) {
        const entry = table[slot] as number;
        if (entry === 0) break;
        if (sameAs(entry - 1, prefs, length)) {
          weights[entry - 1] = (weights[entry - 1] as number) + weight;
          return;
        }
        slot = (slot + 1) & mask;
      }
      if (groups === starts.length) {
        const grow = <A extends Int32Array | Float64Array>(a: A, make: (n: number) => A): A => {
          const b = make(a.length * 2);
          b.set(a);
          return b;
        };
        starts = grow(starts, (n) => new Int32Array(n));
        lengths = grow(lengths, (n) => new Int32Array(n));
        weights = grow(weights, (n) => new Float64Array(n));
      }
      while (poolLength + length > pool.length) {
        const bigger = new Int32Array(pool.length * 2);
        bigger.set(pool);
        pool = bigger;
      }
      for (let i = 0; i < length; i++) pool[poolLength + i] = prefs[i] as number;
      starts[groups] = poolLength;
      lengths[groups] = length;
      weights[groups] = weight;
      poolLength += length;
      table[slot] = groups + 1;
      groups++;
      if (groups * 2 > table.length) rehash();
    },
    finish() {
      const out: RankedBallot[] = new Array(groups);
      for (let g = 0; g < groups; g++) {
        const start = starts[g] as number;
        const length = lengths[g] as number;
        const ranking: number[] = new Array(length);
        for (let i = 0; i < length; i++) ranking[i] = pool[start + i] as number;
        out[g] = { weight: weights[g] as number, ranking };
      }
      return out;
    },
  };
}

/** Merges ballots with identical rankings, keeping the order of first appearance. */
export function groupBallots(ballots: readonly RankedBallot[]): RankedBallot[] {
  const grouper = createBallotGrouper();
  for (const b of ballots) grouper.add(b.weight, b.ranking, b.ranking.length);
  return grouper.finish();
}

export interface PackOptions {
  /** Papers are indivisible under the Scottish rules, so weights must be whole numbers. */
  readonly wholeWeights: boolean;
}

export function checkElectionShape(election: Election): void {
  const n = election.candidates.length;
  if (n === 0) throw new RangeError("an election needs at least one candidate");
  if (!Number.isInteger(election.seats) || election.seats < 1) {
    throw new RangeError(`seats must be a whole number of at least 1, got ${election.seats}`);
  }
  const names = new Set<string>();
  for (const name of election.candidates) {
    if (names.has(name)) throw new RangeError(`two candidates are both called ${JSON.stringify(name)}`);
    names.add(name);
  }
  for (const w of election.withdrawn) {
    if (!Number.isInteger(w) || w < 0 || w >= n) throw new RangeError(`withdrawn candidate ${w} is not on the ballot paper`);
  }
}

/**
 * Validates ballots and removes withdrawn candidates. Ballots left with no
 * preference are not valid votes and are dropped.
 */
export function packBallots(election: Election, options: PackOptions): PackedBallots {
  checkElectionShape(election);
  const n = election.candidates.length;
  const withdrawn = new Uint8Array(n);
  for (const w of election.withdrawn) withdrawn[w] = 1;
  let total = 0;
  for (const b of election.ballots) total += b.ranking.length;
  const prefs = new Int32Array(total);
  const starts = new Int32Array(election.ballots.length);
  const lengths = new Int32Array(election.ballots.length);
  const weights = new Float64Array(election.ballots.length);
  const seen = new Int32Array(n).fill(-1);
  let count = 0;
  let used = 0;
  let validVotes = 0;
  for (let i = 0; i < election.ballots.length; i++) {
    const b = election.ballots[i] as RankedBallot;
    const w = b.weight;
    if (!(w >= 0) || !Number.isFinite(w) || (options.wholeWeights && !Number.isInteger(w))) {
      throw new RangeError(`ballot ${i + 1} has weight ${w}; weights must be ${options.wholeWeights ? "whole numbers" : "numbers"} of at least 0`);
    }
    const start = used;
    for (const c of b.ranking) {
      if (!Number.isInteger(c) || c < 0 || c >= n) throw new RangeError(`ballot ${i + 1} names candidate ${c}, who is not on the ballot paper`);
      if (seen[c] === i) throw new RangeError(`ballot ${i + 1} ranks candidate ${JSON.stringify(election.candidates[c])} twice`);
      seen[c] = i;
      if (withdrawn[c] === 1) continue;
      prefs[used++] = c;
    }
    if (used === start || w === 0) {
      used = start;
      continue;
    }
    starts[count] = start;
    lengths[count] = used - start;
    weights[count] = w;
    validVotes += w;
    count++;
  }
  return { count, weights, starts, lengths, prefs, validVotes };
}
