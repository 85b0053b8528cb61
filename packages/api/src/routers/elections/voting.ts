// Voting, for signed-in residents and for anyone holding a single-use code,
// and the published results with receipt checks for everyone. Nothing here
// writes a time or an audit entry about a vote: the marked register and the
// ballot list must not be joinable, and a log line with a time would join them.
import { and, eq, isNotNull } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { HOW_IT_WORKS, RECEIPT_CODE, VOTING_CODE, ballotKind, isLocked, maxCrosses, normaliseCode, resultTable } from "@hearth/domain/elections";
import { refuse } from "../../errors.js";
import { castBallot, readMarks } from "../../repositories/elections/casting.js";
import { loadElection, phasesOf, type ElectionRow, type LoadedElection } from "../../repositories/elections/election.js";
import { ballotCandidates, hasVoted, isOnRoll, landlordElections, rollSize, votersMarked, type BallotCandidate } from "../../repositories/elections/resident-elections.js";
import { hashVotingCode } from "../../repositories/elections/voting-codes.js";
import { installationLandlordId } from "../../repositories/service-areas.js";
import { publicProcedure, residentProcedure, router } from "../../trpc.js";
import { electionByReference } from "./officer.js";
import { castInput, castWithCodeInput, codeOnly, receiptInput, referenceOnly } from "./voting-inputs.js";

const { electionBallots, electionResults, electionVotingCodes } = schema;

function dates(row: ElectionRow) {
  return {
    nominationsOpenAt: row.nominationsOpenAt.toISOString(),
    nominationsCloseAt: row.nominationsCloseAt.toISOString(),
    votingOpenAt: row.votingOpenAt.toISOString(),
    votingCloseAt: row.votingCloseAt.toISOString(),
    countAt: row.countAt.toISOString(),
  };
}

/** An election the portal shows: this installation's, and past its draft. NOT_FOUND otherwise. */
async function portalElection(db: Executor, reference: string, now: Date): Promise<LoadedElection> {
  const election = await electionByReference(db, reference, now);
  if (election.row.landlordId !== (await installationLandlordId(db)) || election.phase === "draft") throw refuse("NOT_FOUND", "errors.notFound");
  return election;
}

/** A signed-in resident's election: their landlord's, else NOT_FOUND. */
async function residentElection(db: Executor, reference: string, landlordId: string, now: Date): Promise<LoadedElection> {
  const election = await electionByReference(db, reference, now);
  if (election.row.landlordId !== landlordId) throw refuse("NOT_FOUND", "errors.notFound");
  return election;
}

function ballotView(election: LoadedElection, candidates: BallotCandidate[]) {
  const { row } = election;
  return {
    reference: row.reference,
    title: row.title,
    seats: row.seats,
    system: row.system,
    kind: ballotKind(row.system),
    maxCrosses: maxCrosses(row.system, row.seats, candidates.length),
    votingCloseAt: row.votingCloseAt.toISOString(),
    howItWorks: [...HOW_IT_WORKS[row.system]],
    candidates,
  };
}

/** The voter's choices as they will be stored, in order, for "check your vote". */
function choicesOf(ranking: readonly number[], candidates: readonly BallotCandidate[]) {
  return ranking.map((position, i) => ({ preference: i + 1, id: candidates.find((c) => c.position === position)!.id, name: candidates.find((c) => c.position === position)!.name }));
}

/** Refuses a resident who may not vote in this election now; the reasons are checked in the order a person can act on them. */
async function assertMayVote(db: Executor, election: LoadedElection, residentId: string) {
  if (election.phase !== "voting") throw refuse("CONFLICT", "errors.elections.voting.notOpen");
  if (!(await isOnRoll(db, election.row.id, residentId))) throw refuse("FORBIDDEN", "errors.elections.voting.notOnRoll");
  if (await hasVoted(db, election.row.id, residentId)) throw refuse("CONFLICT", "errors.elections.alreadyVoted");
}

/**
 * The election and resident behind a typed code, or the reason it cannot be
 * used: wrong (mistyped, unknown, or another installation's), already used,
 * not yet open, or voting over.
 */
