import { sha256 } from "@oslojs/crypto/sha2";
import { asc, eq, sql, type SQL } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { chainBallots, countElection, firstBrokenLink, parseBlt, resultTable } from "@hearth/domain/elections";
import { callerAs, problems, refusal, useTestDatabase } from "../../testing/index.js";
import { hex } from "../../repositories/elections/ballot-list.js";
import { closeAndCount, countWorld, keyPaper, voteOnline, type CountWorld } from "./count-test-support.js";
import { createPlace, type Place } from "./voting-test-support.js";

const { electionBallots, electionResults } = schema;

/** Preferences for 20 voters over four candidates: enough for surpluses, exclusions and transfers. */
const PAPERS = [
  // Eight first preferences for the first candidate (quota is 7 for two seats): a surplus to transfer.
  ["1", "2", "3"], ["1", "2"], ["1", "3", "2"], ["1", "2", "4", "3"], ["1", "", "", "2"], ["1", "2", "3"], ["1"], ["1", "", "2"],
  ["2", "1"], ["3", "1", "2"], ["2", "1", "3"], ["", "1", "2"], ["", "1"],
  ["3", "2", "1"], ["", "", "1", "2"], ["", "3", "1", "2"], ["2", "", "1"],
  ["", "", "2", "1"], ["", "", "", "1"], ["2", "", "", "1"],
] as const;

