// Candidates: the eligibility check, the shortlisting panel's scores and
// reasons, the shortlist decision and telling every candidate the outcome.
// All of it is refused once voting opens (the database refuses it too).
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@hearth/db";
import { SKILLS_CRITERIA, candidateScore, scoreSheetProblems, suggestShortlist } from "@hearth/domain/elections";
import { refuse, refuseAll } from "../../errors.js";
import { enqueueJob } from "../../jobs/enqueue.js";
import { CANDIDATE_OUTCOMES, type CandidateOutcome } from "../../jobs/handlers/election-outcome.js";
import { SHORTLISTABLE, awaitingNotice, candidateRows, type CandidateRow } from "../../repositories/elections/candidates.js";
import { assertNotLocked, changeElection } from "../../repositories/elections/election.js";
import { electionChangeShape, electionReferenceInput, eligibilityInput, scoreInput, shortlistInput } from "./inputs.js";
import { electionByReference, headerOf, officerProcedure } from "./officer.js";

const { electionCandidates, electionShortlistScores } = schema;

function candidateView(row: CandidateRow) {
  return { ...row, outcomeNotifiedAt: row.outcomeNotifiedAt?.toISOString() ?? null, nominatedAt: row.nominatedAt.toISOString(), total: candidateScore(row.scores) };
}

async function candidateIn(tx: Parameters<Parameters<typeof changeElection>[3]>[0], electionId: string, candidateId: string) {
  const [candidate] = await tx.select().from(electionCandidates).where(and(eq(electionCandidates.electionId, electionId), eq(electionCandidates.id, candidateId)));
  if (!candidate) throw refuse("NOT_FOUND", "errors.notFound");
  return candidate;
}