async function codeElection(db: Executor, typed: string, now: Date) {
  if (!typed.trim()) throw refuse("BAD_REQUEST", "errors.elections.voting.codeRequired", { field: "code" });
  const code = normaliseCode(typed, VOTING_CODE);
  const codeHash = hashVotingCode(typed);
  if (!code || !codeHash) throw refuse("BAD_REQUEST", "errors.elections.voting.codeWrong", { field: "code" });
  const [found] = await db.select().from(electionVotingCodes).where(eq(electionVotingCodes.codeHash, codeHash));
  if (!found) throw refuse("BAD_REQUEST", "errors.elections.voting.codeWrong", { field: "code" });
  const election = await loadElection(db, { id: found.electionId }, now);
  if (election.row.landlordId !== (await installationLandlordId(db))) throw refuse("BAD_REQUEST", "errors.elections.voting.codeWrong", { field: "code" });
  if (found.used) throw refuse("CONFLICT", "errors.elections.voting.codeUsed", { field: "code" });
  if (!isLocked(election.phase)) throw refuse("CONFLICT", "errors.elections.voting.codeNotYetOpen", { field: "code" });
  if (election.phase !== "voting") throw refuse("CONFLICT", "errors.elections.voting.codeExpired", { field: "code" });
  if (!(await isOnRoll(db, election.row.id, found.residentId))) throw refuse("FORBIDDEN", "errors.elections.voting.notOnRoll", { field: "code" });
  if (await hasVoted(db, election.row.id, found.residentId)) throw refuse("CONFLICT", "errors.elections.alreadyVoted", { field: "code" });
  return { election, codeHash, residentId: found.residentId, code };
}

async function publishedElection(db: Executor, reference: string, now: Date) {
  const election = await portalElection(db, reference, now);
  const [result] = await db.select().from(electionResults).where(eq(electionResults.electionId, election.row.id));
  if (election.phase !== "published" || !result) throw refuse("NOT_FOUND", "errors.notFound");
  return { election, result };
}

