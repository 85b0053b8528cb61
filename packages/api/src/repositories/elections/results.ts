// Recording a count: the election's engine over the chained ballot list, kept
// with the number of ballots, the chain head and the SHA-256 of the .blt file
// the same list writes, so a recount of that file can be held against it.
import { schema, type Executor } from "@hearth/db";
import { countElection, type RecordedCount } from "@hearth/domain/elections";
import { ballotPaper, bltOf, chainedBallots, electionOf, genesisOf, type ListedBallot } from "./ballot-list.js";
import type { ElectionRow } from "./election.js";

export interface Counted {
  recorded: RecordedCount;
  ballots: number;
  chainHead: string;
  bltSha256: string;
}

/**
 * Counts the chained list and stores the result; the caller has checked the
 * list may be counted, and may pass the list it checked rather than read it twice.
 */
export async function recordCount(tx: Executor, row: ElectionRow, by: { userId: string; now: Date }, checked?: readonly ListedBallot[]): Promise<Counted> {
  const names = (await ballotPaper(tx, row.id)).map((c) => c.name);
  const list = checked ?? (await chainedBallots(tx, row.id));
  const ballotList = electionOf(row, names, list);
  const recorded = countElection(ballotList, row.system);
  const blt = bltOf(ballotList);
  const counted = { recorded, ballots: list.length, chainHead: list.at(-1)?.hash ?? genesisOf(row), bltSha256: blt.sha256 };
  await tx.insert(schema.electionResults).values({
    electionId: row.id,
    result: recorded as unknown as Record<string, unknown>,
    ballots: counted.ballots,
    chainHead: counted.chainHead,
    bltSha256: counted.bltSha256,
    countedByUserId: by.userId,
    countedAt: by.now,
  });
  return counted;
}
