// Set-up for the evidence, golden-thread and four Cs tests: the complaints
// world (its landlord is the installation's, made first), reviews of its
// repairs service at a chosen stage, and one caller per role.
import { eq } from "drizzle-orm";
import { schema, type Database } from "@hearth/db";
import type { ReviewStage } from "@hearth/domain/reviews";
import { callerAs, createResidentUser, createUser } from "../../testing/index.js";
import { complaintsWorld, makeComplaint, testClock, type ComplaintsWorld } from "../complaints/test-support.js";

export { PNG } from "../complaints/test-support.js";
export const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");

export async function evidenceWorld(db: Database, today = "2026-06-15") {
  const clock = testClock(today);
  const complaints = await complaintsWorld(db, clock);
  const landlordId = complaints.resident.landlord.id;
  const areas = await db.select().from(schema.serviceAreas).where(eq(schema.serviceAreas.landlordId, landlordId));
  const repairs = areas.find((a) => a.slug === "repairs")!;
  const damp = areas.find((a) => a.slug === "damp-and-mould")!;
  const admin = await createUser(db, { roles: ["admin"] });
  const panel = await createResidentUser(db, { extraRoles: ["scrutiny"] });
  const now = clock.now;
  let count = 0;

  /** A review of repairs (or another area) at `stage`. */
  async function review(stage: ReviewStage = "fieldwork", serviceAreaId = repairs.id) {
    count += 1;
    const [row] = await db
      .insert(schema.serviceReviews)
      .values({
        landlordId,
        serviceAreaId,
        reference: `SR-2026-${String(count).padStart(3, "0")}-${Math.floor(Math.random() * 1e6)}`,
        title: `Review ${count}`,
        programmeYear: 2026,
        stage,
        leadUserId: complaints.officer.id,
      })
      .returning();
    return row!;
  }

  async function setStage(reviewId: string, stage: ReviewStage) {
    await db.update(schema.serviceReviews).set({ stage }).where(eq(schema.serviceReviews.id, reviewId));
  }

  /** The review's id and current version, as a form would carry them. */
  async function current(reviewId: string) {
    const [row] = await db.select({ version: schema.serviceReviews.version }).from(schema.serviceReviews).where(eq(schema.serviceReviews.id, reviewId));
    return { reviewId, version: row!.version };
  }

  return {
    db,
    clock,
    complaints,
    landlordId,
    repairs,
    damp,
    review,
    setStage,
    current,
    asOfficer: complaints.asOfficer,
    asAdmin: await callerAs(db, admin.id, { app: "console", now }),
    asPanel: await callerAs(db, panel.user.id, { app: "console", now }),
    asResident: complaints.asResident,
    asAnyone: await callerAs(db, null, { app: "console", now }),
  };
}

export type EvidenceWorld = Awaited<ReturnType<typeof evidenceWorld>>;

/** A complaint made on the clock's day, taken through stage 1 and closed with a cause and lesson. */
export async function closedComplaint(world: ComplaintsWorld, on: { clock: ReturnType<typeof testClock>; made: string; closed: string }, closure: { cause: string; lesson: string }, area = "repairs") {
  on.clock.set(on.made);
  const { reference } = await makeComplaint(world, area);
  const cases = world.asOfficer.complaintCases;
  let c = await cases.get({ reference });
  await cases.acknowledge({ reference, version: c.version, handlerId: world.officer.id, points: ["The repair was late"] });
  c = await cases.get({ reference });
  await cases.respond({ reference, version: c.version, decisions: [{ pointId: c.stages[0]!.points[0]!.id, decision: "upheld", reasons: "It was" }], summary: "Sorry", compensation: "" });
  on.clock.set(on.closed);
  c = await cases.get({ reference });
  await cases.close({ reference, version: c.version, causeCategory: closure.cause as "delay", lessonsLearnt: closure.lesson });
  return reference;
}