describe("closing, counting, certifying and publishing", () => {
  const db = useTestDatabase();
  let place: Place;
  beforeAll(async () => {
    place = await createPlace(db());
  });
  const world = (options: Parameters<typeof countWorld>[2] = {}) => countWorld(db(), place, { voters: 20, ...options });

  /** Fifteen vote online; the last five vote on paper, keyed in one batch and confirmed by the second officer. */
  async function voted(w: CountWorld) {
    const receipts: string[] = [];
    for (let i = 0; i < 15; i++) receipts.push(await voteOnline(db(), w, i, PAPERS[i]!));
    const { batchId } = await keyPaper(w, "Post 1", [15, 16, 17, 18, 19], PAPERS.slice(15));
    await w.asSecond.electionCount.confirmBatch({ electionId: w.electionId, batchId });
    return receipts;
  }

  it("refuses the count before the close, and closes once, sealing the list in receipt order", async () => {
    const w = await world();
    await voted(w);
    expect(await refusal(w.asOfficer.electionCount.count({ electionId: w.electionId, version: await w.version() }))).toBe("errors.elections.counting.notClosed");
    await w.asOfficer.electionCount.close({ electionId: w.electionId, version: await w.version() });
    expect(await refusal(w.asOfficer.electionCount.close({ electionId: w.electionId, version: await w.version() }))).toBe("errors.elections.counting.alreadyClosed");
    // Online voting is over; the database would refuse it too.
    expect(await refusal(voteOnline(db(), w, 0, ["1"]))).toBe("errors.elections.voting.notOpen");
    const rows = await db().select().from(electionBallots).where(eq(electionBallots.electionId, w.electionId)).orderBy(asc(electionBallots.chainPosition));
    expect(rows.map((r) => r.receipt)).toEqual(rows.map((r) => r.receipt).sort());
    expect(rows.map((r) => r.chainPosition)).toEqual(rows.map((_, i) => i));
    const [election] = await db().select().from(schema.elections).where(eq(schema.elections.id, w.electionId));
    expect(rows.map((r) => r.chainHash)).toEqual(chainBallots(election!.chainGenesis!, rows, sha256).map((c) => c.hash));
    // The chain is written once.
    await expect(db().update(electionBallots).set({ chainHash: "0".repeat(64) }).where(eq(electionBallots.id, rows[0]!.id))).rejects.toThrow();
  });

  it("leaves nothing in storage that pairs a ballot with its voter's mark once voting closes", async () => {
    const w = await world();
    await voted(w);
    // Tests run on postgres.js, whose results are arrays of rows.
    const column = async (query: SQL) => ((await db().execute(query)) as unknown as { v: string }[]).map((r) => r.v);
    const xmins = (table: string) => column(sql`select xmin::text as v from ${sql.identifier(table)} where election_id = ${w.electionId}`);
    const onlineBallots = sql`election_id = ${w.electionId} and batch_id is null`;
    // While voting, each online ballot shares its transaction id with a mark: the trace the close must remove.
    const marks = new Set(await xmins("election_voters"));
    const whileVoting = await column(sql`select xmin::text as v from election_ballots where ${onlineBallots}`);
    expect(whileVoting).toHaveLength(15);
    expect(whileVoting.every((x) => marks.has(x))).toBe(true);

    await w.asOfficer.electionCount.close({ electionId: w.electionId, version: await w.version() });
    const afterClose = await xmins("election_ballots");
    expect(afterClose).toHaveLength(20);
    expect(new Set(afterClose).size).toBe(1);
    expect(afterClose.some((x) => marks.has(x))).toBe(false);
    // The pages hold the ballots in receipt order, not in the order people voted.
    const stored = await column(sql`select receipt as v from election_ballots where election_id = ${w.electionId} order by ctid`);
    expect(stored).toEqual([...stored].sort());
  });

  it("detects an altered ballot: the chain breaks at that entry, and the count is refused", async () => {
    const w = await world();
    await voted(w);
    await w.asOfficer.electionCount.close({ electionId: w.electionId, version: await w.version() });
    expect(await w.asOfficer.electionCount.verifyChain({ reference: w.reference })).toMatchObject({ entries: 20, brokenAt: null, ok: true });
    const [seventh] = await db().select().from(electionBallots).where(sql`${electionBallots.electionId} = ${w.electionId} and ${electionBallots.chainPosition} = 6`);
    // What someone with direct access to the database could do: switch the guard off and change a vote.
    await db().execute(sql`alter table election_ballots disable trigger election_ballots_guard`);
    try {
      const altered = seventh!.ranking.join() === "3,2,1,0" ? [0] : [3, 2, 1, 0];
      await db().update(electionBallots).set({ ranking: altered }).where(eq(electionBallots.id, seventh!.id));
    } finally {
      await db().execute(sql`alter table election_ballots enable trigger election_ballots_guard`);
    }
    expect(await w.asOfficer.electionCount.verifyChain({ reference: w.reference })).toMatchObject({ entries: 20, brokenAt: 7, ok: false });
    expect(await problems(w.asOfficer.electionCount.count({ electionId: w.electionId, version: await w.version() }))).toEqual([{ key: "errors.elections.counting.chainBroken" }]);
  });

  for (const system of ["stv-scottish", "stv-meek", "fptp", "approval"] as const) {
    it(`counts ${system} from the database exactly as a recount of the exported .blt does`, async () => {
      const w = await world({ system, seats: 2 });
      if (system === "fptp" || system === "approval") {
        // Crosses: each voter's marks as the set of candidates with any number.
        for (let i = 0; i < 12; i++) {
          const voter = await callerAs(db(), w.voters[i]!.user.id);
          const crosses = w.candidates.filter((_, c) => PAPERS[i]![c] && (system === "approval" || Number(PAPERS[i]![c]) <= 2)).map((c) => c.id);
          await voter.voting.cast({ reference: w.reference, crosses });
        }
      } else {
        await voted(w);
      }
      const counted = await closeAndCount(w);
      const [recorded] = await db().select().from(electionResults).where(eq(electionResults.electionId, w.electionId));
      const blt = await w.asOfficer.electionCount.blt({ reference: w.reference });
      expect(blt.sha256).toBe(recorded!.bltSha256);
      expect(hex(sha256(new TextEncoder().encode(blt.text)))).toBe(recorded!.bltSha256);
      const recount = countElection(parseBlt(blt.text), system);
      expect(recount).toEqual(recorded!.result);
      const names = w.candidates.map((c) => c.ballotName);
      expect(resultTable(recount, names)).toEqual(resultTable(recorded!.result, names));
      expect(counted.elected).toEqual(recount.elected);
      expect(recorded!.ballots).toBe(system === "fptp" || system === "approval" ? 12 : 20);
      if (system === "stv-scottish") expect((recount as { stages: unknown[] }).stages.length).toBeGreaterThan(2);
    });
  }

  it("needs two different officers to certify, and publishes only a certified count", async () => {
    const w = await world({ voters: 4 });
    for (let i = 0; i < 4; i++) await voteOnline(db(), w, i, PAPERS[i]!);
    const step = async (as: CountWorld["asOfficer"], name: "certify" | "publish") => as.electionCount[name]({ electionId: w.electionId, version: await w.version() });
    expect(await refusal(step(w.asOfficer, "certify"))).toBe("errors.elections.counting.notCounted");
    await closeAndCount(w);
    expect(await refusal(step(w.asOfficer, "publish"))).toBe("errors.elections.counting.notCertified");
    expect(await step(w.asOfficer, "certify")).toEqual({ reference: w.reference, certified: false });
    expect(await refusal(step(w.asOfficer, "certify"))).toBe("errors.elections.counting.certifiedByYou");
    expect((await w.asOfficer.elections.header({ reference: w.reference })).phase).toBe("counted");
    expect(await refusal(step(w.asOfficer, "publish"))).toBe("errors.elections.counting.notCertified");
    expect(await step(w.asSecond, "certify")).toEqual({ reference: w.reference, certified: true });
    expect(await refusal(step(w.asSecond, "certify"))).toBe("errors.elections.counting.alreadyCertified");
    const status = await w.asOfficer.electionCount.status({ reference: w.reference });
    expect(status.certifications.map((c) => [c.name, c.mine])).toEqual([[w.officer.name, true], ["Owain Evans", false]]);
    expect(status.tasks).toEqual({ paper: "completed", close: "completed", count: "completed", certify: "completed", publish: "notStarted" });
    // Nothing is public yet.
    const anyone = await callerAs(db(), null);
    expect(await refusal(anyone.electionCount.publishedBlt({ reference: w.reference }))).toBe("errors.notFound");
    expect(await refusal(anyone.voting.results({ reference: w.reference }))).toBe("errors.notFound");
    await step(w.asOfficer, "publish");
    expect(await refusal(step(w.asOfficer, "publish"))).toBe("errors.elections.counting.alreadyPublished");
    // The portal's readers (E2) show what the count recorded.
    const results = await anyone.voting.results({ reference: w.reference });
    expect(results.turnout).toEqual({ voted: 4, roll: 4, ballots: 4 });
    expect(results.table?.kind).toBe("stv");
    expect(await anyone.electionCount.publishedBlt({ reference: w.reference })).toEqual(await w.asOfficer.electionCount.blt({ reference: w.reference }));
  });

  it("publishes a verification bundle anyone can check: the chain from its genesis, the .blt and the recorded result", async () => {
    const w = await world({ voters: 6 });
    const receipts: string[] = [];
    for (let i = 0; i < 6; i++) receipts.push(await voteOnline(db(), w, i, PAPERS[i + 6]!));
    await closeAndCount(w);
    await w.asOfficer.electionCount.certify({ electionId: w.electionId, version: await w.version() });
    await w.asSecond.electionCount.certify({ electionId: w.electionId, version: await w.version() });
    await w.asOfficer.electionCount.publish({ electionId: w.electionId, version: await w.version() });
    const bundle = await (await callerAs(db(), null)).electionCount.publishedBundle({ reference: w.reference });
    expect(bundle.candidates).toEqual(w.candidates.map((c, i) => ({ number: i + 1, name: c.ballotName })));
    expect(bundle.ballots.map((b) => b.receipt).sort()).toEqual([...receipts].sort());
    expect(bundle.chain.genesis).toBe(hex(sha256(new TextEncoder().encode(bundle.chain.genesisInput))));
    expect(firstBrokenLink(bundle.chain.genesis, bundle.ballots, sha256)).toBeNull();
    expect(bundle.chain.head).toBe(bundle.ballots.at(-1)!.hash);
    expect(bundle.chain.head).toBe(bundle.chain.recordedHead);
    expect(hex(sha256(new TextEncoder().encode(bundle.blt.text)))).toBe(bundle.blt.recordedSha256);
    expect(countElection(parseBlt(bundle.blt.text), "stv-scottish")).toEqual(bundle.result);
    expect(bundle.recount.command).toBe(`pnpm -s hearth-count stv ${w.reference}-ballots.blt --rules scottish`);
    // Each voter finds their receipt in the published list.
    const check = await (await callerAs(db(), null)).voting.checkReceipt({ reference: w.reference, receipt: receipts[0]! });
    expect(check).toMatchObject({ found: true, hash: bundle.ballots.find((b) => b.receipt === receipts[0])!.hash });
  });
});
