import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { schema } from "@hearth/db";
import { RECEIPT_CODE, makeCode, normaliseCode } from "@hearth/domain/elections";
import { callerAs, problems, refusal, useTestDatabase } from "../../testing/index.js";
import { addResident, callerIn, closeCountPublish, countRows, createPlace, electionWorld, issueCode, type ElectionWorld, type Place } from "./voting-test-support.js";

/** STV marks against candidates by ballot-paper position: marksFor(world, ["2", "1"]) gives the second candidate 1. */
function marksFor(world: ElectionWorld, numbers: string[]): Record<string, string> {
  return Object.fromEntries(world.candidates.map((c, i) => [c.id, numbers[i] ?? ""]));
}

describe("voting", () => {
  const db = useTestDatabase();
  // The portal shows its installation's landlord: the first one in this file's database.
  let home: Place;
  beforeAll(async () => {
    home = await createPlace(db());
  });
  const world = (options: Parameters<typeof electionWorld>[1] = {}) => electionWorld(db(), { place: home, ...options });

  it("lists the elections a resident can vote in, and whether they have", async () => {
    const w = await world();
    const voter = await callerAs(db(), w.voters[0]!.user.id);
    const mine = (await voter.voting.elections()).filter((e) => e.reference === w.election.reference);
    expect(mine).toEqual([{ reference: w.election.reference, title: w.election.title, seats: 2, system: "stv-scottish", votingCloseAt: w.election.votingCloseAt.toISOString(), voted: false }]);
    await voter.voting.cast({ reference: w.election.reference, marks: marksFor(w, ["1"]) });
    expect((await voter.voting.elections()).find((e) => e.reference === w.election.reference)?.voted).toBe(true);
    // Someone not on this roll does not see it.
    const outsider = await addResident(db(), home.landlord.id, home.neighbourhood.id);
    expect((await (await callerAs(db(), outsider.user!.id)).voting.elections()).map((e) => e.reference)).not.toContain(w.election.reference);
  });

  it("shows the ballot paper in order, each statement in the reader's language where the candidate wrote one", async () => {
    const w = await world({ statementLanguages: ["cy", "en"] });
    const inWelsh = await callerIn(db(), w.voters[0]!.user.id, "cy");
    const ballot = await inWelsh.voting.ballot({ reference: w.election.reference });
    expect(ballot.kind).toBe("preferences");
    expect(ballot.howItWorks.at(-1)).toBe("stv.scottish");
    expect(ballot.candidates.map((c) => c.name)).toEqual(w.candidates.map((c) => c.ballotName));
    expect(ballot.candidates[0]!.statement).toMatchObject({ language: "cy", inReadersLanguage: true, otherLanguages: ["en"] });
    // No Arabic statement: the candidate's first (main) one, marked as Welsh.
    const inArabic = await callerIn(db(), w.voters[1]!.user.id, "ar");
    const arabic = await inArabic.voting.ballot({ reference: w.election.reference });
    expect(arabic.candidates[0]!.statement).toMatchObject({ language: "cy", inReadersLanguage: false });
  });

  it("checks a ballot in plain words against the right boxes, and stores nothing", async () => {
    const w = await world();
    const voter = await callerAs(db(), w.voters[0]!.user.id);
    const reference = w.election.reference;
    const [a, b, c] = w.candidates;
    expect(await problems(voter.voting.check({ reference, marks: marksFor(w, ["1", "2", "2"]) }))).toEqual([{ field: "marks", key: "errors.elections.ballot.repeatedPreference" }]);
    expect(await problems(voter.voting.check({ reference, marks: marksFor(w, ["1", "3"]) }))).toEqual([{ field: "marks", key: "errors.elections.ballot.missingPreference" }]);
    expect(await problems(voter.voting.check({ reference, marks: marksFor(w, ["first", "9"]) }))).toEqual([
      { field: `marks.${a!.id}`, key: "errors.elections.ballot.notANumber" },
      { field: `marks.${b!.id}`, key: "errors.elections.ballot.outOfRange" },
    ]);
    expect(await problems(voter.voting.check({ reference, marks: marksFor(w, []) }))).toEqual([{ field: "marks", key: "errors.elections.ballot.empty" }]);
    const checked = await voter.voting.check({ reference, marks: marksFor(w, ["2", "", "1"]) });
    expect(checked.choices).toEqual([
      { preference: 1, id: c!.id, name: c!.ballotName },
      { preference: 2, id: a!.id, name: a!.ballotName },
    ]);
    expect(await countRows(db(), w.election.id)).toMatchObject({ ballots: 0, voters: 0 });
  });

  it("casts once online, stores ballot-paper positions, and refuses a second vote through any channel", async () => {
    const w = await world();
    const { user, resident } = w.voters[0]!;
    const voter = await callerAs(db(), user.id);
    const reference = w.election.reference;
    const code = await issueCode(db(), w.election.id, resident.id);
    const cast = await voter.voting.cast({ reference, marks: marksFor(w, ["2", "", "1"]) });
    expect(normaliseCode(cast.receipt, RECEIPT_CODE)).toBe(cast.receipt);
    let rows = await countRows(db(), w.election.id);
    expect(rows.ballotRows.map((b) => [b.receipt, b.ranking])).toEqual([[cast.receipt, [2, 0]]]);
    expect(rows.voterRows.map((v) => v.channel)).toEqual(["online"]);

    expect(await refusal(voter.voting.cast({ reference, marks: marksFor(w, ["1"]) }))).toBe("errors.elections.alreadyVoted");
    expect(await refusal(voter.voting.ballot({ reference }))).toBe("errors.elections.alreadyVoted");
    const anonymous = await callerAs(db(), null);
    expect(await refusal(anonymous.voting.castWithCode({ code, marks: marksFor(w, ["1"]) }))).toBe("errors.elections.alreadyVoted");
    rows = await countRows(db(), w.election.id);
    expect([rows.ballots, rows.voters]).toEqual([1, 1]);
    // The refused code was not spent: nothing of a refusal is written.
    const [stored] = await db().select().from(schema.electionVotingCodes).where(eq(schema.electionVotingCodes.electionId, w.election.id));
    expect(stored!.used).toBe(false);
  });

  it("stores exactly one ballot and one mark from 50 simultaneous attempts by one voter, online and by code", async () => {
    const w = await world();
    const { user, resident } = w.voters[0]!;
    const reference = w.election.reference;
    const code = await issueCode(db(), w.election.id, resident.id);
    const online = await callerAs(db(), user.id);
    const anonymous = await callerAs(db(), null);
    const attempts = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0 ? online.voting.cast({ reference, marks: marksFor(w, ["1", "2"]) }) : anonymous.voting.castWithCode({ code, marks: marksFor(w, ["2", "1"]) }),
    );
    const settled = await Promise.allSettled(attempts);
    const won = settled.filter((s) => s.status === "fulfilled");
    expect(won).toHaveLength(1);
    const reasons = await Promise.all(settled.filter((s) => s.status === "rejected").map((s) => refusal(Promise.reject((s as PromiseRejectedResult).reason))));
    expect(new Set(reasons).size).toBeGreaterThan(0);
    for (const reason of reasons) expect(["errors.elections.alreadyVoted", "errors.elections.voting.codeUsed"]).toContain(reason);
    const rows = await countRows(db(), w.election.id);
    expect([rows.ballots, rows.voters]).toEqual([1, 1]);
    expect(rows.ballotRows[0]!.receipt).toBe((won[0] as PromiseFulfilledResult<{ receipt: string }>).value.receipt);
  });

  it("lets a single-use code vote once without signing in, typed any way, then never again", async () => {
    const w = await world();
    const { resident } = w.voters[1]!;
    const code = await issueCode(db(), w.election.id, resident.id);
    const anonymous = await callerAs(db(), null);
    const typed = ` ${code.toLowerCase().replace(/-/g, " ")} `;
    const ballot = await anonymous.voting.codeBallot({ code: typed });
    expect(ballot).toMatchObject({ reference: w.election.reference, code, kind: "preferences" });
    expect((await anonymous.voting.checkWithCode({ code, marks: marksFor(w, ["1"]) })).choices.map((c) => c.name)).toEqual([w.candidates[0]!.ballotName]);
    const cast = await anonymous.voting.castWithCode({ code: typed, marks: marksFor(w, ["1", "2"]) });
    expect(cast.reference).toBe(w.election.reference);
    expect((await countRows(db(), w.election.id)).voterRows).toEqual([{ electionId: w.election.id, residentId: resident.id, channel: "code" }]);

    expect(await problems(anonymous.voting.castWithCode({ code, marks: marksFor(w, ["1"]) }))).toEqual([{ field: "code", key: "errors.elections.voting.codeUsed" }]);
    expect(await refusal(anonymous.voting.codeBallot({ code }))).toBe("errors.elections.voting.codeUsed");
    // The resident signs in later: their vote is already in.
    expect(await refusal((await callerAs(db(), w.voters[1]!.user.id)).voting.cast({ reference: w.election.reference, marks: marksFor(w, ["1"]) }))).toBe("errors.elections.alreadyVoted");
    expect((await countRows(db(), w.election.id)).ballots).toBe(1);
  });

  it("says plainly when a code is wrong, mistyped, not yet usable or too late", async () => {
    const anonymous = await callerAs(db(), null);
    expect(await problems(anonymous.voting.codeBallot({ code: "not a code" }))).toEqual([{ field: "code", key: "errors.elections.voting.codeWrong" }]);
    expect(await problems(anonymous.voting.codeBallot({ code: "  " }))).toEqual([{ field: "code", key: "errors.elections.voting.codeRequired" }]);
    const w = await world();
    const code = await issueCode(db(), w.election.id, w.voters[2]!.resident.id);
    // One character changed: the check symbol catches it before the database is asked.
    const swapped = code.replace(/^(.)/, (c) => (c === "A" ? "B" : "A"));
    expect(await refusal(anonymous.voting.codeBallot({ code: swapped }))).toBe("errors.elections.voting.codeWrong");

    const ready = await world({ phase: "ready" });
    const early = await issueCode(db(), ready.election.id, ready.voters[0]!.resident.id);
    expect(await refusal(anonymous.voting.codeBallot({ code: early }))).toBe("errors.elections.voting.codeNotYetOpen");

    await db().update(schema.elections).set({ votingClosedAt: new Date(), votingClosedByUserId: w.officer.id }).where(eq(schema.elections.id, w.election.id));
    expect(await refusal(anonymous.voting.codeBallot({ code }))).toBe("errors.elections.voting.codeExpired");
    expect(await refusal(anonymous.voting.castWithCode({ code, marks: marksFor(w, ["1"]) }))).toBe("errors.elections.voting.codeExpired");
    expect(await refusal((await callerAs(db(), w.voters[0]!.user.id)).voting.cast({ reference: w.election.reference, marks: marksFor(w, ["1"]) }))).toBe("errors.elections.voting.notOpen");
    expect(await countRows(db(), w.election.id)).toMatchObject({ ballots: 0, voters: 0 });
  });

  it("refuses voters not on the roll, removed from it, or of another election or landlord, writing nothing", async () => {
    const w = await world();
    const reference = w.election.reference;
    const marks = marksFor(w, ["1"]);
    const outsider = await addResident(db(), home.landlord.id, home.neighbourhood.id);
    expect(await refusal((await callerAs(db(), outsider.user!.id)).voting.cast({ reference, marks }))).toBe("errors.elections.voting.notOnRoll");
    expect(await refusal((await callerAs(db(), outsider.user!.id)).voting.ballot({ reference }))).toBe("errors.elections.voting.notOnRoll");

    // Removed before opening (the roll is locked after): a code issued earlier dies with the entry.
    const before = await world({ phase: "ready" });
    const removed = before.voters[0]!;
    const code = await issueCode(db(), before.election.id, removed.resident.id);
    await db().update(schema.electionRoll).set({ removed: true, reason: "Tenancy ended before the cut-off" }).where(eq(schema.electionRoll.residentId, removed.resident.id));
    await db()
      .update(schema.elections)
      .set({ votingOpenedAt: new Date(), votingOpenedByUserId: before.officer.id, chainGenesis: "genesis" })
      .where(eq(schema.elections.id, before.election.id));
    expect(await refusal((await callerAs(db(), removed.user.id)).voting.cast({ reference: before.election.reference, marks: marksFor(before, ["1"]) }))).toBe("errors.elections.voting.notOnRoll");
    expect(await refusal((await callerAs(db(), null)).voting.castWithCode({ code, marks: marksFor(before, ["1"]) }))).toBe("errors.elections.voting.notOnRoll");

    // Another election's voter, and another landlord's resident.
    expect(await refusal((await callerAs(db(), before.voters[1]!.user.id)).voting.cast({ reference, marks }))).toBe("errors.elections.voting.notOnRoll");
    const elsewhere = await electionWorld(db());
    expect(await refusal((await callerAs(db(), elsewhere.voters[0]!.user.id)).voting.cast({ reference, marks }))).toBe("errors.notFound");
    expect(await refusal((await callerAs(db(), w.voters[0]!.user.id)).voting.ballot({ reference: elsewhere.election.reference }))).toBe("errors.notFound");
    const foreignCode = await issueCode(db(), elsewhere.election.id, elsewhere.voters[0]!.resident.id);
    expect(await refusal((await callerAs(db(), null)).voting.codeBallot({ code: foreignCode }))).toBe("errors.elections.voting.codeWrong");
    expect(await refusal((await callerAs(db(), null)).voting.election({ reference: elsewhere.election.reference }))).toBe("errors.notFound");
    for (const election of [w, before, elsewhere]) expect(await countRows(db(), election.election.id)).toMatchObject({ ballots: 0, voters: 0 });
  });

  it("takes crosses under first past the post, one per seat", async () => {
    const w = await world({ system: "fptp", seats: 1 });
    const voter = await callerAs(db(), w.voters[0]!.user.id);
    const reference = w.election.reference;
    const [a, b] = w.candidates;
    expect((await voter.voting.ballot({ reference })).kind).toBe("crosses");
    expect(await problems(voter.voting.cast({ reference, crosses: [a!.id, b!.id] }))).toEqual([{ field: "crosses", key: "errors.elections.ballot.tooManyChoices" }]);
    expect(await problems(voter.voting.cast({ reference, crosses: [] }))).toEqual([{ field: "crosses", key: "errors.elections.ballot.empty" }]);
    await voter.voting.cast({ reference, crosses: [b!.id] });
    expect((await countRows(db(), w.election.id)).ballotRows.map((r) => r.ranking)).toEqual([[1]]);
  });

  it("publishes results and receipt checks only once the count is published", async () => {
    const w = await world({ voters: 4 });
    const reference = w.election.reference;
    const receipts = [];
    for (const [i, voter] of w.voters.entries()) {
      const marks = i < 3 ? marksFor(w, ["1", "2"]) : marksFor(w, ["", "", "1"]);
      receipts.push((await (await callerAs(db(), voter.user.id)).voting.cast({ reference, marks })).receipt);
    }
    const anonymous = await callerAs(db(), null);
    expect(await refusal(anonymous.voting.results({ reference }))).toBe("errors.notFound");
    expect(await refusal(anonymous.voting.checkReceipt({ reference, receipt: receipts[0]! }))).toBe("errors.notFound");

    await closeCountPublish(db(), w);
    const results = await anonymous.voting.results({ reference });
    expect(results.turnout).toEqual({ voted: 4, roll: 4, ballots: 4 });
    expect(results.table?.kind).toBe("stv");
    expect(results.table?.elected).toContain(w.candidates[0]!.ballotName);
    expect(results.table?.kind === "stv" && results.table.rows.map((r) => r.cells[0]!.votes)).toEqual(["3.00000", "0.00000", "1.00000", "0.00000"]);

    const sorted = [...receipts].sort();
    const checked = await anonymous.voting.checkReceipt({ reference, receipt: receipts[0]!.toLowerCase() });
    expect(checked).toMatchObject({ receipt: receipts[0], found: true, position: sorted.indexOf(receipts[0]!) + 1 });
    expect(checked.found && checked.hash).toMatch(/^[0-9a-f]{64}$/);
    // A well-formed receipt that is not in the list, and one mistyped.
    const notThere = await anonymous.voting.checkReceipt({ reference, receipt: makeCode(new Uint8Array(RECEIPT_CODE.symbols), RECEIPT_CODE) });
    expect(notThere.found).toBe(false);
    expect(await problems(anonymous.voting.checkReceipt({ reference, receipt: "ABCD" }))).toEqual([{ field: "receipt", key: "errors.elections.voting.receiptWrong" }]);
    expect(await problems(anonymous.voting.checkReceipt({ reference, receipt: "" }))).toEqual([{ field: "receipt", key: "errors.elections.voting.receiptRequired" }]);
  });

  it("lists this installation's elections for anyone, with candidates only once they are fixed", async () => {
    const nominating = await world({ phase: "nominations" });
    const voting = await world();
    const anonymous = await callerAs(db(), null);
    const list = await anonymous.voting.list();
    expect(list.find((e) => e.reference === nominating.election.reference)?.phase).toBe("nominations");
    expect(list.find((e) => e.reference === voting.election.reference)?.phase).toBe("voting");
    expect((await anonymous.voting.election({ reference: nominating.election.reference })).candidates).toEqual([]);
    expect((await anonymous.voting.election({ reference: voting.election.reference })).candidates).toHaveLength(4);
  });
});
