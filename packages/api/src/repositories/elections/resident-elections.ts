// What the residents' side reads about elections: a resident's tenancy as the
// roll rule sees it, whether they are on an election's roll and have voted,
// and the ballot paper's candidates with the statement each reader sees.
import { and, asc, count, eq, inArray, isNotNull, ne } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { statementFor, type RollCandidate, type RollRule, type ShownStatement } from "@hearth/domain/elections";
import type { ElectionRow } from "./election.js";

const { elections, electionCandidates, electionStatements, electionRoll, electionVoters, residents, tenancies, homes } = schema;

/** The resident's tenancy as `rollExclusion` reads it, with their landlord. */
export async function residentTenancy(db: Executor, residentId: string): Promise<(RollCandidate & { landlordId: string }) | null> {
  const [row] = await db
    .select({
      landlordId: residents.landlordId,
      tenancyRole: residents.tenancyRole,
      tenure: tenancies.tenure,
      tenancyStartedOn: tenancies.startDate,
      tenancyEndedOn: tenancies.endDate,
      neighbourhoodId: homes.neighbourhoodId,
    })
    .from(residents)
    .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .where(eq(residents.id, residentId));
  return row ?? null;
}

export function rollRuleOf(row: ElectionRow): RollRule {
  return { cutoffOn: row.cutoffOn, tenants: row.tenants, leaseholders: row.leaseholders, neighbourhoodIds: row.neighbourhoodIds };
}

export async function isOnRoll(db: Executor, electionId: string, residentId: string): Promise<boolean> {
  const [row] = await db
    .select({ removed: electionRoll.removed })
    .from(electionRoll)
    .where(and(eq(electionRoll.electionId, electionId), eq(electionRoll.residentId, residentId)));
  return row !== undefined && !row.removed;
}

export async function hasVoted(db: Executor, electionId: string, residentId: string): Promise<boolean> {
  const [row] = await db
    .select({ residentId: electionVoters.residentId })
    .from(electionVoters)
    .where(and(eq(electionVoters.electionId, electionId), eq(electionVoters.residentId, residentId)));
  return row !== undefined;
}

export interface BallotCandidate {
  id: string;
  /** Place on the ballot paper (0-based): what a stored ranking refers to. */
  position: number;
  name: string;
  statement: ShownStatement | null;
}

/**
 * The ballot paper: candidates given a place on it, in that order, each with
 * the statement this reader sees. Statements are read in the order the
 * candidate wrote them, so the first is their main one.
 */
export async function ballotCandidates(db: Executor, electionId: string, readerLanguage: string): Promise<BallotCandidate[]> {
  const rows = await db
    .select({ id: electionCandidates.id, position: electionCandidates.position, name: electionCandidates.ballotName })
    .from(electionCandidates)
    .where(and(eq(electionCandidates.electionId, electionId), isNotNull(electionCandidates.position), ne(electionCandidates.status, "withdrawn")))
    .orderBy(asc(electionCandidates.position));
  if (rows.length === 0) return [];
  const statements = await db
    .select({ candidateId: electionStatements.candidateId, language: electionStatements.language, statement: electionStatements.statement })
    .from(electionStatements)
    .where(inArray(electionStatements.candidateId, rows.map((r) => r.id)))
    .orderBy(asc(electionStatements.createdAt), asc(electionStatements.language));
  return rows.map((row) => ({
    id: row.id,
    position: row.position!,
    name: row.name,
    statement: statementFor(
      statements.filter((s) => s.candidateId === row.id),
      readerLanguage,
    ),
  }));
}

/** People on the roll now (removals kept but not counted), for turnout. */
export async function rollSize(db: Executor, electionId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(electionRoll).where(and(eq(electionRoll.electionId, electionId), eq(electionRoll.removed, false)));
  return row?.n ?? 0;
}

export async function votersMarked(db: Executor, electionId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(electionVoters).where(eq(electionVoters.electionId, electionId));
  return row?.n ?? 0;
}

/** Elections of one landlord, newest voting first. */
export async function landlordElections(db: Executor, landlordId: string): Promise<ElectionRow[]> {
  return db.select().from(elections).where(eq(elections.landlordId, landlordId)).orderBy(asc(elections.votingOpenAt), asc(elections.reference));
}
