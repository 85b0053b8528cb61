// Paper ballots for the election officer: envelopes marked returned against
// the roll, papers keyed in batches, and a second officer confirming or
// rejecting each batch. The two halves are recorded apart (the register
// never learns which paper was whose) and written under a share lock on the
// election, so closing and counting wait for a batch being written.
import { and, eq } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { ballotKind, choicesFromCrosses, maxCrosses, paperProblems, rankFromPreferences, type BallotProblem, type ElectionPhase } from "@hearth/domain/elections";
import { writeAudit } from "../../audit.js";
import type { Context, SessionUser } from "../../context.js";
import { refuse, refuseAll, type FieldMessage } from "../../errors.js";
import { ballotPaper, sealChain } from "../../repositories/elections/ballot-list.js";
import { markVoter, storeBallot } from "../../repositories/elections/ballots.js";
import { phaseOf, type LoadedElection } from "../../repositories/elections/election.js";
import { batchList, batchPapers, labelInUse, paperFigures, paperReturns, RETURNS_PAGE_SIZE } from "../../repositories/elections/paper.js";
import { hasVoted, isOnRoll } from "../../repositories/elections/resident-elections.js";
import { batchInput, batchReferenceInput, keyBatchInput, markReturnedInput, referenceInput, rejectBatchInput, returnsInput } from "./count-inputs.js";
import { electionByReference, headerOf, officerProcedure } from "./officer.js";

const { elections, electionBallots, electionPaperBatches } = schema;

/** Paper is taken from opening until the count (returns may arrive after the close). */
export function takesPaper(phase: ElectionPhase): boolean {
  return phase === "voting" || phase === "closed";
}

function assertTakesPaper(election: LoadedElection): void {
  if (election.phase === "voting" || election.phase === "closed") return;
  throw refuse("CONFLICT", ["counted", "certified", "published"].includes(election.phase) ? "errors.elections.counting.alreadyCounted" : "errors.elections.counting.paperNotYet");
}

/**
 * The election row locked for this transaction: `share` lets paper writes run
 * side by side while keeping the close and the count out; `no key update`
 * serialises a batch check, which may extend the chain after the close.
 */
async function lockElection(tx: Executor, electionId: string, now: Date, strength: "share" | "no key update"): Promise<LoadedElection> {
  const [row] = await tx.select().from(elections).where(eq(elections.id, electionId)).for(strength);
  if (!row) throw refuse("NOT_FOUND", "errors.notFound");
  return { row, phase: await phaseOf(tx, row, now) };
}

/** A problem with one keyed paper, worded for the officer and pointed at that paper's row or box. */
function paperMessage(index: number, problem: BallotProblem, names: Map<string, string>): FieldMessage {
  const paper = index + 1;
  const key = `errors.elections.counting.paper.${problem.code.split(".").at(-1)}`;
  switch (problem.code) {
    case "elections.ballot.notANumber":
      return { field: `papers.${index}.marks.${problem.candidate}`, key, params: { paper, name: names.get(problem.candidate) ?? "" } };
    case "elections.ballot.outOfRange":
      return { field: `papers.${index}.marks.${problem.candidate}`, key, params: { paper, name: names.get(problem.candidate) ?? "", max: problem.max } };
    case "elections.ballot.repeatedPreference":
    case "elections.ballot.missingPreference":
      return { field: `papers.${index}`, key, params: { paper, preference: problem.preference } };
    case "elections.ballot.tooManyChoices":
      return { field: `papers.${index}`, key, params: { paper, max: problem.max } };
    default:
      return { field: `papers.${index}`, key, params: { paper } };
  }
}

type KeyedPaper = { marks?: Record<string, string> | undefined; crosses?: string[] | undefined; void: boolean };

/**
 * Reads every paper with the same rules as an online ballot; a void paper
 * (spoilt, blank, or unreadable) is kept as an empty ranking, so it is in the
 * batch and the reconciliation but never a valid vote. All problems are
 * reported at once, each against its paper.
 */
function readPapers(papers: readonly KeyedPaper[], candidates: readonly { id: string; position: number; name: string }[], election: { system: LoadedElection["row"]["system"]; seats: number }): number[][] {
  const ids = candidates.map((c) => c.id);
  const names = new Map(candidates.map((c) => [c.id, c.name]));
  const position = new Map(candidates.map((c) => [c.id, c.position]));
  const kind = ballotKind(election.system);
  const problems: FieldMessage[] = [];
  const rankings = papers.map((paper, index) => {
    if (paper.void) return [];
    const read =
      kind === "preferences"
        ? rankFromPreferences(paper.marks ?? {}, ids)
        : choicesFromCrosses(paper.crosses ?? [], ids, { system: election.system as "fptp" | "approval", seats: maxCrosses(election.system, election.seats, ids.length) });
    if (!read.ok) {
      problems.push(...read.problems.map((problem) => paperMessage(index, problem, names)));
      return [];
    }
    return read.ranking.map((id) => position.get(id)!);
  });
  if (problems.length) throw refuseAll("BAD_REQUEST", problems);
  return rankings;
}

