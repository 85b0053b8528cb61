// The ballot list as counted and published: which ballots count (online and
// code ballots, and paper ballots in batches a second officer confirmed), the
// hash chain written over them after the close, and the list read back as an
// Election for the counting engines and the .blt file.
import { sha256 } from "@oslojs/crypto/sha2";
import { and, asc, count, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { chainBallots, firstBrokenLink, writeBlt, type Election } from "@hearth/domain/elections";
import type { ElectionRow } from "./election.js";

const { electionBallots, electionPaperBatches, electionCandidates, electionResults } = schema;

/** Ballots that count: not from a paper batch, or from one a second officer confirmed. */
function counted(electionId: string) {
  return and(
    eq(electionBallots.electionId, electionId),
    or(isNull(electionBallots.batchId), sql`exists (select 1 from ${electionPaperBatches} b where b.id = ${electionBallots.batchId} and b.status = 'confirmed')`),
  );
}

/** The chain's last position (0-based) and hash, or where it starts. */
async function chainEnd(db: Executor, row: ElectionRow): Promise<{ next: number; previous: string }> {
  const [last] = await db
    .select({ position: electionBallots.chainPosition, hash: electionBallots.chainHash })
    .from(electionBallots)
    .where(and(eq(electionBallots.electionId, row.id), isNotNull(electionBallots.chainPosition)))
    .orderBy(sql`${electionBallots.chainPosition} desc`)
    .limit(1);
  return last ? { next: last.position! + 1, previous: last.hash! } : { next: 0, previous: genesisOf(row) };
}

export function genesisOf(row: ElectionRow): string {
  if (!row.chainGenesis) throw new Error(`election ${row.reference} has no chain genesis: voting never opened`);
  return row.chainGenesis;
}

const UPDATE_CHUNK = 5000;

/**
 * Chains every counted ballot not yet chained, in receipt order, after the
 * last one chained. At the close that is the whole list; a paper batch
 * confirmed later (papers may be keyed until the count) is added after it,
 * its own ballots again in receipt order, so the order never says when
 * anyone voted. The database lets each ballot's chain be written only once.
 */
export async function sealChain(db: Executor, row: ElectionRow): Promise<{ chained: number; head: string }> {
  const waiting = await db
    .select({ id: electionBallots.id, receipt: electionBallots.receipt, ranking: electionBallots.ranking })
    .from(electionBallots)
    .where(and(counted(row.id), isNull(electionBallots.chainHash)))
    .orderBy(asc(electionBallots.receipt));
  const { next, previous } = await chainEnd(db, row);
  const links = chainBallots(previous, waiting, sha256);
  for (let start = 0; start < waiting.length; start += UPDATE_CHUNK) {
    const ids = waiting.slice(start, start + UPDATE_CHUNK).map((b) => b.id);
    const positions = ids.map((_, i) => next + start + i);
    const hashes = links.slice(start, start + UPDATE_CHUNK).map((l) => l.hash);
    // One statement per chunk: a hundred thousand single-row updates would take minutes.
    await db.execute(sql`
      update ${electionBallots} set chain_position = v.position, chain_hash = v.hash
      from unnest(${`{${ids.join(",")}}`}::uuid[], ${`{${positions.join(",")}}`}::int[], ${`{${hashes.join(",")}}`}::text[]) as v(id, position, hash)
      where ${electionBallots.id} = v.id`);
  }
  return { chained: waiting.length, head: links.at(-1)?.hash ?? previous };
}

export interface ListedBallot {
  /** 0-based place in the chain. */
  position: number;
  receipt: string;
  ranking: number[];
  hash: string;
}

/** The chained ballot list in chain order. */
export async function chainedBallots(db: Executor, electionId: string): Promise<ListedBallot[]> {
  const rows = await db
    .select({ position: electionBallots.chainPosition, receipt: electionBallots.receipt, ranking: electionBallots.ranking, hash: electionBallots.chainHash })
    .from(electionBallots)
    .where(and(eq(electionBallots.electionId, electionId), isNotNull(electionBallots.chainPosition)))
    .orderBy(asc(electionBallots.chainPosition));
  return rows.map((r) => ({ position: r.position!, receipt: r.receipt, ranking: r.ranking, hash: r.hash! }));
}

/** Counted ballots the chain does not cover: zero after the close unless something was slipped in. */
export async function unchainedCounted(db: Executor, electionId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(electionBallots).where(and(counted(electionId), isNull(electionBallots.chainHash)));
  return row?.n ?? 0;
}

export interface ChainCheck {
  /** Entries in the chain. */
  entries: number;
  head: string;
  /** 1-based position of the first entry whose hash does not follow, or null. */
  brokenAt: number | null;
  /** Positions are 0, 1, 2… with none missing or repeated. */
  positionsInOrder: boolean;
  /** Counted ballots outside the chain. */
  unchained: number;
  /** The head recorded with the count, and whether the chain still ends there (null before the count). */
  recordedHead: string | null;
  headMatches: boolean | null;
  ok: boolean;
}

/**
 * Recomputes every link from the genesis: an altered receipt or ranking, a
 * reordering or a removal in the middle breaks a link; a removal at the end
 * or an addition shows against the head recorded with the count.
 */
export async function verifyChain(db: Executor, row: ElectionRow): Promise<ChainCheck> {
  return (await checkedList(db, row)).check;
}

/** The chained list and its check, for a caller (the count) that goes on to use the list. */
export async function checkedList(db: Executor, row: ElectionRow): Promise<{ check: ChainCheck; list: ListedBallot[] }> {
  const list = await chainedBallots(db, row.id);
  const genesis = genesisOf(row);
  const broken = firstBrokenLink(genesis, list, sha256);
  const head = list.at(-1)?.hash ?? genesis;
  const [result] = await db.select({ chainHead: electionResults.chainHead }).from(electionResults).where(eq(electionResults.electionId, row.id));
  const recordedHead = result?.chainHead ?? null;
  const headMatches = recordedHead === null ? null : recordedHead === head;
  const positionsInOrder = list.every((b, i) => b.position === i);
  const unchained = await unchainedCounted(db, row.id);
  const check = {
    entries: list.length,
    head,
    brokenAt: broken === null ? null : broken + 1,
    positionsInOrder,
    unchained,
    recordedHead,
    headMatches,
    ok: broken === null && positionsInOrder && unchained === 0 && headMatches !== false,
  };
  return { check, list };
}

/** Candidates on the ballot paper, in its order: the names the count and the .blt use. */
export async function ballotPaper(db: Executor, electionId: string): Promise<{ id: string; position: number; name: string }[]> {
  const rows = await db
    .select({ id: electionCandidates.id, position: electionCandidates.position, name: electionCandidates.ballotName })
    .from(electionCandidates)
    .where(and(eq(electionCandidates.electionId, electionId), isNotNull(electionCandidates.position)))
    .orderBy(asc(electionCandidates.position));
  return rows.map((r) => ({ id: r.id, position: r.position!, name: r.name }));
}

/**
 * The chained list as the engines read it: one paper per ballot in chain
 * order (so the .blt is the same file every time it is written), candidates
 * in ballot-paper order, no ballot ids, nothing about who or when.
 */
export function electionOf(row: ElectionRow, names: readonly string[], list: readonly ListedBallot[]): Election {
  return { title: oneLine(`${row.reference} ${row.title}`), candidates: names.map(oneLine), seats: row.seats, withdrawn: [], ballots: list.map((b) => ({ weight: 1, ranking: b.ranking })) };
}

/** A .blt name is one line; ballot names and titles are, but a stray line break must not stop a count. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function bltOf(election: Election): { text: string; sha256: string } {
  const text = writeBlt(election);
  return { text, sha256: hex(sha256(new TextEncoder().encode(text))) };
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