export const votingRouter = router({
  /** Elections the resident is on the roll for and can vote in now, with whether they have. */
  elections: residentProcedure.query(async ({ ctx }) => {
    const now = ctx.now();
    const open = [];
    const rows = (await landlordElections(ctx.db, ctx.landlordId)).filter((row) => row.votingOpenedAt && !row.votingClosedAt);
    const phases = await phasesOf(ctx.db, rows, now);
    for (const row of rows) {
      if (phases.get(row.id) !== "voting" || !(await isOnRoll(ctx.db, row.id, ctx.residentId))) continue;
      open.push({ reference: row.reference, title: row.title, seats: row.seats, system: row.system, votingCloseAt: row.votingCloseAt.toISOString(), voted: await hasVoted(ctx.db, row.id, ctx.residentId) });
    }
    return open;
  }),

  /** Every election of this installation past its draft, newest first, with where it stands: for the public list. */
  list: publicProcedure.query(async ({ ctx }) => {
    const landlordId = await installationLandlordId(ctx.db);
    if (!landlordId) return [];
    const now = ctx.now();
    const shown = [];
    const rows = await landlordElections(ctx.db, landlordId);
    const phases = await phasesOf(ctx.db, rows, now);
    for (const row of rows) {
      const phase = phases.get(row.id)!;
      if (phase !== "draft") shown.push({ reference: row.reference, title: row.title, seats: row.seats, system: row.system, phase, ...dates(row) });
    }
    return shown.reverse();
  }),

  /** One election for anyone: dates, how its system works, and once the candidates are fixed, who they are in the reader's language. */
  election: publicProcedure.input(referenceOnly).query(async ({ ctx, input }) => {
    const election = await portalElection(ctx.db, input.reference, ctx.now());
    const { row, phase } = election;
    return {
      reference: row.reference,
      title: row.title,
      body: row.body,
      seats: row.seats,
      system: row.system,
      phase,
      ...dates(row),
      howItWorks: [...HOW_IT_WORKS[row.system]],
      // Before voting opens the shortlist may still change, so no candidates are shown.
      candidates: isLocked(phase) ? await ballotCandidates(ctx.db, row.id, ctx.locale) : [],
    };
  }),

  /** The resident's ballot paper; refused when they are not on the roll, voting is not open, or they have voted. */
  ballot: residentProcedure.input(referenceOnly).query(async ({ ctx, input }) => {
    const election = await residentElection(ctx.db, input.reference, ctx.landlordId, ctx.now());
    await assertMayVote(ctx.db, election, ctx.residentId);
    return ballotView(election, await ballotCandidates(ctx.db, election.row.id, ctx.locale));
  }),

  /** "Check your vote": what will be stored, in order, or every problem with the marks. Stores nothing. */
  check: residentProcedure.input(castInput).query(async ({ ctx, input }) => {
    const election = await residentElection(ctx.db, input.reference, ctx.landlordId, ctx.now());
    await assertMayVote(ctx.db, election, ctx.residentId);
    const candidates = await ballotCandidates(ctx.db, election.row.id, ctx.locale);
    return { choices: choicesOf(readMarks(input, candidates, election.row), candidates) };
  }),

  /** Casts the resident's vote online; returns the receipt. A second vote through any channel is refused. */
  cast: residentProcedure.input(castInput).mutation(async ({ ctx, input }) => {
    const election = await residentElection(ctx.db, input.reference, ctx.landlordId, ctx.now());
    await assertMayVote(ctx.db, election, ctx.residentId);
    const candidates = await ballotCandidates(ctx.db, election.row.id, ctx.locale);
    const ranking = readMarks(input, candidates, election.row);
    const receipt = await castBallot(ctx.db, { electionId: election.row.id, residentId: ctx.residentId, ranking });
    return { reference: election.row.reference, receipt };
  }),

  /** The ballot paper behind a single-use code, without signing in. */
  codeBallot: publicProcedure.input(codeOnly).query(async ({ ctx, input }) => {
    const { election, code } = await codeElection(ctx.db, input.code, ctx.now());
    return { ...ballotView(election, await ballotCandidates(ctx.db, election.row.id, ctx.locale)), code };
  }),

  checkWithCode: publicProcedure.input(castWithCodeInput).query(async ({ ctx, input }) => {
    const { election } = await codeElection(ctx.db, input.code, ctx.now());
    const candidates = await ballotCandidates(ctx.db, election.row.id, ctx.locale);
    return { choices: choicesOf(readMarks(input, candidates, election.row), candidates) };
  }),

  /** Casts a vote with a single-use code: the code is spent, the voter marked and the ballot stored together, once. */
  castWithCode: publicProcedure.input(castWithCodeInput).mutation(async ({ ctx, input }) => {
    const { election, codeHash, residentId } = await codeElection(ctx.db, input.code, ctx.now());
    const ranking = readMarks(input, await ballotCandidates(ctx.db, election.row.id, ctx.locale), election.row);
    const receipt = await castBallot(ctx.db, { electionId: election.row.id, residentId, ranking, codeHash });
    return { reference: election.row.reference, receipt };
  }),

  /** The certified, published count: the stage table, who was elected and the turnout. */
  results: publicProcedure.input(referenceOnly).query(async ({ ctx, input }) => {
    const { election, result } = await publishedElection(ctx.db, input.reference, ctx.now());
    const { row } = election;
    const candidates = await ballotCandidates(ctx.db, row.id, ctx.locale);
    return {
      reference: row.reference,
      title: row.title,
      seats: row.seats,
      system: row.system,
      publishedAt: row.publishedAt!.toISOString(),
      table: resultTable(result.result, candidates.map((c) => c.name)),
      turnout: { voted: await votersMarked(ctx.db, row.id), roll: await rollSize(ctx.db, row.id), ballots: result.ballots },
      chainHead: result.chainHead,
    };
  }),

  /** Whether a receipt is in the published ballot list, and where: its position and the chain's hash there. */
  checkReceipt: publicProcedure.input(receiptInput).query(async ({ ctx, input }) => {
    const { election } = await publishedElection(ctx.db, input.reference, ctx.now());
    if (!input.receipt.trim()) throw refuse("BAD_REQUEST", "errors.elections.voting.receiptRequired", { field: "receipt" });
    const receipt = normaliseCode(input.receipt, RECEIPT_CODE);
    if (!receipt) throw refuse("BAD_REQUEST", "errors.elections.voting.receiptWrong", { field: "receipt" });
    const [ballot] = await ctx.db
      .select({ position: electionBallots.chainPosition, hash: electionBallots.chainHash })
      .from(electionBallots)
      .where(and(eq(electionBallots.electionId, election.row.id), eq(electionBallots.receipt, receipt), isNotNull(electionBallots.chainPosition)));
    return ballot ? { receipt, found: true as const, position: ballot.position! + 1, hash: ballot.hash! } : { receipt, found: false as const };
  }),
});
