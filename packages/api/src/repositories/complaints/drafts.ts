import { eq, sql } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";

const { complaintDrafts } = schema;

export type DraftAnswers = Partial<Record<"serviceArea" | "whatHappened" | "putRight" | "contactMethod" | "phone", string>>;

export async function readDraft(db: Executor, residentId: string): Promise<DraftAnswers> {
  const [draft] = await db.select({ answers: complaintDrafts.answers }).from(complaintDrafts).where(eq(complaintDrafts.residentId, residentId));
  return (draft?.answers ?? {}) as DraftAnswers;
}

/** Merges one page's answers into the draft, so going back and forth loses nothing. */
export async function mergeDraft(db: Executor, residentId: string, answers: DraftAnswers, now: Date): Promise<void> {
  await db
    .insert(complaintDrafts)
    .values({ residentId, answers: answers as Record<string, string>, updatedAt: now })
    .onConflictDoUpdate({ target: complaintDrafts.residentId, set: { answers: sql`${complaintDrafts.answers} || excluded.answers`, updatedAt: now } });
}

export async function discardDraft(db: Executor, residentId: string): Promise<void> {
  await db.delete(complaintDrafts).where(eq(complaintDrafts.residentId, residentId));
}
