// Stars of Excellence assessments: recorded by staff with the people who
// took part (at least one from outside the service team), read by staff,
// scrutiny panel members and admins. An assessment is a record of a day's
// judgement, so it is never edited; a new one shows the change.
import { and, asc, desc, eq, inArray, lt, or } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "@hearth/db";
import { STARS_CRITERIA, compareStars, starsProfile, validateStarsAssessment, type StarsCriterion, type StarsProblem, type StarsRatings } from "@hearth/domain/reviews";
import { writeAudit } from "../../audit.js";
import { refuse } from "../../errors.js";
import { refuseFields, type FieldProblem } from "./refuse-fields.js";
import { ukToday } from "../../repositories/complaints/calendar.js";
import { activeServiceAreas, installationLandlordId, serviceAreaBySlug } from "../../repositories/service-areas.js";
import type { Context } from "../../context.js";
import { router, staffProcedure } from "../../trpc.js";
import { serviceAreaSlugInput, starsAssessmentInput, starsDateInput } from "./programme-inputs.js";

const { starsAssessments, starsRatings, starsParticipants, serviceAreas, users } = schema;
const reader = staffProcedure.meta({ roles: ["staff", "scrutiny", "admin"] });
const writer = staffProcedure.meta({ roles: ["staff"] });

const PROBLEM_KEYS: Record<StarsProblem["code"], string> = {
  "rating-missing": "errors.reviews.stars.ratingRequired",
  "rating-invalid": "errors.reviews.stars.ratingInvalid",
  "no-participants": "errors.reviews.stars.participantRequired",
  "no-outside-participant": "errors.reviews.stars.outsideRequired",
};

async function landlordOf(ctx: Context): Promise<string> {
  const landlordId = await installationLandlordId(ctx.db);
  if (!landlordId) throw refuse("NOT_FOUND", "errors.notFound");
  return landlordId;
}

async function ratingsOf(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, { ratings: StarsRatings; notes: Record<StarsCriterion, string> }>();
  const rows = await db.select().from(starsRatings).where(inArray(starsRatings.assessmentId, ids));
  const out = new Map<string, { ratings: Record<StarsCriterion, number>; notes: Record<StarsCriterion, string> }>();
  for (const row of rows) {
    const entry = out.get(row.assessmentId) ?? { ratings: {} as Record<StarsCriterion, number>, notes: {} as Record<StarsCriterion, string> };
    entry.ratings[row.criterion] = row.stars;
    entry.notes[row.criterion] = row.note;
    out.set(row.assessmentId, entry);
  }
  return out;
}

const assessmentColumns = {
  id: starsAssessments.id,
  assessedOn: starsAssessments.assessedOn,
  summary: starsAssessments.summary,
  createdAt: starsAssessments.createdAt,
  serviceAreaId: starsAssessments.serviceAreaId,
  serviceArea: { slug: serviceAreas.slug, name: serviceAreas.name },
  recordedBy: users.name,
};

