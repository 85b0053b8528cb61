// Closing voting, the count, two officers' certification and publication.
// Each step goes through changeElection (locked row, version check, audit
// entry). The close seals the ballot list's hash chain; the count refuses
// until every paper batch is checked and the papers match the returns, then
// verifies the chain and records the engine's result with the chain head and
// the SHA-256 of the .blt file anyone can recount.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { countingTasks, paperProblems, resultTable, type ElectionPhase, type RecordedCount } from "@hearth/domain/elections";
import { refuse, refuseAll } from "../../errors.js";
import { ballotPaper, checkedList, sealChain, verifyChain } from "../../repositories/elections/ballot-list.js";
import { settleBallotTable } from "../../repositories/elections/ballot-storage.js";
import { recordCount } from "../../repositories/elections/results.js";
import { changeElection } from "../../repositories/elections/election.js";
import { paperFigures } from "../../repositories/elections/paper.js";
import { rollSize, votersMarked } from "../../repositories/elections/resident-elections.js";
import { turnoutFigures } from "../../repositories/elections/roll.js";
import { countStepInput, referenceInput } from "./count-inputs.js";
import { electionByReference, headerOf, officerProcedure } from "./officer.js";

const { elections, electionResults, electionCertifications, users } = schema;

const COUNTED: readonly ElectionPhase[] = ["counted", "certified", "published"];

async function certificationsOf(db: Executor, electionId: string) {
  return db
    .select({ userId: electionCertifications.userId, name: users.name, certifiedAt: electionCertifications.certifiedAt })
    .from(electionCertifications)
    .innerJoin(users, eq(users.id, electionCertifications.userId))
    .where(eq(electionCertifications.electionId, electionId))
    .orderBy(electionCertifications.certifiedAt);
}

async function resultRow(db: Executor, electionId: string) {
  const [row] = await db
    .select({ result: electionResults.result, ballots: electionResults.ballots, chainHead: electionResults.chainHead, bltSha256: electionResults.bltSha256, countedAt: electionResults.countedAt, countedBy: users.name })
    .from(electionResults)
    .innerJoin(users, eq(users.id, electionResults.countedByUserId))
    .where(eq(electionResults.electionId, electionId));
  return row ?? null;
}

