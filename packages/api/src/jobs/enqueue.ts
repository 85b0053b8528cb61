import { schema, type Executor } from "@hearth/db";

/** What each kind of job carries. Add a kind here and a handler in ./handlers. */
export interface JobPayloads {
  /** Tell the resident about a step in their complaint, in their language. */
  "complaint.notify": { complaintId: string; notice: ComplaintNotice };
  /** Tell a candidate the outcome of their nomination (eligibility or shortlisting). */
  "election.candidateOutcome": { candidateId: string; outcome: "ineligible" | "shortlisted" | "not_shortlisted" };
}

export type ComplaintNotice = "received" | "acknowledged" | "extended" | "responded" | "escalated" | "closed" | "refused" | "withdrawn";

export type JobKind = keyof JobPayloads;

/**
 * Queue a job inside the caller's transaction: it exists only if the change
 * that caused it commits.
 */
export async function enqueueJob<K extends JobKind>(db: Executor, kind: K, payload: JobPayloads[K], options: { runAt?: Date } = {}): Promise<void> {
  await db.insert(schema.jobs).values({ kind, payload: payload as unknown as Record<string, unknown>, ...(options.runAt ? { runAt: options.runAt } : {}) });
}