async function batchOf(db: Executor, electionId: string, batchId: string) {
  const [batch] = await batchList(db, electionId, { batchId });
  if (!batch) throw refuse("NOT_FOUND", "errors.notFound");
  return batch;
}

/** A batch may be checked once, by an officer who did not key it, before the count. */
function assertMayCheck(batch: { status: string; keyedByUserId: string }, userId: string): void {
  if (batch.status !== "keyed") throw refuse("CONFLICT", "errors.elections.counting.batchChecked");
  if (batch.keyedByUserId === userId) throw refuse("FORBIDDEN", "errors.elections.counting.secondOfficer");
}

/**
 * A second officer's decision on a keyed batch, in one audited transaction:
 * the election is locked and still taking paper, and the batch is one this
 * officer may check. `decide` returns what the audit entry adds.
 */
async function checkBatch(
  ctx: Context & { user: SessionUser },
  input: { electionId: string; batchId: string },
  action: "election.paperBatchConfirmed" | "election.paperBatchRejected",
  decide: (tx: Executor, election: LoadedElection, batch: Awaited<ReturnType<typeof batchOf>>, now: Date) => Promise<Record<string, unknown>>,
) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const election = await lockElection(tx, input.electionId, now, "no key update");
    assertTakesPaper(election);
    const batch = await batchOf(tx, election.row.id, input.batchId);
    assertMayCheck(batch, ctx.user.id);
    const details = await decide(tx, election, batch, now);
    await writeAudit(tx, { actorUserId: ctx.user.id, action, subjectType: "election", subjectId: election.row.id, details: { batchId: batch.id, label: batch.label, papers: batch.papers, ...details }, address: ctx.address }, now);
    return { reference: election.row.reference, label: batch.label };
  });
}

