// Loading one service review, deciding who may read it, and the version check
// every change goes through. Shared by all the review routers.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { SETTLED_STAGES } from "@hearth/domain/reviews";
import { writeAudit } from "../../audit.js";
import { refuse } from "../../errors.js";
import type { Context, SessionUser } from "../../context.js";

const { serviceReviews, serviceAreas } = schema;

export type ReviewRow = typeof serviceReviews.$inferSelect;
export interface LoadedReview {
  row: ReviewRow;
  serviceArea: { id: string; slug: string; name: string };
}

/**
 * Staff and admins read every review; scrutiny panel members only settled
 * ones (approved or later). Anyone else is told it does not exist.
 */
export function canRead(user: SessionUser, row: Pick<ReviewRow, "stage">): boolean {
  if (user.roles.includes("staff") || user.roles.includes("admin")) return true;
  return user.roles.includes("scrutiny") && SETTLED_STAGES.includes(row.stage);
}

/** One review by id or reference; with `lock`, the row is locked for the rest of the transaction. */
export async function loadReview(db: Executor, where: { id: string } | { reference: string }, options: { lock?: boolean } = {}): Promise<LoadedReview> {
  const condition = "id" in where ? eq(serviceReviews.id, where.id) : eq(serviceReviews.reference, where.reference);
  const query = db
    .select({ row: serviceReviews, serviceArea: { id: serviceAreas.id, slug: serviceAreas.slug, name: serviceAreas.name } })
    .from(serviceReviews)
    .innerJoin(serviceAreas, eq(serviceAreas.id, serviceReviews.serviceAreaId))
    .where(condition);
  const [found] = options.lock ? await query.for("update", { of: serviceReviews }) : await query;
  if (!found) throw refuse("NOT_FOUND", "errors.notFound");
  return found;
}

/** A review the caller may read, or NOT_FOUND (never FORBIDDEN, so existence does not leak). */
export async function loadReadableReview(ctx: Context, where: { id: string } | { reference: string }): Promise<LoadedReview> {
  const review = await loadReview(ctx.db, where);
  if (!ctx.user || !canRead(ctx.user, review.row)) throw refuse("NOT_FOUND", "errors.notFound");
  return review;
}

/**
 * Runs one change to a review in a transaction: locks the review, refuses a
 * form drawn from an older version, lets `change` write its rows, then bumps
 * the version and writes the audit entry, so none of it exists without the rest.
 */
export async function changeReview<T>(
  ctx: Context,
  input: { reviewId: string; version: number },
  action: string,
  change: (tx: Executor, review: LoadedReview) => Promise<{ result: T; details?: Record<string, unknown> }>,
): Promise<T> {
  const user = ctx.user;
  if (!user) throw refuse("FORBIDDEN", "errors.forbidden");
  return ctx.db.transaction(async (tx) => {
    const review = await loadReview(tx, { id: input.reviewId }, { lock: true });
    if (review.row.version !== input.version) throw refuse("CONFLICT", "errors.reviews.changedMeanwhile");
    const { result, details } = await change(tx, review);
    const now = ctx.now();
    await tx
      .update(serviceReviews)
      .set({ version: review.row.version + 1, updatedAt: now, updatedByUserId: user.id })
      .where(eq(serviceReviews.id, review.row.id));
    await writeAudit(tx, { actorUserId: user.id, action, subjectType: "service_review", subjectId: review.row.id, details: details ?? {}, address: ctx.address }, now);
    return result;
  });
}
