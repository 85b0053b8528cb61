import { describe, expect, it } from "vitest";
import { RECEIPT_CODE, normaliseCode } from "@hearth/domain/elections";
import { refusal, useTestDatabase } from "../../testing/index.js";
import { countRows, electionWorld } from "../../routers/elections/voting-test-support.js";
import { markVoter, storeBallot } from "./ballots.js";

describe("writing a vote", () => {
  const db = useTestDatabase();

  it("stores a mark and a ballot that share nothing but the election, with a well-formed receipt", async () => {
    const world = await electionWorld(db(), { phase: "voting" });
    const voter = world.voters[0]!.resident;
    const receipt = await db().transaction(async (tx) => {
      await markVoter(tx, { electionId: world.election.id, residentId: voter.id, channel: "online" });
      return storeBallot(tx, { electionId: world.election.id, ranking: [2, 0] });
    });
    expect(normaliseCode(receipt, RECEIPT_CODE)).toBe(receipt);
    const rows = await countRows(db(), world.election.id);
    expect(rows.voterRows).toEqual([{ electionId: world.election.id, residentId: voter.id, channel: "online" }]);
    expect(rows.ballotRows).toHaveLength(1);
    expect(rows.ballotRows[0]).toMatchObject({ receipt, ranking: [2, 0], batchId: null, chainHash: null, chainPosition: null });
  });

  it("refuses a second mark for the same voter whatever the channel, and rolls the ballot back with it", async () => {
    const world = await electionWorld(db(), { phase: "voting" });
    const electionId = world.election.id;
    const residentId = world.voters[0]!.resident.id;
    await db().transaction(async (tx) => {
      await markVoter(tx, { electionId, residentId, channel: "code" });
      await storeBallot(tx, { electionId, ranking: [1] });
    });
    for (const channel of ["online", "code", "paper"] as const) {
      const second = db().transaction(async (tx) => {
        await storeBallot(tx, { electionId, ranking: [0] });
        await markVoter(tx, { electionId, residentId, channel });
      });
      expect(await refusal(second)).toBe("errors.elections.alreadyVoted");
    }
    const rows = await countRows(db(), electionId);
    expect([rows.voters, rows.ballots]).toEqual([1, 1]);
  });

  it("lets exactly one of many simultaneous marks by one voter win", async () => {
    const world = await electionWorld(db(), { phase: "voting" });
    const electionId = world.election.id;
    const residentId = world.voters[0]!.resident.id;
    const attempts = Array.from({ length: 20 }, (_, i) =>
      db().transaction(async (tx) => {
        await markVoter(tx, { electionId, residentId, channel: i % 2 ? "online" : "code" });
        return storeBallot(tx, { electionId, ranking: [i % 4] });
      }),
    );
    const settled = await Promise.allSettled(attempts);
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    const rows = await countRows(db(), electionId);
    expect([rows.voters, rows.ballots]).toEqual([1, 1]);
  });

  it("draws another receipt when the first clashes with one already in the list", async () => {
    const world = await electionWorld(db(), { phase: "voting" });
    const electionId = world.election.id;
    // The same bytes twice, then different ones: the second ballot's first draw clashes.
    const draws = [1, 1, 2];
    const fill = (bytes: Uint8Array) => bytes.fill(draws.shift()!);
    const first = await storeBallot(db(), { electionId, ranking: [0] }, fill);
    const second = await storeBallot(db(), { electionId, ranking: [1] }, fill);
    expect(second).not.toBe(first);
    expect(draws).toEqual([]);
    expect((await countRows(db(), electionId)).ballots).toBe(2);
  });

  it("takes no vote before voting opens (the database refuses it too)", async () => {
    const world = await electionWorld(db(), { phase: "ready" });
    const attempt = db().transaction(async (tx) => {
      await markVoter(tx, { electionId: world.election.id, residentId: world.voters[0]!.resident.id, channel: "online" });
    });
    await expect(attempt).rejects.toThrow();
    expect((await countRows(db(), world.election.id)).voters).toBe(0);
  });
});
