// What PostgreSQL itself remembers about when a ballot was written, and how
// the close removes it (ADR 011). While voting is open, a ballot and its
// voter's mark are written in one transaction, so their row versions carry
// the same transaction id (xmin), and the table's pages fill in arrival order.
import { sql } from "drizzle-orm";
import { schema, type Database } from "@hearth/db";
import type { Logger } from "pino";

const { electionBallots } = schema;

/**
 * Rewrites the ballot table in receipt order. Sealing the chain at the close
 * updated every ballot in the close's transaction, so their live versions
 * already carry its id rather than their voters'; clustering drops the older
 * versions written while voting and lays the pages out by receipt, which is
 * random, instead of by arrival. It cannot run inside a transaction, so it
 * follows the close's commit; a failure is logged, and the count tries again.
 */
export async function settleBallotTable(db: Database, log: Logger): Promise<boolean> {
  try {
    await db.execute(sql`cluster ${electionBallots} using election_ballots_election_id_receipt_index`);
    return true;
  } catch (error) {
    log.error({ err: error }, "the ballot table could not be rewritten in receipt order after the close; ballots may still share a transaction id with their voters' marks");
    return false;
  }
}
