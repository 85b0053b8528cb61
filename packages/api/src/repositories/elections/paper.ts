// Paper ballots, in the two halves kept apart for secrecy: envelopes marked
// returned against the roll (the marked register, channel "paper"), and the
// papers inside keyed in batches that count once a second officer confirms
// them. Nothing here records which paper came from which envelope.
import { and, asc, count, desc, eq, ilike, inArray, or, sql, sum } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { schema, type Executor } from "@hearth/db";
import type { PaperFigures } from "@hearth/domain/elections";

const { electionBallots, electionPaperBatches, electionRoll, electionVoters, residents, tenancies, homes, neighbourhoods, users } = schema;

export const RETURNS_PAGE_SIZE = 25;

/** Returns marked, papers confirmed, and batches still waiting for a second officer. */
export async function paperFigures(db: Executor, electionId: string): Promise<PaperFigures & { keyedBatches: number; rejectedBatches: number }> {
  const [returns] = await db
    .select({ n: count() })
    .from(electionVoters)
    .where(and(eq(electionVoters.electionId, electionId), eq(electionVoters.channel, "paper")));
  const batches = await db
    .select({ status: electionPaperBatches.status, n: count(), papers: sum(electionPaperBatches.papers).mapWith(Number) })
    .from(electionPaperBatches)
    .where(eq(electionPaperBatches.electionId, electionId))
    .groupBy(electionPaperBatches.status);
  const of = (status: string) => batches.find((b) => b.status === status);
  return {
    returns: returns?.n ?? 0,
    confirmedPapers: of("confirmed")?.papers ?? 0,
    awaitingBatches: of("keyed")?.n ?? 0,
    awaitingPapers: of("keyed")?.papers ?? 0,
    keyedBatches: batches.reduce((n, b) => n + b.n, 0),
    rejectedBatches: of("rejected")?.n ?? 0,
  };
}

/** A page of the roll with whether and how each person has voted (never what). */
export async function paperReturns(db: Executor, electionId: string, filters: { search: string; page: number }) {
  const words = filters.search.split(/\s+/).filter(Boolean).slice(0, 4);
  const where = and(
    eq(electionRoll.electionId, electionId),
    eq(electionRoll.removed, false),
    ...words.map((word) => {
      const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return or(ilike(residents.firstName, pattern), ilike(residents.lastName, pattern), ilike(tenancies.reference, pattern), ilike(homes.postcode, pattern));
    }),
  );
  const rows = await db
    .select({
      residentId: electionRoll.residentId,
      firstName: residents.firstName,
      lastName: residents.lastName,
      tenancyReference: tenancies.reference,
      address: homes.addressLine1,
      postcode: homes.postcode,
      neighbourhood: neighbourhoods.name,
      votedBy: electionVoters.channel,
    })
    .from(electionRoll)
    .innerJoin(residents, eq(residents.id, electionRoll.residentId))
    .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, electionRoll.neighbourhoodId))
    .leftJoin(electionVoters, and(eq(electionVoters.electionId, electionRoll.electionId), eq(electionVoters.residentId, electionRoll.residentId)))
    .where(where)
    .orderBy(asc(residents.lastName), asc(residents.firstName), asc(electionRoll.residentId))
    .limit(RETURNS_PAGE_SIZE)
    .offset((filters.page - 1) * RETURNS_PAGE_SIZE);
  const [total] = await db
    .select({ n: count() })
    .from(electionRoll)
    .innerJoin(residents, eq(residents.id, electionRoll.residentId))
    .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

const keyer = alias(users, "keyer");
const checker = alias(users, "checker");

/** Every batch of the election, newest first, with who keyed and who checked it. */
export async function batchList(db: Executor, electionId: string, where?: { batchId: string }) {
  return db
    .select({
      id: electionPaperBatches.id,
      label: electionPaperBatches.label,
      papers: electionPaperBatches.papers,
      status: electionPaperBatches.status,
      keyedByUserId: electionPaperBatches.keyedByUserId,
      keyedBy: keyer.name,
      checkedBy: checker.name,
      keyedAt: electionPaperBatches.createdAt,
      checkedAt: electionPaperBatches.updatedAt,
    })
    .from(electionPaperBatches)
    .innerJoin(keyer, eq(keyer.id, electionPaperBatches.keyedByUserId))
    .leftJoin(checker, eq(checker.id, electionPaperBatches.confirmedByUserId))
    .where(and(eq(electionPaperBatches.electionId, electionId), where ? eq(electionPaperBatches.id, where.batchId) : undefined))
    .orderBy(desc(electionPaperBatches.createdAt), asc(electionPaperBatches.label));
}

export type BatchRow = Awaited<ReturnType<typeof batchList>>[number];

/**
 * The papers of one batch as keyed, for the second officer to check against
 * the papers in hand. Sorted by what they say (the way papers are sorted into
 * piles by first preference), since the order they were keyed in is not kept.
 */
export async function batchPapers(db: Executor, batchId: string): Promise<number[][]> {
  const rows = await db.select({ ranking: electionBallots.ranking }).from(electionBallots).where(eq(electionBallots.batchId, batchId)).orderBy(asc(electionBallots.ranking));
  return rows.map((r) => r.ranking);
}

/** Whether a batch label is in use by a batch that was not rejected (a rejected batch's label may be keyed again). */
export async function labelInUse(db: Executor, electionId: string, label: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(electionPaperBatches)
    .where(and(eq(electionPaperBatches.electionId, electionId), sql`lower(${electionPaperBatches.label}) = lower(${label})`, inArray(electionPaperBatches.status, ["keyed", "confirmed"])));
  return (row?.n ?? 0) > 0;
}