export const countProcedures = {
  /** Everything the closing pages and the overview's later steps need: figures, blockers, the count and its certifications. */
  status: officerProcedure.input(referenceInput).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    const { row, phase } = election;
    const paper = await paperFigures(ctx.db, row.id);
    const problems = paperProblems(paper);
    const certifications = await certificationsOf(ctx.db, row.id);
    const result = await resultRow(ctx.db, row.id);
    const { byChannel } = await turnoutFigures(ctx.db, row.id);
    const channel = (name: string) => byChannel.find((c) => c.channel === name)?.n ?? 0;
    const table = result ? resultTable(result.result, (await ballotPaper(ctx.db, row.id)).map((c) => c.name)) : null;
    return {
      header: headerOf(election),
      votingCloseAt: row.votingCloseAt.toISOString(),
      countAt: row.countAt.toISOString(),
      closedBy: row.votingClosedByUserId ? ((await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, row.votingClosedByUserId)))[0]?.name ?? "") : null,
      tasks: countingTasks({ phase, paperStarted: paper.returns + paper.keyedBatches > 0, paperProblems: problems.length, certifications: certifications.length }),
      turnout: { roll: await rollSize(ctx.db, row.id), voted: await votersMarked(ctx.db, row.id), online: channel("online"), code: channel("code"), paper: channel("paper") },
      paper,
      paperProblems: problems,
      result: result
        ? { ballots: result.ballots, validVotes: table?.validVotes ?? 0, elected: table?.elected ?? [], chainHead: result.chainHead, bltSha256: result.bltSha256, countedAt: result.countedAt.toISOString(), countedBy: result.countedBy }
        : null,
      certifications: certifications.map((c) => ({ name: c.name, certifiedAt: c.certifiedAt.toISOString(), mine: c.userId === ctx.user.id })),
      publishedAt: row.publishedAt?.toISOString() ?? null,
    };
  }),

  /**
   * Closes voting: no more online or code votes (paper keyed from returns
   * already in may follow until the count). Seals the ballot list into its
   * hash chain in receipt order, so any later change to it shows, then
   * rewrites the ballot table so nothing in storage dates a ballot.
   */
  close: officerProcedure.input(countStepInput).mutation(async ({ ctx, input }) => {
    const closed = await changeElection(ctx, input, "election.closed", async (tx, election) => {
      if (election.phase !== "voting") throw refuse("CONFLICT", isLater(election.phase) ? "errors.elections.counting.alreadyClosed" : "errors.elections.counting.notOpen");
      const now = ctx.now();
      await tx.update(elections).set({ votingClosedAt: now, votingClosedByUserId: ctx.user.id }).where(eq(elections.id, election.row.id));
      const sealed = await sealChain(tx, { ...election.row, votingClosedAt: now });
      return { result: { reference: election.row.reference, ballots: sealed.chained }, details: { chained: sealed.chained, chainHead: sealed.head } };
    });
    await settleBallotTable(ctx.db, ctx.log);
    return closed;
  }),

  /**
   * Counts: refused before the close, with paper batches unchecked or papers
   * that do not match the returns, or when the chain does not verify. Runs
   * the election's engine over the chained list and records the result with
   * the number of ballots, the chain head and the .blt's SHA-256.
   */
  count: officerProcedure.input(countStepInput).mutation(async ({ ctx, input }) => {
    const outcome = await changeElection(ctx, input, "election.counted", async (tx, election) => {
      const { row, phase } = election;
      if (COUNTED.includes(phase)) throw refuse("CONFLICT", "errors.elections.counting.alreadyCounted");
      if (phase !== "closed") throw refuse("CONFLICT", "errors.elections.counting.notClosed");
      const problems = paperProblems(await paperFigures(tx, row.id));
      if (problems.length) {
        throw refuseAll("CONFLICT", problems.map(({ code, ...params }) => ({ key: `errors.${code}`, params })));
      }
      const { check: chain, list } = await checkedList(tx, row);
      if (!chain.ok) throw refuse("CONFLICT", "errors.elections.counting.chainBroken", { params: { position: chain.brokenAt ?? chain.entries } });
      const names = (await ballotPaper(tx, row.id)).map((c) => c.name);
      if (new Set(names).size !== names.length) throw refuse("CONFLICT", "errors.elections.counting.sameNames");
      const counted = await recordCount(tx, row, { userId: ctx.user.id, now: ctx.now() }, list);
      const { recorded } = counted;
      return {
        result: { reference: row.reference, ballots: counted.ballots, elected: recorded.elected },
        details: { ballots: counted.ballots, validVotes: recorded.validVotes, elected: recorded.elected, chainHead: counted.chainHead, bltSha256: counted.bltSha256 },
      };
    });
    // Again, in case the rewrite after the close failed; it is quick, and harmless to repeat.
    await settleBallotTable(ctx.db, ctx.log);
    return outcome;
  }),

  /** Records this officer's certification of the count; the second, by a different officer, certifies it. */
  certify: officerProcedure.input(countStepInput).mutation(async ({ ctx, input }) => {
    return changeElection(ctx, input, "election.certified", async (tx, election) => {
      if (election.phase === "certified" || election.phase === "published") throw refuse("CONFLICT", "errors.elections.counting.alreadyCertified");
      if (election.phase !== "counted") throw refuse("CONFLICT", "errors.elections.counting.notCounted");
      const existing = await certificationsOf(tx, election.row.id);
      if (existing.some((c) => c.userId === ctx.user.id)) throw refuse("CONFLICT", "errors.elections.counting.certifiedByYou");
      await tx.insert(electionCertifications).values({ electionId: election.row.id, userId: ctx.user.id, certifiedAt: ctx.now() });
      const certifications = existing.length + 1;
      return { result: { reference: election.row.reference, certified: certifications >= 2 }, details: { certifications } };
    });
  }),

  /** Publishes a certified result: the portal shows it, and the ballots and bundle become public downloads. */
  publish: officerProcedure.input(countStepInput).mutation(async ({ ctx, input }) => {
    return changeElection(ctx, input, "election.published", async (tx, election) => {
      if (election.phase === "published") throw refuse("CONFLICT", "errors.elections.counting.alreadyPublished");
      if (election.phase !== "certified") throw refuse("CONFLICT", "errors.elections.counting.notCertified");
      await tx.update(elections).set({ publishedAt: ctx.now() }).where(eq(elections.id, election.row.id));
      return { result: { reference: election.row.reference }, details: {} };
    });
  }),

  /** The recorded count as the results pages show it, for officers before and after publication. */
  result: officerProcedure.input(referenceInput).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    const { row } = election;
    const result = await resultRow(ctx.db, row.id);
    if (!result) throw refuse("CONFLICT", "errors.elections.counting.notCounted");
    const lots = (result.result as Partial<RecordedCount>).lots ?? [];
    return {
      header: headerOf(election),
      table: resultTable(result.result, (await ballotPaper(ctx.db, row.id)).map((c) => c.name)),
      turnout: { voted: await votersMarked(ctx.db, row.id), roll: await rollSize(ctx.db, row.id), ballots: result.ballots },
      chainHead: result.chainHead,
      bltSha256: result.bltSha256,
      countedAt: result.countedAt.toISOString(),
      countedBy: result.countedBy,
      lots: lots.map((lot) => ({ among: lot.among, chosen: lot.chosen })),
    };
  }),

  /** Recomputes the hash chain from the genesis and says whether the list is as sealed. */
  verifyChain: officerProcedure.input(referenceInput).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    if (!election.row.votingClosedAt) throw refuse("CONFLICT", "errors.elections.counting.notClosed");
    return verifyChain(ctx.db, election.row);
  }),
};

function isLater(phase: ElectionPhase): boolean {
  return phase === "closed" || COUNTED.includes(phase);
}
