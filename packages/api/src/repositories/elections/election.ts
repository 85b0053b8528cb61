// Loading one election, where it stands, and the version check and audit
// entry every officer change goes through. Shared by the election routers.
import { count, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { electionPhase, isLocked, type ElectionPhase } from "@hearth/domain/elections";
import { writeAudit } from "../../audit.js";
import { refuse } from "../../errors.js";
import type { Context } from "../../context.js";

const { elections, electionResults, electionCertifications } = schema;

export type ElectionRow = typeof elections.$inferSelect;
export interface LoadedElection {
  row: ElectionRow;
  phase: ElectionPhase;
}

/** Where an election stands now: the timetable's clock up to opening, then what officers did. */
export async function phaseOf(db: Executor, row: ElectionRow, now: Date): Promise<ElectionPhase> {
  return (await phasesOf(db, [row], now)).get(row.id)!;
}

/** `phaseOf` for a list of elections, in two queries however long the list. */
export async function phasesOf(db: Executor, rows: readonly ElectionRow[], now: Date): Promise<Map<string, ElectionPhase>> {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return new Map();
  const [results, certifications] = await Promise.all([
    db.select({ electionId: electionResults.electionId, countedAt: electionResults.countedAt }).from(electionResults).where(inArray(electionResults.electionId, ids)),
    db
      .select({ electionId: electionCertifications.electionId, officers: count() })
      .from(electionCertifications)
      .where(inArray(electionCertifications.electionId, ids))
      .groupBy(electionCertifications.electionId),
  ]);
  const countedAt = new Map(results.map((r) => [r.electionId, r.countedAt]));
  const certifiedBy = new Map(certifications.map((c) => [c.electionId, c.officers]));
  const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
  return new Map(
    rows.map((row) => [
      row.id,
      electionPhase(
        {
          timetable: {
            nominationsOpenAt: row.nominationsOpenAt.toISOString(),
            nominationsCloseAt: row.nominationsCloseAt.toISOString(),
            shortlistingBy: iso(row.shortlistingBy),
            votingOpenAt: row.votingOpenAt.toISOString(),
            votingCloseAt: row.votingCloseAt.toISOString(),
            countAt: row.countAt.toISOString(),
          },
          votingOpenedAt: iso(row.votingOpenedAt),
          votingClosedAt: iso(row.votingClosedAt),
          countedAt: iso(countedAt.get(row.id)),
          // Certified means two different officers signed the count.
          certifiedAt: (certifiedBy.get(row.id) ?? 0) >= 2 ? "certified" : null,
          publishedAt: iso(row.publishedAt),
        },
        now,
      ),
    ]),
  );
}

/** One election by id or reference; with `lock`, its row is locked for the rest of the transaction. */
export async function loadElection(db: Executor, where: { id: string } | { reference: string }, now: Date, options: { lock?: boolean } = {}): Promise<LoadedElection> {
  const condition = "id" in where ? eq(elections.id, where.id) : eq(elections.reference, where.reference);
  const query = db.select().from(elections).where(condition);
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw refuse("NOT_FOUND", "errors.notFound");
  return { row, phase: await phaseOf(db, row, now) };
}

/** Refuses a change to what a ballot depends on once voting has opened (the database refuses it too). */
export function assertNotLocked(election: LoadedElection): void {
  if (isLocked(election.phase)) throw refuse("CONFLICT", "errors.elections.locked");
}

/**
 * Runs one officer change in a transaction: locks the election, refuses a
 * form drawn from an older version, lets `change` write, then bumps the
 * version and writes the audit entry, so none of it exists without the rest.
 */
export async function changeElection<T>(
  ctx: Context,
  input: { electionId: string; version: number },
  action: string,
  change: (tx: Executor, election: LoadedElection) => Promise<{ result: T; details?: Record<string, unknown> }>,
): Promise<T> {
  const user = ctx.user;
  if (!user) throw refuse("FORBIDDEN", "errors.forbidden");
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const election = await loadElection(tx, { id: input.electionId }, now, { lock: true });
    if (election.row.version !== input.version) throw refuse("CONFLICT", "errors.elections.changedMeanwhile");
    const { result, details } = await change(tx, election);
    await tx.update(elections).set({ version: election.row.version + 1, updatedAt: now, updatedByUserId: user.id }).where(eq(elections.id, election.row.id));
    await writeAudit(tx, { actorUserId: user.id, action, subjectType: "election", subjectId: election.row.id, details: details ?? {}, address: ctx.address }, now);
    return result;
  });
}
