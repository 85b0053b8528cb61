// What every officer page of one election needs: who may call (election
// officers only: admins do not run ballots) and the header above each page.
import { isLocked, parseElectionReference } from "@hearth/domain/elections";
import { refuse } from "../../errors.js";
import { loadElection, type LoadedElection } from "../../repositories/elections/election.js";
import type { Executor } from "@hearth/db";
import { staffProcedure } from "../../trpc.js";

export const officerProcedure = staffProcedure.meta({ roles: ["election_officer"] });

/** One election by the reference in a URL: NOT_FOUND for anything that is not one. */
export async function electionByReference(db: Executor, reference: string, now: Date, options: { lock?: boolean } = {}): Promise<LoadedElection> {
  const parsed = parseElectionReference(reference);
  if (!parsed) throw refuse("NOT_FOUND", "errors.notFound");
  return loadElection(db, { reference: parsed }, now, options);
}

export function headerOf(election: LoadedElection) {
  const { row, phase } = election;
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    phase,
    /** True once voting has opened: system, seats, candidates and roll are fixed. */
    locked: isLocked(phase),
    version: row.version,
    system: row.system,
    seats: row.seats,
    electorate: row.electorate,
    votingOpenedAt: row.votingOpenedAt?.toISOString() ?? null,
    votingClosedAt: row.votingClosedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

export type ElectionHeader = ReturnType<typeof headerOf>;
