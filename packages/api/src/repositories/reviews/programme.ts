// What the programme, its breaches and the prioritisation read: every review
// of the landlord, each service area's latest Stars total, complaints per
// service area and the number of homes. One query per table, not per area.
import { and, asc, count, desc, eq, gte, lte, ne, sql } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { isSettled, programmeCoverage, STARS_TOTAL_MAX, type AreaCoverage } from "@hearth/domain/reviews";
import { activeServiceAreas } from "../service-areas.js";

const { serviceReviews, users, starsAssessments, starsRatings, complaints, homes } = schema;

export async function landlordReviews(db: Executor, landlordId: string) {
  return db
    .select({
      id: serviceReviews.id,
      reference: serviceReviews.reference,
      title: serviceReviews.title,
      serviceAreaId: serviceReviews.serviceAreaId,
      programmeYear: serviceReviews.programmeYear,
      stage: serviceReviews.stage,
      endOn: serviceReviews.endOn,
      approvedOn: serviceReviews.approvedOn,
      version: serviceReviews.version,
      lead: users.name,
    })
    .from(serviceReviews)
    .leftJoin(users, eq(users.id, serviceReviews.leadUserId))
    .where(eq(serviceReviews.landlordId, landlordId))
    .orderBy(asc(serviceReviews.programmeYear), asc(serviceReviews.reference));
}

export type ProgrammeReview = Awaited<ReturnType<typeof landlordReviews>>[number];

/** The active service areas, every review, and each area's standing against the four-year rule. */
export async function programmeStanding(db: Executor, landlordId: string, options: { firstYear: number; today: string }) {
  const areas = await activeServiceAreas(db, landlordId);
  const reviews = await landlordReviews(db, landlordId);
  const completed = reviews.flatMap((r) => (r.approvedOn ? [{ serviceAreaId: r.serviceAreaId, approvedOn: r.approvedOn }] : []));
  // A review counts once it is approved; anything short of that is still planned or running.
  const planned = reviews.filter((r) => !isSettled(r.stage) && !r.approvedOn);
  const coverage = programmeCoverage(
    areas.map((a) => a.id),
    completed,
    planned,
    options,
  );
  const byArea = new Map<string, AreaCoverage>(coverage.map((c) => [c.serviceAreaId, c]));
  return { areas, reviews, coverage: byArea };
}

/** Each service area's most recent Stars of Excellence total out of 30. */
export async function latestStarsTotals(db: Executor, landlordId: string): Promise<Map<string, { total: number; assessedOn: string; id: string }>> {
  const rows = await db
    .select({ id: starsAssessments.id, serviceAreaId: starsAssessments.serviceAreaId, assessedOn: starsAssessments.assessedOn, total: sql<number>`coalesce(sum(${starsRatings.stars}), 0)::int` })
    .from(starsAssessments)
    .leftJoin(starsRatings, eq(starsRatings.assessmentId, starsAssessments.id))
    .where(eq(starsAssessments.landlordId, landlordId))
    .groupBy(starsAssessments.id)
    .orderBy(desc(starsAssessments.assessedOn), desc(starsAssessments.createdAt));
  const latest = new Map<string, { total: number; assessedOn: string; id: string }>();
  for (const row of rows) {
    if (!latest.has(row.serviceAreaId)) latest.set(row.serviceAreaId, { total: Math.min(Number(row.total), STARS_TOTAL_MAX), assessedOn: row.assessedOn, id: row.id });
  }
  return latest;
}

/**
 * Complaints received in a period per service area. Refused complaints are
 * left out, as CH01 leaves them out: they never entered the procedure.
 */
export async function complaintCountsByArea(db: Executor, landlordId: string, period: { from: string; to: string }): Promise<Map<string, number>> {
  const rows = await db
    .select({ serviceAreaId: complaints.serviceAreaId, n: count() })
    .from(complaints)
    .where(and(eq(complaints.landlordId, landlordId), ne(complaints.status, "refused"), gte(complaints.receivedOn, period.from), lte(complaints.receivedOn, period.to)))
    .groupBy(complaints.serviceAreaId);
  return new Map(rows.map((r) => [r.serviceAreaId, r.n]));
}

export async function homesCount(db: Executor, landlordId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(homes).where(eq(homes.landlordId, landlordId));
  return row?.n ?? 0;
}
