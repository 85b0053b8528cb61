// The four-year review programme: which service area is reviewed in which
// financial year, which areas will break the four-year rule, scheduling and
// rescheduling with a recorded reason, the priorities for review and the rows
// of the programme's spreadsheet. Staff change the programme; scrutiny panel
// members and admins read it.
//
// The programme itself (which service is reviewed when) is a plan the panel
// scrutinises, so every review appears on it; only reviews the reader may
// open (for scrutiny, settled ones) are linked.
import { and, asc, desc, eq, like, sql } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "@hearth/db";
import { financialYearOf } from "@hearth/domain/complaints";
import { financialYearLabel, isSettled, lastTwelveMonths, nextReviewReference, prioritiseServices, programmeBreaches, programmeYears } from "@hearth/domain/reviews";
import { writeAudit } from "../../audit.js";
import { refuse } from "../../errors.js";
import { ukToday } from "../../repositories/complaints/calendar.js";
import { complaintCountsByArea, homesCount, latestStarsTotals, programmeStanding } from "../../repositories/reviews/programme.js";
import { canRead, changeReview, loadReadableReview } from "../../repositories/reviews/review.js";
import { activeServiceAreas, installationLandlordId, serviceAreaBySlug } from "../../repositories/service-areas.js";
import type { Context } from "../../context.js";
import { router, staffProcedure } from "../../trpc.js";
import { programmeYearInput, rescheduleInput, scheduleInput } from "./programme-inputs.js";
import { reviewReferenceInput } from "./workspace-inputs.js";

const { serviceReviews, reviewScheduleChanges, users, userRoles, landlords } = schema;
const reader = staffProcedure.meta({ roles: ["staff", "scrutiny", "admin"] });
const writer = staffProcedure.meta({ roles: ["staff"] });

async function landlordOf(ctx: Context): Promise<string> {
  const landlordId = await installationLandlordId(ctx.db);
  if (!landlordId) throw refuse("NOT_FOUND", "errors.notFound");
  return landlordId;
}

/** Reviews may be placed in this financial year or the three after it: the programme as it stands today. */
function schedulableYears(today: string): number[] {
  return programmeYears(financialYearOf(today));
}

function checkSchedulableYear(year: number, today: string): void {
  const years = schedulableYears(today);
  if (!years.includes(year)) {
    throw refuse("BAD_REQUEST", "errors.reviews.programme.yearOutOfRange", { field: "year", params: { first: financialYearLabel(years[0]!), last: financialYearLabel(years[years.length - 1]!) } });
  }
}

async function activeStaff(db: Executor) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "staff")))
    .where(eq(users.active, true))
    .orderBy(asc(users.name));
}

async function programmeView(ctx: Context & { user: NonNullable<Context["user"]> }, firstYear: number) {
  const landlordId = await landlordOf(ctx);
  const today = ukToday(ctx.now());
  const { areas, reviews, coverage } = await programmeStanding(ctx.db, landlordId, { firstYear, today });
  const years = programmeYears(firstYear);
  const rows = areas.map((area) => ({
    serviceArea: area,
    coverage: coverage.get(area.id)!,
    years: years.map((year) => ({
      year,
      reviews: reviews
        .filter((r) => r.serviceAreaId === area.id && r.programmeYear === year)
        .map((r) => ({ reference: r.reference, title: r.title, stage: r.stage, lead: r.lead, approvedOn: r.approvedOn, canOpen: canRead(ctx.user, r) })),
    })),
  }));
  const names = new Map(areas.map((a) => [a.id, a]));
  const breaches = programmeBreaches([...coverage.values()]).map((c) => ({ ...c, serviceArea: names.get(c.serviceAreaId)! }));
  return { firstYear, years, today, currentYear: financialYearOf(today), rows, breaches };
}

