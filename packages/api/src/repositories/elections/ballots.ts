// Writing a vote: the voter's mark in the register and the ballot itself.
// Every channel (online, single-use code, paper) goes through these two, and
// the caller runs each pair in one transaction so neither exists without the
// other. The two rows share nothing but the election: no id, no time, no
// channel on the ballot, so the register can never be joined to the votes.
import { schema, type Executor } from "@hearth/db";
import { RECEIPT_CODE, makeCode } from "@hearth/domain/elections";
import { refuse } from "../../errors.js";

const { electionVoters, electionBallots } = schema;

export type VoteChannel = (typeof schema.voteChannelEnum.enumValues)[number];

/** Fills a buffer with cryptographically random bytes; replaceable in tests to force a collision. */
export type RandomFill = (bytes: Uint8Array) => void;

const cryptoFill: RandomFill = (bytes) => {
  crypto.getRandomValues(bytes);
};

/**
 * Marks the voter as having voted. The register's primary key (election,
 * resident) is the one-vote rule: a second mark through any channel, however
 * many arrive at once, finds the first and is refused with
 * `errors.elections.alreadyVoted`. `on conflict do nothing` waits for a
 * concurrent mark to commit or roll back before deciding, so exactly one wins,
 * and it leaves the transaction usable for the caller to roll back cleanly.
 */
export async function markVoter(tx: Executor, input: { electionId: string; residentId: string; channel: VoteChannel }): Promise<void> {
  const marked = await tx
    .insert(electionVoters)
    .values({ electionId: input.electionId, residentId: input.residentId, channel: input.channel })
    .onConflictDoNothing({ target: [electionVoters.electionId, electionVoters.residentId] })
    .returning({ residentId: electionVoters.residentId });
  if (marked.length === 0) throw refuse("CONFLICT", "errors.elections.alreadyVoted");
}

/** Draws this many receipts before giving up: with 55 random bits a second collision means a broken random source. */
const RECEIPT_ATTEMPTS = 5;

/**
 * Stores one ballot (candidate ballot-paper positions, first preference first)
 * and returns its receipt code, drawn at random and drawn again on the rare
 * clash with a receipt already in this election's list. Paper ballots carry
 * their batch so an unconfirmed or rejected batch can be left out of the count.
 */
export async function storeBallot(tx: Executor, input: { electionId: string; ranking: readonly number[]; batchId?: string | null }, fill: RandomFill = cryptoFill): Promise<string> {
  for (let attempt = 0; attempt < RECEIPT_ATTEMPTS; attempt++) {
    const bytes = new Uint8Array(RECEIPT_CODE.symbols);
    fill(bytes);
    const receipt = makeCode(bytes, RECEIPT_CODE);
    const stored = await tx
      .insert(electionBallots)
      .values({ electionId: input.electionId, receipt, ranking: [...input.ranking], batchId: input.batchId ?? null })
      .onConflictDoNothing({ target: [electionBallots.electionId, electionBallots.receipt] })
      .returning({ id: electionBallots.id });
    if (stored.length > 0) return receipt;
  }
  throw new Error(`no unused receipt after ${RECEIPT_ATTEMPTS} draws: the random source is not random`);
}
