/**
 * The published ballot list is hash-chained: each entry's hash covers the
 * previous hash, its receipt code and its ranking, so changing, removing or
 * reordering any ballot after the close changes every hash after it. The
 * hash function is passed in (SHA-256 in the API) to keep this package free
 * of platform code.
 */
export type Hash = (bytes: Uint8Array) => Uint8Array;

export interface ChainedBallot {
  receipt: string;
  /** Candidate positions on the ballot paper (0-based), first preference first. */
  ranking: readonly number[];
  /** Lower-case hex of this entry's hash. */
  hash: string;
}

/** The chain starts from the election's own id, so two elections' lists never share hashes. */
export function chainGenesis(electionId: string, hash: Hash): string {
  return toHex(hash(new TextEncoder().encode(`hearth-ballots:${electionId}`)));
}

/** Canonical bytes of one entry: `previous|receipt|ranking` with the ranking comma-separated. */
export function chainLink(previous: string, receipt: string, ranking: readonly number[], hash: Hash): string {
  return toHex(hash(new TextEncoder().encode(`${previous}|${receipt}|${ranking.join(",")}`)));
}

export function chainBallots(genesis: string, ballots: readonly { receipt: string; ranking: readonly number[] }[], hash: Hash): ChainedBallot[] {
  let previous = genesis;
  return ballots.map((ballot) => {
    previous = chainLink(previous, ballot.receipt, ballot.ranking, hash);
    return { receipt: ballot.receipt, ranking: ballot.ranking, hash: previous };
  });
}

/** The position of the first entry whose hash does not follow, or null when the whole list checks out. */
export function firstBrokenLink(genesis: string, entries: readonly ChainedBallot[], hash: Hash): number | null {
  let previous = genesis;
  for (const [index, entry] of entries.entries()) {
    const expected = chainLink(previous, entry.receipt, entry.ranking, hash);
    if (expected !== entry.hash) return index;
    previous = expected;
  }
  return null;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
