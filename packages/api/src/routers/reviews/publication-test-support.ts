// Set-up for the publication tests: a landlord (the installation's, made
// first), a service area, reviews at a chosen stage, and one person per role.
import { eq } from "drizzle-orm";
import { schema, type Database } from "@hearth/db";
import type { ReviewStage } from "@hearth/domain/reviews";
import { callerAs, createResidentUser, createUser } from "../../testing/index.js";

export const ENGLISH = {
  headline: "Repairs are booked at a time that suits you",
  youSaid: "You told us repair appointments were missed and hard to change.",
  weDid: "We now offer morning, afternoon and school-run slots. We text you the day before.",
};

export const WELSH = {
  headline: "Atgyweiriadau ar amser sy'n addas i chi",
  youSaid: "Dywedoch chi wrthym fod apwyntiadau atgyweirio'n cael eu colli.",
  weDid: "Rydym bellach yn cynnig slotiau bore a phrynhawn, ac yn anfon neges y diwrnod cynt.",
};

export async function publicationWorld(db: Database) {
  // The first landlord in a fresh database is the installation's, whose summaries the portal shows.
  const resident = await createResidentUser(db);
  const landlordId = resident.landlord.id;
  const [area] = await db.insert(schema.serviceAreas).values({ landlordId, slug: "repairs", name: "Responsive repairs" }).returning();
  const officer = await createUser(db, { roles: ["staff"], name: "Rhian Officer" });
  const admin = await createUser(db, { roles: ["admin"] });
  const panel = await createResidentUser(db, { extraRoles: ["scrutiny"] });
  let count = 0;

  /** A review at `stage`; approved ones carry an approval date. */
  async function review(stage: ReviewStage, options: { title?: string; approvedOn?: string; landlordId?: string; serviceAreaId?: string } = {}) {
    count += 1;
    const [row] = await db
      .insert(schema.serviceReviews)
      .values({
        landlordId: options.landlordId ?? landlordId,
        serviceAreaId: options.serviceAreaId ?? area!.id,
        reference: `SR-2026-${String(count).padStart(3, "0")}-${Math.floor(Math.random() * 1e6)}`,
        title: options.title ?? `Review of repairs appointments ${count}`,
        programmeYear: 2026,
        stage,
        leadUserId: officer.id,
        approvedOn: options.approvedOn ?? (["approved", "feedback_given", "impact_assessed"].includes(stage) ? "2026-05-14" : null),
        approvedByUserId: ["approved", "feedback_given", "impact_assessed"].includes(stage) ? officer.id : null,
      })
      .returning();
    return row!;
  }

  async function setStage(reviewId: string, stage: ReviewStage, approvedOn = "2026-05-14") {
    await db.update(schema.serviceReviews).set({ stage, approvedOn }).where(eq(schema.serviceReviews.id, reviewId));
  }

  return {
    landlordId,
    area: area!,
    officer,
    review,
    setStage,
    asOfficer: await callerAs(db, officer.id, { app: "console" }),
    asAdmin: await callerAs(db, admin.id, { app: "console" }),
    asPanel: await callerAs(db, panel.user.id, { app: "console" }),
    asResident: await callerAs(db, resident.user.id),
    asAnyone: await callerAs(db, null),
  };
}

export type PublicationWorld = Awaited<ReturnType<typeof publicationWorld>>;

/** Writes English (and optionally Welsh) for a review through the API, returning the version after. */
export async function writeSummary(world: PublicationWorld, reference: string, languages: ("en" | "cy")[] = ["en"]) {
  const api = world.asOfficer.reviewPublication;
  for (const language of languages) {
    const { id, version } = await api.summary({ reference });
    await api.saveSummary({ reviewId: id, version, language, ...(language === "en" ? ENGLISH : WELSH) });
  }
  return api.summary({ reference });
}
