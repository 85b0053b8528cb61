import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { closeAndCount, countWorld, keyPaper, marks, voteOnline, type CountWorld } from "./count-test-support.js";
import { createPlace, type Place } from "./voting-test-support.js";

const { electionBallots, electionPaperBatches, electionVoters } = schema;

describe("paper ballots", () => {
  const db = useTestDatabase();
  let place: Place;
  beforeAll(async () => {
    place = await createPlace(db());
  });
  const world = (options: Parameters<typeof countWorld>[2] = {}) => countWorld(db(), place, { voters: 6, ...options });
  const ballotsOf = (w: CountWorld) => db().select().from(electionBallots).where(eq(electionBallots.electionId, w.electionId));

  it("marks a returned envelope on the register as a paper vote, once, and only for someone on the roll", async () => {
    const w = await world();
    const api = w.asOfficer.electionCount;
    await api.markPaperReturned({ electionId: w.electionId, residentId: w.voters[0]!.resident.id });
    const marked = await db().select().from(electionVoters).where(eq(electionVoters.electionId, w.electionId));
    expect(marked).toEqual([{ electionId: w.electionId, residentId: w.voters[0]!.resident.id, channel: "paper" }]);
    expect(await problems(api.markPaperReturned({ electionId: w.electionId, residentId: w.voters[0]!.resident.id }))).toEqual([{ field: "residentId", key: "errors.elections.counting.alreadyVoted" }]);
    // Voted online first: the paper is refused whichever channel came first.
    await voteOnline(db(), w, 1, ["1"]);
    expect(await refusal(api.markPaperReturned({ electionId: w.electionId, residentId: w.voters[1]!.resident.id }))).toBe("errors.elections.counting.alreadyVoted");
    expect(await refusal(api.markPaperReturned({ electionId: w.electionId, residentId: w.candidates[0]!.residentId }))).toBe("errors.elections.counting.notOnRoll");
    // And the other way round: a resident marked as voted on paper cannot then vote online.
    expect(await refusal(voteOnline(db(), w, 0, ["1"]))).toBe("errors.elections.alreadyVoted");
  });

  it("keys a batch all or nothing, every paper read by the ballot rules, with problems against that paper", async () => {
    const w = await world();
    const api = w.asOfficer.electionCount;
    const [a, b] = w.candidates;
    const bad = api.keyBatch({
      electionId: w.electionId,
      label: "Batch 1",
      papers: [{ marks: marks(w, ["1", "2"]) }, { marks: marks(w, ["1", "1"]) }, { marks: marks(w, ["x"]) }, { marks: {} }, { marks: marks(w, ["2", "3"]) }],
    });
    expect(await problems(bad)).toEqual([
      { field: "papers.1", key: "errors.elections.counting.paper.repeatedPreference" },
      { field: `papers.2.marks.${a!.id}`, key: "errors.elections.counting.paper.notANumber" },
      { field: "papers.3", key: "errors.elections.counting.paper.empty" },
      { field: "papers.4", key: "errors.elections.counting.paper.missingPreference" },
    ]);
    expect(await ballotsOf(w)).toHaveLength(0);
    expect(await db().select().from(electionPaperBatches).where(eq(electionPaperBatches.electionId, w.electionId))).toHaveLength(0);

    const keyed = await api.keyBatch({ electionId: w.electionId, label: "Batch 1", papers: [{ marks: marks(w, ["2", "1"]) }, { void: true, marks: marks(w, ["1", "1"]) }] });
    expect(keyed.papers).toBe(2);
    const stored = await ballotsOf(w);
    expect(stored.map((s) => s.ranking).sort()).toEqual([[], [b!.position, a!.position]].sort());
    expect(stored.every((s) => s.batchId === keyed.batchId && s.chainHash === null)).toBe(true);
    expect(await problems(api.keyBatch({ electionId: w.electionId, label: " batch 1 ", papers: [{ void: true }] }))).toEqual([{ field: "label", key: "errors.elections.counting.labelTaken" }]);
    expect(await problems(api.keyBatch({ electionId: w.electionId, label: "", papers: [] }))).toEqual([
      { field: "label", key: "errors.elections.counting.labelRequired" },
      { field: "papers", key: "errors.elections.counting.batchEmpty" },
    ]);
  });

  it("counts a batch only once a second officer confirms it; the keyer cannot, nor can the database be told otherwise", async () => {
    const w = await world();
    const { batchId } = await keyPaper(w, "Ward A", [0, 1], [["1", "2"], ["2", "1"]]);
    expect(await refusal(w.asOfficer.electionCount.confirmBatch({ electionId: w.electionId, batchId }))).toBe("errors.elections.counting.secondOfficer");
    const direct = await db()
      .update(electionPaperBatches)
      .set({ status: "confirmed", confirmedByUserId: w.officer.id })
      .where(eq(electionPaperBatches.id, batchId))
      .catch((error: Error) => error);
    expect((direct as Error & { cause?: { constraint_name?: string } }).cause?.constraint_name).toBe("election_paper_batches_second_officer");
    expect((await w.asOfficer.electionCount.paper({ reference: w.reference })).problems).toEqual([
      { code: "elections.counting.batchesAwaiting", batches: 1, papers: 2 },
      { code: "elections.counting.fewerPapers", returns: 2, papers: 0, difference: 2 },
    ]);

    await w.asSecond.electionCount.confirmBatch({ electionId: w.electionId, batchId });
    const paper = await w.asOfficer.electionCount.paper({ reference: w.reference });
    expect(paper.problems).toEqual([]);
    expect(paper.figures).toMatchObject({ returns: 2, confirmedPapers: 2, awaitingBatches: 0 });
    expect(paper.batches[0]).toMatchObject({ label: "Ward A", status: "confirmed", keyedBy: w.officer.name, checkedBy: "Owain Evans", mine: true });
    expect(await refusal(w.asSecond.electionCount.rejectBatch({ electionId: w.electionId, batchId, reason: "Too late" }))).toBe("errors.elections.counting.batchChecked");
  });

  it("withdraws a rejected batch's ballots so the papers can be keyed again, with the reason in the audit log", async () => {
    const w = await world();
    const { batchId } = await keyPaper(w, "Ward B", [0, 1], [["1"], ["1"]]);
    expect(await problems(w.asSecond.electionCount.rejectBatch({ electionId: w.electionId, batchId, reason: " " }))).toEqual([{ field: "reason", key: "errors.elections.counting.reasonRequired" }]);
    await w.asSecond.electionCount.rejectBatch({ electionId: w.electionId, batchId, reason: "Second paper has a 2 for the first candidate" });
    expect(await ballotsOf(w)).toHaveLength(0);
    const batch = await w.asOfficer.electionCount.batch({ reference: w.reference, batchId });
    expect(batch).toMatchObject({ batch: { status: "rejected", checkedBy: "Owain Evans" }, papers: [], mayCheck: false });
    const [audit] = await db().select().from(schema.auditLog).where(and(eq(schema.auditLog.subjectId, w.electionId), eq(schema.auditLog.action, "election.paperBatchRejected")));
    expect(audit!.details).toMatchObject({ label: "Ward B", reason: "Second paper has a 2 for the first candidate" });
    // Keyed again under the same label.
    const again = await w.asOfficer.electionCount.keyBatch({ electionId: w.electionId, label: "Ward B", papers: [{ marks: marks(w, ["1"]) }, { marks: marks(w, ["", "1"]) }] });
    expect((await w.asSecond.electionCount.batch({ reference: w.reference, batchId: again.batchId })).papers).toEqual([[w.candidates[0]!.ballotName], [w.candidates[1]!.ballotName]]);
  });

  it("refuses the count until paper reconciles, saying what is out and by how many", async () => {
    const w = await world();
    const { batchId } = await keyPaper(w, "Post 1", [0, 1, 2], [["1"], ["2", "1"]]);
    await w.asOfficer.electionCount.close({ electionId: w.electionId, version: await w.version() });
    const version = await w.version();
    expect(await problems(w.asOfficer.electionCount.count({ electionId: w.electionId, version }))).toEqual([
      { key: "errors.elections.counting.batchesAwaiting" },
      { key: "errors.elections.counting.fewerPapers" },
    ]);
    await w.asSecond.electionCount.confirmBatch({ electionId: w.electionId, batchId });
    expect((await w.asOfficer.electionCount.paper({ reference: w.reference })).problems).toEqual([{ code: "elections.counting.fewerPapers", returns: 3, papers: 2, difference: 1 }]);
    // The missing paper arrives after the close: it may still be keyed, and joins the end of the chain once confirmed.
    const late = await w.asOfficer.electionCount.keyBatch({ electionId: w.electionId, label: "Post 2", papers: [{ marks: marks(w, ["", "", "1"]) }, { void: true }] });
    await w.asSecond.electionCount.confirmBatch({ electionId: w.electionId, batchId: late.batchId });
    expect((await w.asOfficer.electionCount.paper({ reference: w.reference })).problems).toEqual([{ code: "elections.counting.morePapers", returns: 3, papers: 4, difference: 1 }]);
    await w.asOfficer.electionCount.markPaperReturned({ electionId: w.electionId, residentId: w.voters[3]!.resident.id });
    const counted = await w.asOfficer.electionCount.count({ electionId: w.electionId, version: await w.version() });
    expect(counted.ballots).toBe(4);
    const chain = await w.asOfficer.electionCount.verifyChain({ reference: w.reference });
    expect(chain).toMatchObject({ entries: 4, ok: true, brokenAt: null, unchained: 0, headMatches: true });
    // Once counted, no more paper.
    expect(await refusal(w.asOfficer.electionCount.markPaperReturned({ electionId: w.electionId, residentId: w.voters[4]!.resident.id }))).toBe("errors.elections.counting.alreadyCounted");
  });

  it("shows the roll with who has voted and how, searchable, for marking returns", async () => {
    const w = await world();
    await voteOnline(db(), w, 0, ["1"]);
    await w.asOfficer.electionCount.markPaperReturned({ electionId: w.electionId, residentId: w.voters[1]!.resident.id });
    const all = await w.asOfficer.electionCount.returns({ reference: w.reference });
    expect(all.total).toBe(6);
    const by = new Map(all.rows.map((r) => [r.residentId, r.votedBy]));
    expect(by.get(w.voters[0]!.resident.id)).toBe("online");
    expect(by.get(w.voters[1]!.resident.id)).toBe("paper");
    expect(by.get(w.voters[2]!.resident.id)).toBeNull();
    const found = await w.asOfficer.electionCount.returns({ reference: w.reference, search: w.voters[2]!.resident.lastName });
    expect(found.rows.map((r) => r.residentId)).toEqual([w.voters[2]!.resident.id]);
  });

  it("takes no paper before voting opens", async () => {
    const w = await world({ phase: "ready" });
    expect(await refusal(w.asOfficer.electionCount.markPaperReturned({ electionId: w.electionId, residentId: w.voters[0]!.resident.id }))).toBe("errors.elections.counting.paperNotYet");
    expect(await refusal(closeAndCount(w))).toBe("errors.elections.counting.notOpen");
  });
});
