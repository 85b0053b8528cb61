// Residents standing for the board: which elections take nominations, a
// resident's own nominations, and nominating yourself with a statement in one
// or more languages and answers to the skills questions. Eligibility is the
// election's own rule applied to the resident's tenancy, as for the roll.
import { and, asc, eq } from "drizzle-orm";
import { schema } from "@hearth/db";
import { distinctBallotName, nominationProblems, rollExclusion, skillsAnswers, writtenStatements, type Nomination, type RollExclusion } from "@hearth/domain/elections";
import { LOCALES } from "@hearth/domain/identity";
import { writeAudit } from "../../audit.js";
import { refuse, refuseAll } from "../../errors.js";
import { loadElection, phasesOf, type ElectionRow } from "../../repositories/elections/election.js";
import { landlordElections, residentTenancy, rollRuleOf } from "../../repositories/elections/resident-elections.js";
import type { Executor } from "@hearth/db";
import { residentProcedure, router } from "../../trpc.js";
import { electionByReference } from "./officer.js";
import { nominationInput, referenceOnly } from "./voting-inputs.js";

const { elections, electionCandidates, electionStatements } = schema;

/** Why this resident may not stand in this election, or null when they may. */
async function exclusionOf(db: Executor, row: ElectionRow, residentId: string): Promise<RollExclusion | null> {
  const tenancy = await residentTenancy(db, residentId);
  if (!tenancy) return "former-tenant";
  return rollExclusion(tenancy, rollRuleOf(row));
}

async function ownCandidacy(db: Executor, electionId: string, residentId: string) {
  const [row] = await db
    .select({ id: electionCandidates.id, status: electionCandidates.status, createdAt: electionCandidates.createdAt })
    .from(electionCandidates)
    .where(and(eq(electionCandidates.electionId, electionId), eq(electionCandidates.residentId, residentId)));
  return row ?? null;
}

function summary(row: ElectionRow) {
  return {
    reference: row.reference,
    title: row.title,
    body: row.body,
    seats: row.seats,
    system: row.system,
    nominationsCloseAt: row.nominationsCloseAt.toISOString(),
    votingOpenAt: row.votingOpenAt.toISOString(),
    votingCloseAt: row.votingCloseAt.toISOString(),
  };
}

/** A missing answer names its question, so the error summary's five lines are not all "Answer this question". */
function messageKey(code: string, field: string): string {
  return code === "elections.nomination.answerRequired" ? `errors.${code}.${field.slice("skills.".length)}` : `errors.${code}`;
}

/** Refuses a nomination with something to fix, every field at once. */
function assertComplete(input: Nomination) {
  const problems = nominationProblems(input, LOCALES);
  if (problems.length) throw refuseAll("BAD_REQUEST", problems.map(({ field, code, ...params }) => ({ field, key: messageKey(code, field), params })));
}

/**
 * The election, when this resident may stand in it now: their landlord's,
 * taking nominations, their tenancy meets its rule, and they have not stood.
 * With `lock`, the election row is held so a close cannot slip in before the insert.
 */
async function mayNominate(db: Executor, reference: string, landlordId: string, residentId: string, now: Date, options: { lock?: boolean } = {}) {
  const found = await electionByReference(db, reference, now);
  if (found.row.landlordId !== landlordId) throw refuse("NOT_FOUND", "errors.notFound");
  const election = options.lock ? await loadElection(db, { id: found.row.id }, now, { lock: true }) : found;
  if (election.phase !== "nominations") throw refuse("CONFLICT", "errors.elections.nomination.closed");
  const exclusion = await exclusionOf(db, election.row, residentId);
  if (exclusion) throw refuse("FORBIDDEN", `errors.elections.nomination.notEligible.${exclusion}`);
  if (await ownCandidacy(db, election.row.id, residentId)) throw refuse("CONFLICT", "errors.elections.nomination.alreadyNominated");
  return election;
}

