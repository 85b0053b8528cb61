// The roll of one election: drawn from tenancies as they stood on the
// cut-off day (by the domain's rollExclusion, so former tenants and
// household members never get on), changed by officers with reasons, and
// read back paged, counted by neighbourhood and exported.
import { and, asc, count, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { rollExclusion, type RollExclusion, type RollRule } from "@hearth/domain/elections";
import type { ElectionRow } from "./election.js";

const { electionRoll, electionVotingCodes, electionVoters, residents, tenancies, homes, neighbourhoods, users } = schema;

export const ROLL_PAGE_SIZE = 25;

export function rollRule(row: ElectionRow): RollRule {
  return { cutoffOn: row.cutoffOn, tenants: row.tenants, leaseholders: row.leaseholders, neighbourhoodIds: row.neighbourhoodIds };
}

/** A resident as the roll rules see them, with where they live. */
export async function rollPeople(db: Executor, landlordId: string, where?: { residentId: string }) {
  return db
    .select({
      residentId: residents.id,
      tenure: tenancies.tenure,
      tenancyRole: residents.tenancyRole,
      tenancyStartedOn: tenancies.startDate,
      tenancyEndedOn: tenancies.endDate,
      neighbourhoodId: homes.neighbourhoodId,
    })
    .from(residents)
    .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .where(where ? and(eq(residents.landlordId, landlordId), eq(residents.id, where.residentId)) : eq(residents.landlordId, landlordId));
}

/** Everyone the election's rule admits, with their neighbourhood. */
export async function eligibleFromTenancies(db: Executor, row: ElectionRow) {
  const rule = rollRule(row);
  const people = await rollPeople(db, row.landlordId);
  return people.filter((person) => rollExclusion(person, rule) === null);
}

/** Why this resident could not be on any roll as things stood on the cut-off day, if so. */
export async function notCurrent(db: Executor, row: ElectionRow, residentId: string): Promise<RollExclusion | "unknown" | null> {
  const [person] = await rollPeople(db, row.landlordId, { residentId });
  if (!person) return "unknown";
  // Only the tenancy's dates are absolute; tenure and area rules are the officer's to override, with a reason.
  const exclusion = rollExclusion(person, { cutoffOn: row.cutoffOn, tenants: true, leaseholders: true });
  return exclusion === "not-started" || exclusion === "former-tenant" ? exclusion : null;
}

export async function rollEntry(db: Executor, electionId: string, residentId: string) {
  const [entry] = await db.select().from(electionRoll).where(and(eq(electionRoll.electionId, electionId), eq(electionRoll.residentId, residentId)));
  return entry ?? null;
}

/**
 * Brings the roll in line with tenancies on the cut-off day: adds everyone
 * eligible who is missing, drops tenancy entries that no longer qualify (e.g.
 * after the cut-off moved). An officer's own additions and removals stay as
 * they are, so rebuilding never undoes a decision that has a reason.
 */
export async function rebuildRoll(tx: Executor, row: ElectionRow): Promise<{ added: number; dropped: number }> {
  const eligible = await eligibleFromTenancies(tx, row);
  const wanted = new Set(eligible.map((p) => p.residentId));
  const current = await tx
    .select({ residentId: electionRoll.residentId })
    .from(electionRoll)
    .where(and(eq(electionRoll.electionId, row.id), eq(electionRoll.source, "tenancy"), eq(electionRoll.removed, false)));
  const dropped = current.filter((entry) => !wanted.has(entry.residentId));
  for (let i = 0; i < dropped.length; i += 1000) {
    const chunk = dropped.slice(i, i + 1000).map((d) => d.residentId);
    await tx.delete(electionRoll).where(and(eq(electionRoll.electionId, row.id), inArray(electionRoll.residentId, chunk)));
  }
  let added = 0;
  for (let i = 0; i < eligible.length; i += 1000) {
    const chunk = eligible.slice(i, i + 1000);
    const inserted = await tx
      .insert(electionRoll)
      .values(chunk.map((p) => ({ electionId: row.id, residentId: p.residentId, neighbourhoodId: p.neighbourhoodId, source: "tenancy" as const })))
      .onConflictDoNothing()
      .returning({ residentId: electionRoll.residentId });
    added += inserted.length;
  }
  if (dropped.length) await killUnusedCodes(tx, row.id, dropped.map((d) => d.residentId));
  return { added, dropped: dropped.length };
}

/** Someone taken off the roll can no longer vote with a code they were sent. */
export async function killUnusedCodes(tx: Executor, electionId: string, residentIds: readonly string[]): Promise<void> {
  for (let i = 0; i < residentIds.length; i += 1000) {
    const chunk = residentIds.slice(i, i + 1000);
    await tx.delete(electionVotingCodes).where(and(eq(electionVotingCodes.electionId, electionId), inArray(electionVotingCodes.residentId, chunk), eq(electionVotingCodes.used, false)));
  }
}

/** People on the roll (not removed). */
export async function rollSize(db: Executor, electionId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(electionRoll).where(and(eq(electionRoll.electionId, electionId), eq(electionRoll.removed, false)));
  return row?.n ?? 0;
}

/** On the roll and removed, by neighbourhood (every neighbourhood with an entry). */
export async function rollCountsByNeighbourhood(db: Executor, electionId: string) {
  return db
    .select({
      id: neighbourhoods.id,
      name: neighbourhoods.name,
      onRoll: sql<number>`count(*) filter (where not ${electionRoll.removed})`.mapWith(Number),
      removed: sql<number>`count(*) filter (where ${electionRoll.removed})`.mapWith(Number),
    })
    .from(electionRoll)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, electionRoll.neighbourhoodId))
    .where(eq(electionRoll.electionId, electionId))
    .groupBy(neighbourhoods.id, neighbourhoods.name)
    .orderBy(asc(neighbourhoods.name));
}

