// Shared set-up for the paper, count and publication tests: an election open
// for voting (E2's electionWorld), two officers with their own callers, and
// helpers that vote online and key paper the way the console does.
import type { Database } from "@hearth/db";
import { callerAs, createUser } from "../../testing/index.js";
import { electionWorld, type Place, type WorldOptions } from "./voting-test-support.js";

export async function countWorld(db: Database, place: Place, options: WorldOptions = {}) {
  const world = await electionWorld(db, { place, ...options });
  const second = await createUser(db, { roles: ["election_officer"], name: "Owain Evans" });
  const asOfficer = await callerAs(db, world.officer.id, { app: "console" });
  const asSecond = await callerAs(db, second.id, { app: "console" });
  const reference = world.election.reference;
  const electionId = world.election.id;
  /** The version the officer's next form would carry. */
  const version = async () => (await asOfficer.elections.header({ reference })).version;
  return { ...world, second, asOfficer, asSecond, reference, electionId, version };
}

export type CountWorld = Awaited<ReturnType<typeof countWorld>>;

/** STV marks by ballot-paper position: ["2", "1"] gives the second candidate preference 1. */
export function marks(world: CountWorld, numbers: readonly string[]): Record<string, string> {
  return Object.fromEntries(world.candidates.map((c, i) => [c.id, numbers[i] ?? ""]));
}

/** Voter `i` votes online with these preferences; returns the receipt. */
export async function voteOnline(db: Database, world: CountWorld, i: number, numbers: readonly string[]): Promise<string> {
  const voter = await callerAs(db, world.voters[i]!.user.id);
  return (await voter.voting.cast({ reference: world.reference, marks: marks(world, numbers) })).receipt;
}

/** Marks these voters' envelopes returned and keys a batch of papers (preferences per paper) as the first officer. */
export async function keyPaper(world: CountWorld, label: string, voters: readonly number[], papers: readonly (readonly string[] | "void")[]) {
  for (const i of voters) await world.asOfficer.electionCount.markPaperReturned({ electionId: world.electionId, residentId: world.voters[i]!.resident.id });
  return world.asOfficer.electionCount.keyBatch({
    electionId: world.electionId,
    label,
    papers: papers.map((p) => (p === "void" ? { void: true } : { marks: marks(world, p) })),
  });
}

export async function closeAndCount(world: CountWorld) {
  await world.asOfficer.electionCount.close({ electionId: world.electionId, version: await world.version() });
  return world.asOfficer.electionCount.count({ electionId: world.electionId, version: await world.version() });
}
