// Candidates of one election as the officer sees them: who they are, their
// statements and skills answers, the eligibility check and the panel's scores.
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { SKILLS_CRITERIA, type PanelScore, type SkillsCriterion } from "@hearth/domain/elections";

const { electionCandidates, electionStatements, electionShortlistScores, residents, tenancies, homes, neighbourhoods, users } = schema;

export type CandidateStatus = (typeof schema.candidateStatusEnum.enumValues)[number];

/** Statuses that carry a decision the candidate is told about. */
export const DECIDED: readonly CandidateStatus[] = ["ineligible", "shortlisted", "not_shortlisted"];
/** Statuses the shortlisting panel decides between. */
export const SHORTLISTABLE: readonly CandidateStatus[] = ["eligible", "shortlisted", "not_shortlisted"];

const isCriterion = (value: string): value is SkillsCriterion => (SKILLS_CRITERIA as readonly string[]).includes(value);

export async function candidateRows(db: Executor, electionId: string, candidateId?: string) {
  const rows = await db
    .select({
      id: electionCandidates.id,
      residentId: electionCandidates.residentId,
      ballotName: electionCandidates.ballotName,
      firstName: residents.firstName,
      lastName: residents.lastName,
      neighbourhood: neighbourhoods.name,
      status: electionCandidates.status,
      position: electionCandidates.position,
      skills: electionCandidates.skills,
      eligibilityNote: electionCandidates.eligibilityNote,
      outcomeNotifiedAt: electionCandidates.outcomeNotifiedAt,
      nominatedAt: electionCandidates.createdAt,
    })
    .from(electionCandidates)
    .innerJoin(residents, eq(residents.id, electionCandidates.residentId))
    .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, homes.neighbourhoodId))
    .where(candidateId ? and(eq(electionCandidates.electionId, electionId), eq(electionCandidates.id, candidateId)) : eq(electionCandidates.electionId, electionId))
    .orderBy(asc(residents.lastName), asc(residents.firstName), asc(electionCandidates.id));
  const ids = rows.map((r) => r.id);
  const statements = ids.length ? await db.select().from(electionStatements).where(inArray(electionStatements.candidateId, ids)).orderBy(asc(electionStatements.language)) : [];
  const scores = ids.length
    ? await db
        .select({
          candidateId: electionShortlistScores.candidateId,
          scorerId: electionShortlistScores.scorerUserId,
          scorerName: users.name,
          criterion: electionShortlistScores.criterion,
          score: electionShortlistScores.score,
          reason: electionShortlistScores.reason,
        })
        .from(electionShortlistScores)
        .innerJoin(users, eq(users.id, electionShortlistScores.scorerUserId))
        .where(inArray(electionShortlistScores.candidateId, ids))
        .orderBy(asc(users.name))
    : [];
  return rows.map((row) => ({
    ...row,
    statements: statements.filter((s) => s.candidateId === row.id).map((s) => ({ language: s.language, statement: s.statement })),
    scores: scores
      .filter((s) => s.candidateId === row.id && isCriterion(s.criterion))
      .map((s) => ({ scorerId: s.scorerId, scorerName: s.scorerName, criterion: s.criterion as SkillsCriterion, score: s.score, reason: s.reason }) satisfies PanelScore & { scorerName: string }),
  }));
}

export type CandidateRow = Awaited<ReturnType<typeof candidateRows>>[number];

export async function candidateCounts(db: Executor, electionId: string) {
  const rows = await db.select({ status: electionCandidates.status, n: count() }).from(electionCandidates).where(eq(electionCandidates.electionId, electionId)).groupBy(electionCandidates.status);
  const of = (status: CandidateStatus) => rows.find((r) => r.status === status)?.n ?? 0;
  return { nominated: of("nominated"), eligible: of("eligible"), ineligible: of("ineligible"), shortlisted: of("shortlisted"), notShortlisted: of("not_shortlisted"), withdrawn: of("withdrawn") };
}

/** Candidates with a decision (ineligible, shortlisted or not) they have not been told about yet. */
export async function awaitingNotice(db: Executor, electionId: string) {
  return db
    .select({ id: electionCandidates.id, residentId: electionCandidates.residentId, status: electionCandidates.status })
    .from(electionCandidates)
    .where(and(eq(electionCandidates.electionId, electionId), inArray(electionCandidates.status, [...DECIDED]), isNull(electionCandidates.outcomeNotifiedAt)));
}