export interface RollFilters {
  search: string;
  neighbourhoodId: string;
  status: "all" | "on" | "removed";
  residentId?: string;
}

function rollWhere(electionId: string, filters: RollFilters) {
  const words = filters.search.split(/\s+/).filter(Boolean).slice(0, 4);
  return and(
    eq(electionRoll.electionId, electionId),
    filters.neighbourhoodId ? eq(electionRoll.neighbourhoodId, filters.neighbourhoodId) : undefined,
    filters.residentId ? eq(electionRoll.residentId, filters.residentId) : undefined,
    filters.status === "on" ? eq(electionRoll.removed, false) : filters.status === "removed" ? eq(electionRoll.removed, true) : undefined,
    ...words.map((word) => {
      const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return or(ilike(residents.firstName, pattern), ilike(residents.lastName, pattern), ilike(tenancies.reference, pattern), ilike(homes.postcode, pattern));
    }),
  );
}

function rollSelect(db: Executor) {
  return db
    .select({
      residentId: electionRoll.residentId,
      firstName: residents.firstName,
      lastName: residents.lastName,
      tenancyReference: tenancies.reference,
      address: homes.addressLine1,
      postcode: homes.postcode,
      neighbourhood: neighbourhoods.name,
      source: electionRoll.source,
      removed: electionRoll.removed,
      reason: electionRoll.reason,
      hasAccount: sql<boolean>`${users.id} is not null`,
      hasCode: sql<boolean>`${electionVotingCodes.codeHash} is not null`,
    })
    .from(electionRoll)
    .innerJoin(residents, eq(residents.id, electionRoll.residentId))
    .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, electionRoll.neighbourhoodId))
    .leftJoin(users, eq(users.residentId, residents.id))
    .leftJoin(electionVotingCodes, and(eq(electionVotingCodes.electionId, electionRoll.electionId), eq(electionVotingCodes.residentId, electionRoll.residentId)));
}

export async function rollPage(db: Executor, electionId: string, filters: RollFilters, page: number) {
  const where = rollWhere(electionId, filters);
  const rows = await rollSelect(db)
    .where(where)
    .orderBy(asc(residents.lastName), asc(residents.firstName), asc(electionRoll.residentId))
    .limit(ROLL_PAGE_SIZE)
    .offset((page - 1) * ROLL_PAGE_SIZE);
  const [total] = await db
    .select({ n: count() })
    .from(electionRoll)
    .innerJoin(residents, eq(residents.id, electionRoll.residentId))
    .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Every entry, removed ones too, for the export. */
export async function rollRows(db: Executor, electionId: string) {
  return rollSelect(db).where(eq(electionRoll.electionId, electionId)).orderBy(asc(neighbourhoods.name), asc(residents.lastName), asc(residents.firstName), asc(electionRoll.residentId));
}

/** Residents of the landlord matching a search, for adding to the roll; says who is already on it. */
export async function findResidents(db: Executor, row: ElectionRow, search: string) {
  const words = search.split(/\s+/).filter(Boolean).slice(0, 4);
  return db
    .select({
      residentId: residents.id,
      firstName: residents.firstName,
      lastName: residents.lastName,
      tenancyReference: tenancies.reference,
      address: homes.addressLine1,
      postcode: homes.postcode,
      tenancyEndedOn: tenancies.endDate,
      onRoll: sql<boolean>`${electionRoll.residentId} is not null and not ${electionRoll.removed}`,
    })
    .from(residents)
    .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .leftJoin(electionRoll, and(eq(electionRoll.electionId, row.id), eq(electionRoll.residentId, residents.id)))
    .where(
      and(
        eq(residents.landlordId, row.landlordId),
        ...words.map((word) => {
          const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
          return or(ilike(residents.firstName, pattern), ilike(residents.lastName, pattern), ilike(tenancies.reference, pattern), ilike(homes.postcode, pattern));
        }),
      ),
    )
    .orderBy(asc(residents.lastName), asc(residents.firstName))
    .limit(20);
}

/** People on the roll with no account and no code: those the mail-out is for. */
export async function needingCodes(db: Executor, electionId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(electionRoll)
    .leftJoin(users, eq(users.residentId, electionRoll.residentId))
    .leftJoin(electionVotingCodes, and(eq(electionVotingCodes.electionId, electionRoll.electionId), eq(electionVotingCodes.residentId, electionRoll.residentId)))
    .where(and(eq(electionRoll.electionId, electionId), eq(electionRoll.removed, false), isNull(users.id), isNull(electionVotingCodes.codeHash)));
  return row?.n ?? 0;
}

/** Live turnout: who has voted so far against the roll, by channel and by neighbourhood. Never a ballot. */
export async function turnoutFigures(db: Executor, electionId: string) {
  const byChannel = await db.select({ channel: electionVoters.channel, n: count() }).from(electionVoters).where(eq(electionVoters.electionId, electionId)).groupBy(electionVoters.channel);
  const byNeighbourhood = await db
    .select({
      id: neighbourhoods.id,
      name: neighbourhoods.name,
      onRoll: sql<number>`count(*) filter (where not ${electionRoll.removed})`.mapWith(Number),
      voted: sql<number>`count(${electionVoters.residentId})`.mapWith(Number),
    })
    .from(electionRoll)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, electionRoll.neighbourhoodId))
    .leftJoin(electionVoters, and(eq(electionVoters.electionId, electionRoll.electionId), eq(electionVoters.residentId, electionRoll.residentId)))
    .where(eq(electionRoll.electionId, electionId))
    .groupBy(neighbourhoods.id, neighbourhoods.name)
    .orderBy(asc(neighbourhoods.name));
  return { byChannel, byNeighbourhood };
}
