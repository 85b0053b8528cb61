// Drawing of lots for ties that the counting rules cannot otherwise break.
// The draw must be reproducible by anyone holding the seed, so it uses a
// small published generator (mulberry32) in 32-bit integer arithmetic and an
// unbiased rejection step, never Math.random or floating point.

export interface LotDraw<T> {
  readonly item: T;
  readonly index: number;
}

export interface Lot {
  readonly seed: number;
  /** Draws one of `items` (in the order given, which callers fix as ballot-paper order). */
  draw<T>(items: readonly T[]): LotDraw<T>;
  /** How many draws have been made so far. */
  readonly draws: number;
}

export const DEFAULT_SEED = 1;

export function assertSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be a whole number from 0 to 4294967295, got ${seed}`);
  }
}

function nextState(state: number): number {
  return (state + 0x6d2b79f5) | 0;
}

function output(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (t ^ (t >>> 14)) >>> 0;
}

/** The nth (0-based) uint32 of the sequence for `seed`; exposed so a scrutineer can re-derive a draw. */
export function lotSequence(seed: number, count: number): number[] {
  assertSeed(seed);
  const out: number[] = [];
  let state = seed | 0;
  for (let i = 0; i < count; i++) {
    state = nextState(state);
    out.push(output(state));
  }
  return out;
}

export function createLot(seed: number = DEFAULT_SEED): Lot {
  assertSeed(seed);
  let state = seed | 0;
  let draws = 0;
  const next = (): number => {
    state = nextState(state);
    return output(state);
  };
  return {
    seed,
    get draws() {
      return draws;
    },
    draw<T>(items: readonly T[]): LotDraw<T> {
      if (items.length === 0) throw new RangeError("cannot draw lots among no items");
      draws++;
      const n = items.length;
      // Rejection keeps every item equally likely: values at or above the
      // largest multiple of n below 2^32 would favour the low indexes.
      const limit = 0x100000000 - (0x100000000 % n);
      let v = next();
      while (v >= limit) v = next();
      const index = v % n;
      return { item: items[index] as T, index };
    },
  };
}
