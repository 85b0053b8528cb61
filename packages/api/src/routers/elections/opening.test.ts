import { sha256 } from "@oslojs/crypto/sha2";
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { schema, type Database } from "@hearth/db";
import { VOTING_CODE, chainGenesis, normaliseCode } from "@hearth/domain/elections";
import { markVoter } from "../../repositories/elections/ballots.js";
import { hashVotingCode } from "../../repositories/elections/voting-codes.js";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { createElection, electionsWorld, nominate, settingsForm, sheet, type ElectionsWorld } from "./elections-test-support.js";

const { elections, electionCandidates, electionRoll, electionVotingCodes, electionStatements } = schema;

describe("opening voting, codes and turnout", () => {
  const db = useTestDatabase();
  let world: ElectionsWorld;
  beforeAll(async () => {
    world = await electionsWorld(db());
    // Nominations closed on 25 January; voting is due to open on 15 February.
    world.clock.set("2027-02-15T09:30:00Z");
  });

  /** A two-seat election with a roll and three shortlisted candidates with statements, ready to open. */
  async function readyElection(options: { statements?: boolean } = {}) {
    const election = await createElection(world, { seats: "2" });
    let version = election.version;
    const as = world.asOfficer.elections;
    await as.buildRoll({ electionId: election.id, version: version++ });
    const p = world.people;
    const candidates = [];
    for (const person of [p.ewa, p.amina, p.dai]) {
      const candidate = await nominate(db(), election.id, person, options.statements === false && person === p.dai ? {} : undefined);
      await as.setEligibility({ electionId: election.id, version: version++, candidateId: candidate.id, eligible: "eligible" });
      await as.scoreCandidate({ electionId: election.id, version: version++, candidateId: candidate.id, scores: sheet(3) });
      candidates.push(candidate);
    }
    await as.shortlist({ electionId: election.id, version: version++, candidateIds: candidates.map((c) => c.id) });
    return { election, candidates, version };
  }

  it("refuses to open until every rule holds, saying everything that is wrong at once", async () => {
    const election = await createElection(world, { seats: "2" });
    expect(await problems(world.asOfficer.elections.open({ electionId: election.id, version: 1 }))).toEqual([
      { key: "errors.elections.opening.rollEmpty" },
      { key: "errors.elections.opening.tooFewCandidates" },
    ]);
    const { election: noStatement, version } = await readyElection({ statements: false });
    expect(await problems(world.asOfficer.elections.open({ electionId: noStatement.id, version }))).toEqual([{ key: "errors.elections.opening.statementMissing" }]);
  });

  it("waits for nominations to close", async () => {
    const { election, version } = await readyElection();
    world.clock.set("2027-01-25T16:00:00Z");
    try {
      expect(await problems(world.asOfficer.elections.open({ electionId: election.id, version }))).toEqual([{ key: "errors.elections.opening.nominationsOpen" }]);
    } finally {
      world.clock.set("2027-02-15T09:30:00Z");
    }
  });

  it("refuses an uncontested election: as many shortlisted as seats", async () => {
    const { election, candidates, version } = await readyElection();
    await world.asOfficer.elections.shortlist({ electionId: election.id, version, candidateIds: [candidates[0]!.id, candidates[1]!.id] });
    expect(await problems(world.asOfficer.elections.open({ electionId: election.id, version: version + 1 }))).toEqual([{ key: "errors.elections.opening.uncontested" }]);
  });

  it("opens: fixes ballot order by surname, starts the hash chain and records who opened it", async () => {
    const { election, candidates, version } = await readyElection();
    await world.asOfficer.elections.open({ electionId: election.id, version });
    const [row] = await db().select().from(elections).where(eq(elections.id, election.id));
    expect(row!.votingOpenedByUserId).toBe(world.officer.id);
    expect(row!.votingOpenedAt).not.toBeNull();
    expect(row!.chainGenesis).toBe(chainGenesis(election.id, sha256));
    const order = await db().select({ id: electionCandidates.id, position: electionCandidates.position }).from(electionCandidates).where(eq(electionCandidates.electionId, election.id)).orderBy(asc(electionCandidates.position));
    // Jones, Nowak, Yusuf.
    expect(order.map((c) => c.id)).toEqual([candidates[2]!.id, candidates[0]!.id, candidates[1]!.id]);
    expect(order.map((c) => c.position)).toEqual([0, 1, 2]);
    expect((await world.asOfficer.elections.header({ reference: election.reference })).locked).toBe(true);
  });

  it("refuses, once open, every procedure that could touch the system, seats, candidates or roll", async () => {
    const { election, candidates, version: before } = await readyElection();
    await world.asOfficer.elections.open({ electionId: election.id, version: before });
    const version = before + 1;
    const as = world.asOfficer.elections;
    const id = election.id;
    const calls: [string, () => Promise<unknown>][] = [
      ["update", () => as.update({ ...settingsForm({ seats: "5" }), electionId: id, version })],
      ["buildRoll", () => as.buildRoll({ electionId: id, version })],
      ["addToRoll", () => as.addToRoll({ electionId: id, version, residentId: world.people.household.id, reason: "Late" })],
      ["removeFromRoll", () => as.removeFromRoll({ electionId: id, version, residentId: world.people.amina.id, reason: "Late" })],
      ["setEligibility", () => as.setEligibility({ electionId: id, version, candidateId: candidates[0]!.id, eligible: "ineligible", note: "Late" })],
      ["scoreCandidate", () => as.scoreCandidate({ electionId: id, version, candidateId: candidates[0]!.id, scores: sheet(1) })],
      ["shortlist", () => as.shortlist({ electionId: id, version, candidateIds: [candidates[0]!.id] })],
      ["notifyCandidates", () => as.notifyCandidates({ electionId: id, version })],
      ["open", () => as.open({ electionId: id, version })],
    ];
    for (const [name, call] of calls) expect([name, await refusal(call())]).toEqual([name, "errors.elections.locked"]);
    const [row] = await db().select().from(elections).where(eq(elections.id, id));
    expect(row).toMatchObject({ seats: 2, version });
  });

  it("is refused by the database too, whatever code tries", async () => {
    const { election, candidates, version } = await readyElection();
    await world.asOfficer.elections.open({ electionId: election.id, version });
    const attempts: [string, (tx: Database) => Promise<unknown>][] = [
      ["seats", (tx) => tx.update(elections).set({ seats: 3 }).where(eq(elections.id, election.id))],
      ["system", (tx) => tx.update(elections).set({ system: "fptp" }).where(eq(elections.id, election.id))],
      ["roll", (tx) => tx.update(electionRoll).set({ removed: true }).where(eq(electionRoll.electionId, election.id))],
      ["candidate", (tx) => tx.update(electionCandidates).set({ position: 9 }).where(eq(electionCandidates.id, candidates[0]!.id))],
      ["statement", (tx) => tx.update(electionStatements).set({ statement: "changed" }).where(eq(electionStatements.candidateId, candidates[0]!.id))],
    ];
    for (const [name, attempt] of attempts) {
      const error = await attempt(db()).then(
        () => null,
        (e: Error) => e,
      );
      expect(String((error?.cause as Error | undefined)?.message ?? error?.message), name).toMatch(/is locked: voting has opened/);
    }
  });

  it("issues single-use codes to roll members without an account, storing only hashes, and returns them once", async () => {
    const { election, version } = await readyElection();
    const result = await world.asOfficer.elections.issueCodes({ electionId: election.id, version, mode: "without-account" });
    // Sara has a portal account; the other three on the roll get letters.
    expect(result.letters.map((l) => l.lastName).sort()).toEqual(["Jones", "Nowak", "Yusuf"]);
    for (const letter of result.letters) expect(normaliseCode(letter.code, VOTING_CODE)).toBe(letter.code);
    const stored = await db().select().from(electionVotingCodes).where(eq(electionVotingCodes.electionId, election.id));
    expect(stored.map((s) => s.codeHash).sort()).toEqual(result.letters.map((l) => hashVotingCode(l.code)).sort());
    expect(JSON.stringify(stored)).not.toContain(result.letters[0]!.code);

    // Nobody without an account is left; "all" still reaches Sara, once.
    expect(await refusal(world.asOfficer.elections.issueCodes({ electionId: election.id, version: version + 1, mode: "without-account" }))).toBe("errors.elections.codes.nobodyNeedsOne");
    const all = await world.asOfficer.elections.issueCodes({ electionId: election.id, version: version + 1, mode: "all" });
    expect(all.letters.map((l) => l.lastName)).toEqual(["Ahmed"]);
  });

  it("replaces one person's code only with a reason, killing the old one; never a used one", async () => {
    const { election, version } = await readyElection();
    const { letters } = await world.asOfficer.elections.issueCodes({ electionId: election.id, version, mode: "without-account" });
    const amina = letters.find((l) => l.lastName === "Yusuf")!;
    expect(await problems(world.asOfficer.elections.issueCodes({ electionId: election.id, version: version + 1, mode: "reissue", residentId: amina.residentId, reason: "" }))).toEqual([
      { field: "reason", key: "errors.elections.roll.reasonRequired" },
    ]);
    const again = await world.asOfficer.elections.issueCodes({ electionId: election.id, version: version + 1, mode: "reissue", residentId: amina.residentId, reason: "Letter lost in the post" });
    expect(again.letters).toHaveLength(1);
    expect(again.letters[0]!.code).not.toBe(amina.code);
    const hashes = (await db().select().from(electionVotingCodes).where(and(eq(electionVotingCodes.electionId, election.id), eq(electionVotingCodes.residentId, amina.residentId)))).map((c) => c.codeHash);
    expect(hashes).toEqual([hashVotingCode(again.letters[0]!.code)]);

    await db().update(electionVotingCodes).set({ used: true }).where(eq(electionVotingCodes.codeHash, hashes[0]!));
    expect(await refusal(world.asOfficer.elections.issueCodes({ electionId: election.id, version: version + 2, mode: "reissue", residentId: amina.residentId, reason: "Lost again" }))).toBe(
      "errors.elections.codes.alreadyUsed",
    );
    expect(await refusal(world.asOfficer.elections.issueCodes({ electionId: election.id, version: version + 2, mode: "reissue", residentId: world.people.former.id, reason: "Asked" }))).toBe(
      "errors.elections.roll.notOn",
    );
  });

  it("shows live turnout against the roll by channel and neighbourhood, and nothing about ballots", async () => {
    const { election, version } = await readyElection();
    await world.asOfficer.elections.open({ electionId: election.id, version });
    await db().transaction(async (tx) => {
      await markVoter(tx, { electionId: election.id, residentId: world.people.amina.id, channel: "code" });
      await markVoter(tx, { electionId: election.id, residentId: world.people.sara.id, channel: "online" });
    });
    const turnout = await world.asOfficer.elections.turnout({ reference: election.reference });
    expect(turnout).toMatchObject({ rollSize: 4, voted: 2, byChannel: { online: 1, code: 1, paper: 0 } });
    expect(turnout.byNeighbourhood).toEqual([
      { id: world.river.id, name: "Glan-yr-Afon", onRoll: 2, voted: 1 },
      { id: world.wood.id, name: "Maes-y-Coed", onRoll: 2, voted: 1 },
    ]);
    expect(Object.keys(turnout).sort()).toEqual(["byChannel", "byNeighbourhood", "header", "rollSize", "voted"]);
  });

  it("admits election officers only", async () => {
    const { election, version } = await readyElection();
    for (const caller of [world.asStaff, world.asAdmin, world.asResident]) {
      expect(await refusal(caller.elections.open({ electionId: election.id, version }))).toBe("FORBIDDEN");
      expect(await refusal(caller.elections.issueCodes({ electionId: election.id, version, mode: "all" }))).toBe("FORBIDDEN");
      expect(await refusal(caller.elections.turnout({ reference: election.reference }))).toBe("FORBIDDEN");
    }
    expect(await refusal(world.asAnonymous.elections.turnout({ reference: election.reference }))).toBe("UNAUTHORIZED");
    expect(await db().select().from(electionVotingCodes).where(eq(electionVotingCodes.electionId, election.id))).toEqual([]);
  });
});
