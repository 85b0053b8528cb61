// Set-up for the review plan tests: a landlord and service area, reviews at a
// chosen stage, one person per console role and a resident, all on a clock
// the tests can move (the one-year rule and update dates depend on today).
import { eq } from "drizzle-orm";
import { schema, type Database } from "@hearth/db";
import type { ReviewStage } from "@hearth/domain/reviews";
import { callerAs, createResidentUser, createUser } from "../../testing/index.js";

/** A clock at noon UK time on the given day; `set` moves it. */
export function planClock(day: string) {
  let current = new Date(`${day}T12:00:00Z`);
  return { now: () => current, set: (next: string) => (current = new Date(`${next}T12:00:00Z`)) };
}

const SETTLED: ReviewStage[] = ["approved", "feedback_given", "impact_assessed"];

export async function planWorld(db: Database, clock = planClock("2026-06-01")) {
  const resident = await createResidentUser(db);
  const landlordId = resident.landlord.id;
  const [area] = await db.insert(schema.serviceAreas).values({ landlordId, slug: `repairs-${Math.floor(Math.random() * 1e6)}`, name: "Responsive repairs" }).returning();
  const officer = await createUser(db, { roles: ["staff"], name: "Rhian Officer" });
  const admin = await createUser(db, { roles: ["admin"] });
  const panel = await createResidentUser(db, { extraRoles: ["scrutiny"] });
  const now = clock.now;
  const asOfficer = await callerAs(db, officer.id, { app: "console", now });

  /** A review at `stage`; settled ones carry an approval date (by default 2026-05-14). */
  async function review(stage: ReviewStage = "planning", approvedOn = "2026-05-14") {
    const [row] = await db
      .insert(schema.serviceReviews)
      .values({
        landlordId,
        serviceAreaId: area!.id,
        reference: `SR-2026-${Math.floor(100_000 + Math.random() * 900_000)}`,
        title: "Review of repairs appointments",
        programmeYear: 2026,
        stage,
        leadUserId: officer.id,
        approvedOn: SETTLED.includes(stage) ? approvedOn : null,
        approvedByUserId: SETTLED.includes(stage) ? officer.id : null,
      })
      .returning();
    return row!;
  }

  /** Moves a review on as approval would, without the workspace's checks (not under test here). */
  async function setStage(reviewId: string, stage: ReviewStage, approvedOn: string | null = SETTLED.includes(stage) ? "2026-05-14" : null) {
    await db.update(schema.serviceReviews).set({ stage, approvedOn }).where(eq(schema.serviceReviews.id, reviewId));
  }

  /** What a form would carry: the review's id and its current version. */
  async function at(reviewId: string) {
    const [row] = await db.select({ version: schema.serviceReviews.version }).from(schema.serviceReviews).where(eq(schema.serviceReviews.id, reviewId));
    return { reviewId, version: row!.version };
  }

  async function auditActions(reviewId: string) {
    const rows = await db.select({ action: schema.auditLog.action }).from(schema.auditLog).where(eq(schema.auditLog.subjectId, reviewId));
    return rows.map((r) => r.action);
  }

  return {
    clock,
    review,
    setStage,
    at,
    auditActions,
    asOfficer,
    asAdmin: await callerAs(db, admin.id, { app: "console", now }),
    asPanel: await callerAs(db, panel.user.id, { app: "console", now }),
    asResident: await callerAs(db, resident.user.id, { now }),
  };
}

export type PlanWorld = Awaited<ReturnType<typeof planWorld>>;

export const OBJECTIVE = {
  assessmentDetails: "A third of repair complaints last year were about missed appointments.",
  improvementAction: "Offer morning, afternoon and school-run slots and text a reminder the day before.",
  measure: "Missed appointments fall from 9% to under 3% of visits.",
  owner: "Repairs manager",
  dueOn: "2027-03-31",
  evidenceSummary: "Monthly appointment report from the scheduling system.",
  residentBenefit: "Residents wait in for less time and fewer visits are rebooked.",
};

export const RISK = {
  summary: "Contractor cannot staff the new school-run slots",
  category: "Operational",
  impact: "high" as const,
  likelihood: "medium" as const,
  nature: "The contract sets core hours of 8 to 4.",
  effect: "Slots offered to residents would be missed.",
  controlMeasures: "Vary the contract before launch.",
  contingency: "Offer the slots with directly employed operatives only.",
  indicators: "Share of school-run slots kept.",
  residualRisk: "low" as const,
};