export const starsRouter = router({
  /** Assessments grouped by service area (every active area, assessed or not), latest first within each. */
  list: reader.input(z.object({ serviceArea: serviceAreaSlugInput.optional() }).default({})).query(async ({ ctx, input }) => {
    const landlordId = await landlordOf(ctx);
    const areas = (await activeServiceAreas(ctx.db, landlordId)).filter((a) => !input.serviceArea || a.slug === input.serviceArea);
    const rows = await ctx.db
      .select(assessmentColumns)
      .from(starsAssessments)
      .innerJoin(serviceAreas, eq(serviceAreas.id, starsAssessments.serviceAreaId))
      .innerJoin(users, eq(users.id, starsAssessments.createdByUserId))
      .where(eq(starsAssessments.landlordId, landlordId))
      .orderBy(desc(starsAssessments.assessedOn), desc(starsAssessments.createdAt));
    const ratings = await ratingsOf(
      ctx.db,
      rows.map((r) => r.id),
    );
    const participants = rows.length
      ? await ctx.db
          .select({ assessmentId: starsParticipants.assessmentId, outside: starsParticipants.outsideServiceTeam, resident: starsParticipants.isResident })
          .from(starsParticipants)
          .where(
            inArray(
              starsParticipants.assessmentId,
              rows.map((r) => r.id),
            ),
          )
      : [];
    return {
      serviceAreas: areas.map((area) => ({
        ...area,
        assessments: rows
          .filter((r) => r.serviceAreaId === area.id)
          .map((r) => {
            const own = participants.filter((p) => p.assessmentId === r.id);
            return {
              id: r.id,
              assessedOn: r.assessedOn,
              recordedBy: r.recordedBy,
              profile: starsProfile(ratings.get(r.id)!.ratings),
              participants: own.length,
              outside: own.filter((p) => p.outside).length,
              residents: own.filter((p) => p.resident).length,
            };
          }),
      })),
    };
  }),

  /** One assessment with its profile, and the comparison with the one before it for the same service. */
  get: reader.input(z.object({ id: z.uuid({ error: "errors.notFound" }) })).query(async ({ ctx, input }) => {
    const landlordId = await landlordOf(ctx);
    const [found] = await ctx.db
      .select(assessmentColumns)
      .from(starsAssessments)
      .innerJoin(serviceAreas, eq(serviceAreas.id, starsAssessments.serviceAreaId))
      .innerJoin(users, eq(users.id, starsAssessments.createdByUserId))
      .where(and(eq(starsAssessments.id, input.id), eq(starsAssessments.landlordId, landlordId)));
    if (!found) throw refuse("NOT_FOUND", "errors.notFound");
    const [previous] = await ctx.db
      .select({ id: starsAssessments.id, assessedOn: starsAssessments.assessedOn })
      .from(starsAssessments)
      .where(
        and(
          eq(starsAssessments.serviceAreaId, found.serviceAreaId),
          or(lt(starsAssessments.assessedOn, found.assessedOn), and(eq(starsAssessments.assessedOn, found.assessedOn), lt(starsAssessments.createdAt, found.createdAt))),
        ),
      )
      .orderBy(desc(starsAssessments.assessedOn), desc(starsAssessments.createdAt))
      .limit(1);
    const ratings = await ratingsOf(ctx.db, previous ? [found.id, previous.id] : [found.id]);
    const own = ratings.get(found.id)!;
    const participants = await ctx.db
      .select({ name: starsParticipants.name, role: starsParticipants.role, outsideServiceTeam: starsParticipants.outsideServiceTeam, isResident: starsParticipants.isResident })
      .from(starsParticipants)
      .where(eq(starsParticipants.assessmentId, found.id))
      .orderBy(asc(starsParticipants.name));
    const earlier = previous ? ratings.get(previous.id)! : null;
    return {
      id: found.id,
      assessedOn: found.assessedOn,
      summary: found.summary,
      recordedBy: found.recordedBy,
      serviceArea: found.serviceArea,
      ratings: own.ratings,
      notes: own.notes,
      participants,
      profile: starsProfile(own.ratings),
      previous: previous && earlier ? { id: previous.id, assessedOn: previous.assessedOn, profile: starsProfile(earlier.ratings), comparison: compareStars(earlier.ratings, own.ratings) } : null,
    };
  }),

  /** Records an assessment: ten ratings, who took part and notes, all or nothing. */
  create: writer.input(starsAssessmentInput).mutation(async ({ ctx, input }) => {
    const landlordId = await landlordOf(ctx);
    const area = input.serviceArea ? await serviceAreaBySlug(ctx.db, landlordId, input.serviceArea) : null;
    const participants = input.participants.filter((p) => p.name);
    const problems: FieldProblem[] = [];
    if (!area) problems.push({ field: "serviceArea", key: "errors.reviews.programme.serviceAreaRequired" });
    const date = starsDateInput.safeParse(input.assessedOn);
    if (!date.success) problems.push({ field: "assessedOn", key: date.error.issues[0]?.message ?? "errors.date.invalid" });
    else if (date.data > ukToday(ctx.now())) problems.push({ field: "assessedOn", key: "errors.reviews.stars.dateInFuture" });
    // A row with ticks or a role but no name is half filled in: say so rather than drop it.
    input.participants.forEach((p, i) => {
      if (!p.name && (p.role || p.outsideServiceTeam || p.isResident)) problems.push({ field: `participants.${i}.name`, key: "errors.reviews.stars.participantNameRequired" });
    });
    for (const problem of validateStarsAssessment({ ratings: input.ratings, participants })) problems.push({ field: problem.field, key: PROBLEM_KEYS[problem.code] });
    if (problems.length || !area) throw refuseFields(problems);
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const [assessment] = await tx
        .insert(starsAssessments)
        .values({ landlordId, serviceAreaId: area.id, assessedOn: input.assessedOn, summary: input.summary, createdByUserId: ctx.user.id, createdAt: now, updatedAt: now })
        .returning({ id: starsAssessments.id });
      const id = assessment!.id;
      await tx.insert(starsRatings).values(STARS_CRITERIA.map((criterion) => ({ assessmentId: id, criterion, stars: input.ratings[criterion]!, note: input.notes[criterion] ?? "" })));
      await tx.insert(starsParticipants).values(participants.map((p) => ({ assessmentId: id, name: p.name, role: p.role, outsideServiceTeam: p.outsideServiceTeam, isResident: p.isResident })));
      const total = STARS_CRITERIA.reduce((t, c) => t + input.ratings[c]!, 0);
      await writeAudit(tx, { actorUserId: ctx.user.id, action: "stars.assessed", subjectType: "stars_assessment", subjectId: id, details: { serviceArea: area.slug, assessedOn: input.assessedOn, total }, address: ctx.address }, now);
      return { id };
    });
  }),
});