export const paperProcedures = {
  /** Where paper stands: returns against confirmed papers, what is out and by how many, and every batch. */
  paper: officerProcedure.input(referenceInput).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    const figures = await paperFigures(ctx.db, election.row.id);
    const batches = await batchList(ctx.db, election.row.id);
    return {
      header: headerOf(election),
      takesPaper: takesPaper(election.phase),
      figures,
      problems: paperProblems(figures),
      batches: batches.map(({ keyedByUserId, ...batch }) => ({ ...batch, keyedAt: batch.keyedAt.toISOString(), checkedAt: batch.checkedBy ? batch.checkedAt.toISOString() : null, mine: keyedByUserId === ctx.user.id })),
    };
  }),

  /** The roll, searched, with who has voted and how: for marking returned envelopes. */
  returns: officerProcedure.input(returnsInput).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    const { rows, total } = await paperReturns(ctx.db, election.row.id, { search: input.search.trim(), page: input.page });
    return { header: headerOf(election), takesPaper: takesPaper(election.phase), rows, total, page: input.page, pageSize: RETURNS_PAGE_SIZE };
  }),

  /**
   * Marks a returned envelope: the resident has voted on paper. Refused when
   * they are not on the roll or have voted already by any channel. The audit
   * entry names the officer but not the resident: with its time it could
   * otherwise be set beside the batch keyed next.
   */
  markPaperReturned: officerProcedure.input(markReturnedInput).mutation(async ({ ctx, input }) => {
    const user = ctx.user;
    return ctx.db.transaction(async (tx) => {
      const now = ctx.now();
      const election = await lockElection(tx, input.electionId, now, "share");
      assertTakesPaper(election);
      if (!(await isOnRoll(tx, election.row.id, input.residentId))) throw refuse("CONFLICT", "errors.elections.counting.notOnRoll", { field: "residentId" });
      if (await hasVoted(tx, election.row.id, input.residentId)) throw refuse("CONFLICT", "errors.elections.counting.alreadyVoted", { field: "residentId" });
      try {
        await markVoter(tx, { electionId: election.row.id, residentId: input.residentId, channel: "paper" });
      } catch (error) {
        // Another officer marked the same envelope a moment ago.
        if (error instanceof Error && error.message === "errors.elections.alreadyVoted") throw refuse("CONFLICT", "errors.elections.counting.alreadyVoted", { field: "residentId" });
        throw error;
      }
      await writeAudit(tx, { actorUserId: user.id, action: "election.paperReturned", subjectType: "election", subjectId: election.row.id, address: ctx.address }, now);
      return { reference: election.row.reference };
    });
  }),

  /** The ballot paper for keying: candidates in paper order and how a paper is marked. */
  keying: officerProcedure.input(referenceInput).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    const candidates = await ballotPaper(ctx.db, election.row.id);
    return {
      header: headerOf(election),
      takesPaper: takesPaper(election.phase),
      kind: ballotKind(election.row.system),
      maxCrosses: maxCrosses(election.row.system, election.row.seats, candidates.length),
      candidates: candidates.map(({ id, name }) => ({ id, name })),
    };
  }),

  /** Keys a batch of papers, all or nothing: every paper read by the ballot rules, stored with the batch. */
  keyBatch: officerProcedure.input(keyBatchInput).mutation(async ({ ctx, input }) => {
    const user = ctx.user;
    return ctx.db.transaction(async (tx) => {
      const now = ctx.now();
      const election = await lockElection(tx, input.electionId, now, "share");
      assertTakesPaper(election);
      const rankings = readPapers(input.papers, await ballotPaper(tx, election.row.id), election.row);
      if (await labelInUse(tx, election.row.id, input.label)) throw refuse("CONFLICT", "errors.elections.counting.labelTaken", { field: "label" });
      const [batch] = await tx
        .insert(electionPaperBatches)
        .values({ electionId: election.row.id, label: input.label, papers: rankings.length, keyedByUserId: user.id, createdAt: now, updatedAt: now })
        .returning({ id: electionPaperBatches.id });
      for (const ranking of rankings) await storeBallot(tx, { electionId: election.row.id, ranking, batchId: batch!.id });
      await writeAudit(tx, { actorUserId: user.id, action: "election.paperBatchKeyed", subjectType: "election", subjectId: election.row.id, details: { batchId: batch!.id, label: input.label, papers: rankings.length }, address: ctx.address }, now);
      return { reference: election.row.reference, batchId: batch!.id, papers: rankings.length };
    });
  }),

  /** One batch with its papers as keyed, and whether this officer may check it. */
  batch: officerProcedure.input(batchReferenceInput).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    const { keyedByUserId, ...batch } = await batchOf(ctx.db, election.row.id, input.batchId);
    const candidates = await ballotPaper(ctx.db, election.row.id);
    const names = new Map(candidates.map((c) => [c.position, c.name]));
    const papers = batch.status === "rejected" ? [] : await batchPapers(ctx.db, batch.id);
    return {
      header: headerOf(election),
      kind: ballotKind(election.row.system),
      batch: { ...batch, keyedAt: batch.keyedAt.toISOString(), checkedAt: batch.checkedBy ? batch.checkedAt.toISOString() : null },
      papers: papers.map((ranking) => ranking.map((position) => names.get(position) ?? "")),
      mine: keyedByUserId === ctx.user.id,
      mayCheck: takesPaper(election.phase) && batch.status === "keyed" && keyedByUserId !== ctx.user.id,
    };
  }),

  /** A second officer confirms a batch: its papers count. After the close they join the end of the chain. */
  confirmBatch: officerProcedure.input(batchInput).mutation(({ ctx, input }) =>
    checkBatch(ctx, input, "election.paperBatchConfirmed", async (tx, election, batch, now) => {
      await tx.update(electionPaperBatches).set({ status: "confirmed", confirmedByUserId: ctx.user.id, updatedAt: now }).where(eq(electionPaperBatches.id, batch.id));
      return { chained: election.row.votingClosedAt ? (await sealChain(tx, election.row)).chained : 0 };
    }),
  ),

  /** A second officer rejects a batch with a reason: its ballots are withdrawn, and the papers are keyed again. */
  rejectBatch: officerProcedure.input(rejectBatchInput).mutation(({ ctx, input }) =>
    checkBatch(ctx, input, "election.paperBatchRejected", async (tx, election, batch, now) => {
      // The database lets a batch's ballots go only once it is marked rejected.
      await tx.update(electionPaperBatches).set({ status: "rejected", confirmedByUserId: ctx.user.id, updatedAt: now }).where(eq(electionPaperBatches.id, batch.id));
      await tx.delete(electionBallots).where(and(eq(electionBallots.electionId, election.row.id), eq(electionBallots.batchId, batch.id)));
      return { reason: input.reason };
    }),
  ),
};
