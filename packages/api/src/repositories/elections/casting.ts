// Casting a vote online or with a single-use code: reading what the voter
// marked into ballot-paper positions (with plain-language problems against
// the right field), then the mark, the ballot and, for a code, the code's use,
// all in one transaction so a refusal leaves nothing behind.
import { and, eq } from "drizzle-orm";
import { schema, type Database } from "@hearth/db";
import { ballotKind, choicesFromCrosses, maxCrosses, rankFromPreferences, type BallotProblem, type VotingSystem } from "@hearth/domain/elections";
import { refuse, refuseAll, type FieldMessage } from "../../errors.js";
import { markVoter, storeBallot } from "./ballots.js";
import type { BallotCandidate } from "./resident-elections.js";

const { electionVotingCodes } = schema;

export interface Marked {
  marks?: Record<string, string> | undefined;
  crosses?: string[] | undefined;
}

function messageFor(problem: BallotProblem, field: "marks" | "crosses", names: Map<string, string>): FieldMessage {
  const key = `errors.${problem.code}`;
  switch (problem.code) {
    case "elections.ballot.notANumber":
      return { field: `marks.${problem.candidate}`, key, params: { name: names.get(problem.candidate) ?? "" } };
    case "elections.ballot.outOfRange":
      return { field: `marks.${problem.candidate}`, key, params: { name: names.get(problem.candidate) ?? "", max: problem.max } };
    case "elections.ballot.repeatedPreference":
    case "elections.ballot.missingPreference":
      return { field, key, params: { preference: problem.preference } };
    case "elections.ballot.tooManyChoices":
      return { field, key, params: { max: problem.max } };
    default:
      return { field, key };
  }
}

/**
 * The ranking to store (ballot-paper positions, first preference first), or
 * a refusal listing every problem: a number problem against that candidate's
 * box, the rest against the whole ballot.
 */
export function readMarks(marked: Marked, candidates: readonly BallotCandidate[], election: { system: VotingSystem; seats: number }): number[] {
  const ids = candidates.map((c) => c.id);
  const names = new Map(candidates.map((c) => [c.id, c.name]));
  const kind = ballotKind(election.system);
  const field = kind === "preferences" ? "marks" : "crosses";
  const read =
    kind === "preferences"
      ? rankFromPreferences(marked.marks ?? {}, ids)
      : choicesFromCrosses(marked.crosses ?? [], ids, { system: election.system as "fptp" | "approval", seats: maxCrosses(election.system, election.seats, ids.length) });
  if (!read.ok) throw refuseAll("BAD_REQUEST", read.problems.map((problem) => messageFor(problem, field, names)));
  const position = new Map(candidates.map((c) => [c.id, c.position]));
  return read.ranking.map((id) => position.get(id)!);
}

/** The database said the election is not taking votes (migration 0005's triggers): it closed meanwhile. */
function isNotTakingVotes(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as { code?: string }).code === "23000" && /not taking votes/.test(e.message)) return true;
  }
  return false;
}

/**
 * Marks the voter and stores the ballot in one transaction; with a code,
 * first spends the code (only an unused one can be spent, so of two
 * attempts with one code exactly one gets past this line). Returns the receipt.
 */
export async function castBallot(db: Database, input: { electionId: string; residentId: string; ranking: readonly number[]; codeHash?: string }): Promise<string> {
  try {
    return await db.transaction(async (tx) => {
      if (input.codeHash) {
        const spent = await tx
          .update(electionVotingCodes)
          .set({ used: true })
          .where(and(eq(electionVotingCodes.codeHash, input.codeHash), eq(electionVotingCodes.used, false)))
          .returning({ residentId: electionVotingCodes.residentId });
        if (spent.length === 0) throw refuse("CONFLICT", "errors.elections.voting.codeUsed", { field: "code" });
      }
      await markVoter(tx, { electionId: input.electionId, residentId: input.residentId, channel: input.codeHash ? "code" : "online" });
      return storeBallot(tx, { electionId: input.electionId, ranking: input.ranking });
    });
  } catch (error) {
    if (isNotTakingVotes(error)) throw refuse("CONFLICT", "errors.elections.voting.notOpen");
    throw error;
  }
}