export const candidateProcedures = {
  /** Every candidate with statements, answers, scores, and the shortlist the scores suggest for seats + 1 and more. */
  candidates: officerProcedure.input(z.object({ reference: electionReferenceInput, size: z.coerce.number().int().min(1).max(100).optional() })).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    const rows = await candidateRows(ctx.db, election.row.id);
    // A contested ballot needs at least one more candidate than seats; that is the size offered first.
    const size = input.size ?? election.row.seats + 1;
    const suggestion = suggestShortlist(
      rows.filter((r) => SHORTLISTABLE.includes(r.status)).map((r) => ({ id: r.id, scores: r.scores })),
      size,
    );
    return {
      header: headerOf(election),
      candidates: rows.map(candidateView),
      suggestion: { ...suggestion, size },
      awaitingNotice: (await awaitingNotice(ctx.db, election.row.id)).length,
    };
  }),

  /** One candidate, with this officer's own score sheet so far. */
  candidate: officerProcedure.input(z.object({ reference: electionReferenceInput, candidateId: z.uuid({ error: "errors.notFound" }) })).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    const [row] = await candidateRows(ctx.db, election.row.id, input.candidateId);
    if (!row) throw refuse("NOT_FOUND", "errors.notFound");
    const mine = Object.fromEntries(row.scores.filter((s) => s.scorerId === ctx.user.id).map((s) => [s.criterion, { score: s.score, reason: s.reason }]));
    return { header: headerOf(election), candidate: candidateView(row), myScores: mine as Partial<Record<(typeof SKILLS_CRITERIA)[number], { score: number; reason: string }>> };
  }),

  /** The eligibility check: eligible or not, with a note (told to a candidate found not eligible). */
  setEligibility: officerProcedure.input(eligibilityInput).mutation(async ({ ctx, input }) => {
    return changeElection(ctx, input, "election.candidateChecked", async (tx, election) => {
      assertNotLocked(election);
      const candidate = await candidateIn(tx, election.row.id, input.candidateId);
      if (candidate.status === "withdrawn") throw refuse("CONFLICT", "errors.elections.candidates.withdrawn");
      if (input.eligible === "ineligible" && !input.note) throw refuse("BAD_REQUEST", "errors.elections.candidates.noteRequired", { field: "note" });
      // Found eligible again, a shortlisted candidate keeps their place; anything else starts from "eligible".
      const status = input.eligible === "ineligible" ? "ineligible" : SHORTLISTABLE.includes(candidate.status) ? candidate.status : "eligible";
      await tx
        .update(electionCandidates)
        .set({ status, eligibilityNote: input.note, updatedAt: ctx.now(), ...(status !== candidate.status ? { outcomeNotifiedAt: null } : {}) })
        .where(eq(electionCandidates.id, candidate.id));
      return { result: { status }, details: { candidateId: candidate.id, from: candidate.status, to: status, note: input.note } };
    });
  }),

  /** This panel member's scores (0–5) and reasons for every criterion; a new sheet replaces their old one. */
  scoreCandidate: officerProcedure.input(scoreInput).mutation(async ({ ctx, input }) => {
    const problems = scoreSheetProblems(
      Object.fromEntries(SKILLS_CRITERIA.map((c) => [c, input.scores[c] ? { score: input.scores[c]!.score, reason: input.scores[c]!.reason } : undefined])),
    );
    if (problems.length) throw refuseAll("BAD_REQUEST", problems.map((p) => ({ field: `scores.${p.field}`, key: `errors.${p.key}` })));
    return changeElection(ctx, input, "election.candidateScored", async (tx, election) => {
      assertNotLocked(election);
      const candidate = await candidateIn(tx, election.row.id, input.candidateId);
      if (!SHORTLISTABLE.includes(candidate.status)) throw refuse("CONFLICT", "errors.elections.candidates.notEligible");
      const now = ctx.now();
      await tx.delete(electionShortlistScores).where(and(eq(electionShortlistScores.candidateId, candidate.id), eq(electionShortlistScores.scorerUserId, ctx.user.id)));
      await tx.insert(electionShortlistScores).values(
        SKILLS_CRITERIA.map((criterion) => ({
          candidateId: candidate.id,
          scorerUserId: ctx.user.id,
          criterion,
          score: input.scores[criterion]!.score!,
          reason: input.scores[criterion]!.reason,
          createdAt: now,
          updatedAt: now,
        })),
      );
      const scores = Object.fromEntries(SKILLS_CRITERIA.map((c) => [c, input.scores[c]!.score]));
      return { result: { candidateId: candidate.id }, details: { candidateId: candidate.id, scores } };
    });
  }),

  /**
   * The panel's decision: the ticked candidates are shortlisted, every other
   * eligible candidate is not. Only scored candidates can be shortlisted.
   */
  shortlist: officerProcedure.input(shortlistInput).mutation(async ({ ctx, input }) => {
    return changeElection(ctx, input, "election.shortlisted", async (tx, election) => {
      assertNotLocked(election);
      const chosen = new Set(input.candidateIds);
      if (chosen.size === 0) throw refuse("BAD_REQUEST", "errors.elections.candidates.shortlistEmpty", { field: "candidateIds" });
      const rows = await candidateRows(tx, election.row.id);
      const open = rows.filter((r) => SHORTLISTABLE.includes(r.status));
      for (const id of chosen) {
        const row = open.find((r) => r.id === id);
        if (!row) throw refuse("CONFLICT", "errors.elections.candidates.notEligible", { field: "candidateIds" });
        if (row.scores.length === 0) throw refuse("CONFLICT", "errors.elections.candidates.notScored", { field: "candidateIds", params: { name: row.ballotName } });
      }
      const now = ctx.now();
      for (const row of open) {
        const status = chosen.has(row.id) ? "shortlisted" : "not_shortlisted";
        if (status === row.status) continue;
        await tx.update(electionCandidates).set({ status, outcomeNotifiedAt: null, updatedAt: now }).where(eq(electionCandidates.id, row.id));
      }
      return { result: { shortlisted: chosen.size }, details: { shortlisted: [...chosen], notShortlisted: open.filter((r) => !chosen.has(r.id)).map((r) => r.id) } };
    });
  }),

  /** Tells every candidate with an untold decision their outcome, as a portal message (a queued job each). */
  notifyCandidates: officerProcedure.input(z.object(electionChangeShape)).mutation(async ({ ctx, input }) => {
    return changeElection(ctx, input, "election.candidatesNotified", async (tx, election) => {
      assertNotLocked(election);
      const waiting = await awaitingNotice(tx, election.row.id);
      if (waiting.length === 0) throw refuse("CONFLICT", "errors.elections.candidates.nobodyToNotify");
      const now = ctx.now();
      for (const candidate of waiting) {
        await enqueueJob(tx, "election.candidateOutcome", { candidateId: candidate.id, outcome: candidate.status as CandidateOutcome });
      }
      await tx
        .update(electionCandidates)
        .set({ outcomeNotifiedAt: now })
        .where(inArray(electionCandidates.id, waiting.map((c) => c.id)));
      const counts = Object.fromEntries(CANDIDATE_OUTCOMES.map((o) => [o, waiting.filter((c) => c.status === o).length]));
      return { result: { notified: waiting.length }, details: counts };
    });
  }),
};