export const reviewProgrammeRouter = router({
  /** Four financial years from `from` (default: this one), every active service area in each, and the areas that will break the rule. */
  view: reader.input(z.object({ from: programmeYearInput.optional() }).default({})).query(({ ctx, input }) => {
    return programmeView(ctx, input.from ?? financialYearOf(ukToday(ctx.now())));
  }),

  /** What the scheduling form offers: service areas, the years a review can go in, and staff who can lead one. */
  scheduleOptions: writer.query(async ({ ctx }) => {
    const landlordId = await landlordOf(ctx);
    return { serviceAreas: await activeServiceAreas(ctx.db, landlordId), years: schedulableYears(ukToday(ctx.now())), staff: await activeStaff(ctx.db) };
  }),

  /** Puts a new review on the programme with the next reference of its year, and records why. */
  schedule: writer.input(scheduleInput).mutation(async ({ ctx, input }) => {
    const landlordId = await landlordOf(ctx);
    const today = ukToday(ctx.now());
    checkSchedulableYear(input.year, today);
    return ctx.db.transaction(async (tx) => {
      // One schedule at a time per landlord, so two people cannot take the same reference.
      await tx.select({ id: landlords.id }).from(landlords).where(eq(landlords.id, landlordId)).for("update");
      const area = await serviceAreaBySlug(tx, landlordId, input.serviceArea);
      if (!area) throw refuse("BAD_REQUEST", "errors.reviews.programme.serviceAreaRequired", { field: "serviceArea" });
      if (input.leadUserId) {
        const lead = (await activeStaff(tx)).find((s) => s.id === input.leadUserId);
        if (!lead) throw refuse("BAD_REQUEST", "errors.reviews.programme.leadInvalid", { field: "leadUserId" });
      }
      const taken = await tx.select({ reference: serviceReviews.reference }).from(serviceReviews).where(like(serviceReviews.reference, `SR-${input.year}-%`));
      const reference = nextReviewReference(
        input.year,
        taken.map((r) => r.reference),
      );
      const now = ctx.now();
      const [review] = await tx
        .insert(serviceReviews)
        .values({ landlordId, serviceAreaId: area.id, reference, title: input.title, programmeYear: input.year, leadUserId: input.leadUserId ?? null, updatedByUserId: ctx.user.id, createdAt: now, updatedAt: now })
        .returning({ id: serviceReviews.id });
      await tx.insert(reviewScheduleChanges).values({ reviewId: review!.id, fromYear: null, toYear: input.year, reason: input.reason, changedByUserId: ctx.user.id, changedAt: now });
      await tx.insert(schema.reviewStageChanges).values({ reviewId: review!.id, fromStage: null, toStage: "scheduled", on: today, note: input.reason, changedByUserId: ctx.user.id, changedAt: now });
      await writeAudit(
        tx,
        { actorUserId: ctx.user.id, action: "review.scheduled", subjectType: "service_review", subjectId: review!.id, details: { reference, year: input.year, serviceArea: area.slug }, address: ctx.address },
        now,
      );
      return { id: review!.id, reference };
    });
  }),

  /** Moves a review to another year with the reason; settled reviews stay where they were done. */
  reschedule: writer.input(rescheduleInput).mutation(({ ctx, input }) => {
    checkSchedulableYear(input.year, ukToday(ctx.now()));
    return changeReview(ctx, input, "review.rescheduled", async (tx, review) => {
      if (isSettled(review.row.stage)) throw refuse("CONFLICT", "errors.reviews.notEditable");
      if (review.row.programmeYear === input.year) throw refuse("BAD_REQUEST", "errors.reviews.programme.sameYear", { field: "year" });
      await tx.update(serviceReviews).set({ programmeYear: input.year }).where(eq(serviceReviews.id, review.row.id));
      await tx.insert(reviewScheduleChanges).values({ reviewId: review.row.id, fromYear: review.row.programmeYear, toYear: input.year, reason: input.reason, changedByUserId: ctx.user.id, changedAt: ctx.now() });
      return { result: { reference: review.row.reference, year: input.year }, details: { from: review.row.programmeYear, to: input.year, reason: input.reason } };
    });
  }),

  /** Every move of one review on the programme, newest first, and the years it could move to. */
  changes: reader.input(z.object({ reference: reviewReferenceInput })).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    const rows = await ctx.db
      .select({ id: reviewScheduleChanges.id, fromYear: reviewScheduleChanges.fromYear, toYear: reviewScheduleChanges.toYear, reason: reviewScheduleChanges.reason, by: users.name, at: reviewScheduleChanges.changedAt })
      .from(reviewScheduleChanges)
      .innerJoin(users, eq(users.id, reviewScheduleChanges.changedByUserId))
      .where(eq(reviewScheduleChanges.reviewId, review.row.id))
      .orderBy(desc(reviewScheduleChanges.changedAt), asc(sql`${reviewScheduleChanges.fromYear} is null`));
    return { reference: review.row.reference, programmeYear: review.row.programmeYear, years: schedulableYears(ukToday(ctx.now())), changes: rows };
  }),

  /**
   * Service areas ranked for review: low stars, the four-year rule, complaints
   * in the last 12 months per 1,000 homes, and missed neighbourhood targets
   * (not tracked yet, so none are counted and the page says so).
   */
  priorities: reader.query(async ({ ctx }) => {
    const landlordId = await landlordOf(ctx);
    const today = ukToday(ctx.now());
    const period = lastTwelveMonths(today);
    const { areas, coverage } = await programmeStanding(ctx.db, landlordId, { firstYear: financialYearOf(today), today });
    const stars = await latestStarsTotals(ctx.db, landlordId);
    const complaints = await complaintCountsByArea(ctx.db, landlordId, period);
    const homes = await homesCount(ctx.db, landlordId);
    const ranked = prioritiseServices(
      areas.map((area) => ({
        serviceAreaId: area.id,
        starsTotal: stars.get(area.id)?.total ?? null,
        programme: coverage.get(area.id)!,
        complaints: complaints.get(area.id) ?? 0,
        breachedTargets: 0,
      })),
      { homes },
    );
    const byId = new Map(areas.map((a) => [a.id, a]));
    return {
      today,
      period,
      homes,
      targetsTracked: false,
      priorities: ranked.map((p) => ({
        ...p,
        serviceArea: byId.get(p.serviceAreaId)!,
        stars: stars.get(p.serviceAreaId) ?? null,
        complaints: complaints.get(p.serviceAreaId) ?? 0,
        coverage: coverage.get(p.serviceAreaId)!,
      })),
    };
  }),

  /** One row per service area and year of the programme, for the spreadsheet; the console translates the words. */
  export: reader.input(z.object({ from: programmeYearInput.optional() }).default({})).query(async ({ ctx, input }) => {
    const view = await programmeView(ctx, input.from ?? financialYearOf(ukToday(ctx.now())));
    const rows = view.rows.flatMap((row) =>
      row.years.flatMap(({ year, reviews }) =>
        (reviews.length ? reviews : [null]).map((review) => ({
          serviceArea: row.serviceArea.name,
          serviceAreaSlug: row.serviceArea.slug,
          year,
          reference: review?.reference ?? null,
          title: review?.title ?? null,
          stage: review?.stage ?? null,
          lead: review?.lead ?? null,
          approvedOn: review?.approvedOn ?? null,
          status: row.coverage.status,
          lastCompletedOn: row.coverage.lastCompletedOn,
          dueBy: row.coverage.dueBy,
        })),
      ),
    );
    await writeAudit(ctx.db, { actorUserId: ctx.user.id, action: "review.programme-exported", subjectType: "service_review", details: { from: view.firstYear, rows: rows.length }, address: ctx.address }, ctx.now());
    return { firstYear: view.firstYear, years: view.years, today: view.today, rows };
  }),
});
