// Reads and writes of the workspace's own tables: cover-report sections, the
// review group, the final checklist and the stage history. Callers check who
// may do what; these only touch rows.
import { and, asc, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import type { BriefSection, ChecklistItem, GroupMemberKind } from "@hearth/domain/reviews";

const { reviewSections, reviewGroupMembers, reviewChecklist, reviewStageChanges, users, userRoles } = schema;

export async function sectionFields(db: Executor, reviewId: string, section: BriefSection): Promise<Record<string, string>> {
  const [row] = await db
    .select({ fields: reviewSections.fields })
    .from(reviewSections)
    .where(and(eq(reviewSections.reviewId, reviewId), eq(reviewSections.section, section)));
  return row?.fields ?? {};
}

/** Replaces the section's fields with `fields` (what a complete form posts). */
export async function writeSection(db: Executor, input: { reviewId: string; section: BriefSection; fields: Record<string, string>; userId: string; now: Date }) {
  await db
    .insert(reviewSections)
    .values({ reviewId: input.reviewId, section: input.section, fields: input.fields, updatedByUserId: input.userId, createdAt: input.now, updatedAt: input.now })
    .onConflictDoUpdate({
      target: [reviewSections.reviewId, reviewSections.section],
      set: { fields: input.fields, updatedByUserId: input.userId, updatedAt: input.now },
    });
}

export function groupMembers(db: Executor, reviewId: string) {
  return db
    .select({ id: reviewGroupMembers.id, name: reviewGroupMembers.name, role: reviewGroupMembers.role, kind: reviewGroupMembers.kind })
    .from(reviewGroupMembers)
    .where(eq(reviewGroupMembers.reviewId, reviewId))
    .orderBy(asc(reviewGroupMembers.createdAt), asc(reviewGroupMembers.name));
}

export async function insertMember(db: Executor, input: { reviewId: string; name: string; role: string; kind: GroupMemberKind; now: Date }) {
  const [row] = await db
    .insert(reviewGroupMembers)
    .values({ reviewId: input.reviewId, name: input.name, role: input.role, kind: input.kind, createdAt: input.now, updatedAt: input.now })
    .returning({ id: reviewGroupMembers.id });
  return row!.id;
}

/** Removes one member of this review's group; the row removed, or null when it is not in this group. */
export async function deleteMember(db: Executor, reviewId: string, memberId: string) {
  const [row] = await db
    .delete(reviewGroupMembers)
    .where(and(eq(reviewGroupMembers.reviewId, reviewId), eq(reviewGroupMembers.id, memberId)))
    .returning({ name: reviewGroupMembers.name, kind: reviewGroupMembers.kind });
  return row ?? null;
}

/** Active staff accounts, who can lead a review. */
export function activeStaffMembers(db: Executor) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "staff")))
    .where(eq(users.active, true))
    .orderBy(asc(users.name));
}

export async function userName(db: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

export function checklistTicks(db: Executor, reviewId: string) {
  return db
    .select({ item: reviewChecklist.item, checkedOn: reviewChecklist.checkedOn, checkedBy: users.name })
    .from(reviewChecklist)
    .innerJoin(users, eq(users.id, reviewChecklist.checkedByUserId))
    .where(eq(reviewChecklist.reviewId, reviewId));
}

/**
 * Leaves exactly `items` ticked. Items already ticked keep who ticked them and
 * when; returns what was newly ticked and what was unticked, for the audit log.
 */
export async function writeChecklist(db: Executor, input: { reviewId: string; items: readonly ChecklistItem[]; userId: string; on: string }) {
  const before = await db.select({ item: reviewChecklist.item }).from(reviewChecklist).where(eq(reviewChecklist.reviewId, input.reviewId));
  const had = new Set(before.map((row) => row.item));
  const unticked = before.map((row) => row.item).filter((item) => !input.items.includes(item));
  const ticked = input.items.filter((item) => !had.has(item));
  if (unticked.length) await db.delete(reviewChecklist).where(and(eq(reviewChecklist.reviewId, input.reviewId), inArray(reviewChecklist.item, unticked)));
  if (ticked.length) {
    await db.insert(reviewChecklist).values(ticked.map((item) => ({ reviewId: input.reviewId, item, checkedOn: input.on, checkedByUserId: input.userId })));
  }
  return { ticked, unticked };
}

/** The review's moves through the life cycle, oldest first. */
export function stageHistory(db: Executor, reviewId: string) {
  return db
    .select({ from: reviewStageChanges.fromStage, to: reviewStageChanges.toStage, on: reviewStageChanges.on, note: reviewStageChanges.note, by: users.name })
    .from(reviewStageChanges)
    .innerJoin(users, eq(users.id, reviewStageChanges.changedByUserId))
    .where(eq(reviewStageChanges.reviewId, reviewId))
    .orderBy(asc(reviewStageChanges.id));
}