export const nominationsRouter = router({
  /** Elections of the resident's landlord taking nominations now, with whether they may stand and have. */
  open: residentProcedure.query(async ({ ctx }) => {
    const now = ctx.now();
    const open = [];
    const rows = await landlordElections(ctx.db, ctx.landlordId);
    const phases = await phasesOf(ctx.db, rows, now);
    for (const row of rows) {
      if (phases.get(row.id) !== "nominations") continue;
      const exclusion = await exclusionOf(ctx.db, row, ctx.residentId);
      const own = await ownCandidacy(ctx.db, row.id, ctx.residentId);
      open.push({ ...summary(row), eligible: exclusion === null, exclusion, nominated: own !== null });
    }
    return open;
  }),

  /** Everything the nomination pages show for one election: the election, whether this resident may stand, and whether they have. */
  form: residentProcedure.input(referenceOnly).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    if (election.row.landlordId !== ctx.landlordId) throw refuse("NOT_FOUND", "errors.notFound");
    const exclusion = await exclusionOf(ctx.db, election.row, ctx.residentId);
    const own = await ownCandidacy(ctx.db, election.row.id, ctx.residentId);
    return {
      ...summary(election.row),
      open: election.phase === "nominations",
      eligible: exclusion === null,
      exclusion,
      nomination: own ? { status: own.status, submittedAt: own.createdAt.toISOString() } : null,
    };
  }),

  /** The resident's own nominations, newest election first, with where each stands. */
  mine: residentProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db
      .select({ reference: elections.reference, title: elections.title, status: electionCandidates.status, submittedAt: electionCandidates.createdAt, electionId: elections.id })
      .from(electionCandidates)
      .innerJoin(elections, eq(elections.id, electionCandidates.electionId))
      .where(eq(electionCandidates.residentId, ctx.residentId))
      .orderBy(asc(elections.votingOpenAt));
    const languages = rows.length
      ? await ctx.db
          .select({ candidateId: electionStatements.candidateId, language: electionStatements.language, electionId: electionCandidates.electionId })
          .from(electionStatements)
          .innerJoin(electionCandidates, eq(electionCandidates.id, electionStatements.candidateId))
          .where(eq(electionCandidates.residentId, ctx.residentId))
          .orderBy(asc(electionStatements.createdAt), asc(electionStatements.language))
      : [];
    return rows.reverse().map(({ electionId, submittedAt, ...row }) => ({
      ...row,
      submittedAt: submittedAt.toISOString(),
      languages: languages.filter((l) => l.electionId === electionId).map((l) => l.language),
    }));
  }),

  /** "Check your answers": everything `submit` would refuse, and what it would keep. Writes nothing. */
  check: residentProcedure.input(nominationInput).query(async ({ ctx, input }) => {
    assertComplete(input);
    await mayNominate(ctx.db, input.reference, ctx.landlordId, ctx.residentId, ctx.now());
    return { statements: writtenStatements(input.statements), answers: skillsAnswers(input.answers) };
  }),

  /**
   * Self-nomination: refused once nominations close, when the resident's
   * tenancy does not meet the election's rule, or when they have already
   * stood. Statements are kept in the order given (the first is the main one).
   */
  submit: residentProcedure.input(nominationInput).mutation(async ({ ctx, input }) => {
    assertComplete(input);
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const election = await mayNominate(tx, input.reference, ctx.landlordId, ctx.residentId, now, { lock: true });
      const [resident] = await tx
        .select({ firstName: schema.residents.firstName, lastName: schema.residents.lastName, neighbourhood: schema.neighbourhoods.name })
        .from(schema.residents)
        .innerJoin(schema.tenancies, eq(schema.tenancies.id, schema.residents.tenancyId))
        .innerJoin(schema.homes, eq(schema.homes.id, schema.tenancies.homeId))
        .innerJoin(schema.neighbourhoods, eq(schema.neighbourhoods.id, schema.homes.neighbourhoodId))
        .where(eq(schema.residents.id, ctx.residentId));
      // The election row is locked, so no one else can take the same name meanwhile.
      const taken = await tx.select({ name: electionCandidates.ballotName }).from(electionCandidates).where(eq(electionCandidates.electionId, election.row.id));
      const ballotName = distinctBallotName(`${resident!.firstName} ${resident!.lastName}`, resident!.neighbourhood, taken.map((t) => t.name));
      const [candidate] = await tx
        .insert(electionCandidates)
        .values({ electionId: election.row.id, residentId: ctx.residentId, ballotName, skills: skillsAnswers(input.answers), createdAt: now, updatedAt: now })
        .onConflictDoNothing({ target: [electionCandidates.electionId, electionCandidates.residentId] })
        .returning({ id: electionCandidates.id });
      if (!candidate) throw refuse("CONFLICT", "errors.elections.nomination.alreadyNominated");
      const statements = writtenStatements(input.statements);
      // One transaction shares one clock, so the candidate's order is kept a millisecond apart.
      await tx.insert(electionStatements).values(
        statements.map((s, i) => {
          const at = new Date(now.getTime() + i);
          return { candidateId: candidate.id, language: s.language, statement: s.statement, createdAt: at, updatedAt: at };
        }),
      );
      await writeAudit(
        tx,
        { actorUserId: ctx.user.id, action: "election.nominated", subjectType: "election", subjectId: election.row.id, details: { candidateId: candidate.id, languages: statements.map((s) => s.language) }, address: ctx.address },
        now,
      );
      return { reference: election.row.reference, languages: statements.map((s) => s.language) };
    });
  }),
});
