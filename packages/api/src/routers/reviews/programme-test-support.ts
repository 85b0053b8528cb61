// Set-up for the programme, Stars and market-test tests: the installation's
// landlord (made first, so it is the one the console serves) with service
// areas and homes, a staff officer, a scrutiny panel member, an admin, a
// resident, and a clock the tests set.
import { eq } from "drizzle-orm";
import { schema, type Database } from "@hearth/db";
import { STARS_CRITERIA, type ReviewStage } from "@hearth/domain/reviews";
import { callerAs, createResidentUser, createUser } from "../../testing/index.js";
import { testClock } from "../complaints/test-support.js";

export const AREAS = [
  { slug: "repairs", name: "Responsive repairs" },
  { slug: "rent", name: "Rent collection" },
  { slug: "grounds", name: "Grounds maintenance" },
] as const;

export async function programmeWorld(db: Database, today = "2026-06-15") {
  const clock = testClock(today);
  const resident = await createResidentUser(db);
  const landlordId = resident.landlord.id;
  const areas = await db
    .insert(schema.serviceAreas)
    .values(AREAS.map((a) => ({ landlordId, ...a })))
    .returning();
  const area = (slug: (typeof AREAS)[number]["slug"]) => areas.find((a) => a.slug === slug)!;
  // 999 more homes beside the resident's: 1,000 in all, so rates per 1,000 homes equal counts.
  await db.insert(schema.homes).values(
    Array.from({ length: 999 }, (_, i) => ({ landlordId, neighbourhoodId: resident.neighbourhood.id, addressLine1: `${i + 1} Heol Test`, town: "Cardiff", postcode: "CF10 1AA", bedrooms: 2 })),
  );
  const officer = await createUser(db, { roles: ["staff"], name: "Rhian Officer" });
  const admin = await createUser(db, { roles: ["admin"] });
  const panel = await createResidentUser(db, { extraRoles: ["scrutiny"] });
  const now = clock.now;
  let count = 900;

  /** A review put straight into the table at any stage (the workspace moves stages; these tests only need them to exist). */
  async function review(slug: (typeof AREAS)[number]["slug"], stage: ReviewStage, options: { year?: number; approvedOn?: string } = {}) {
    count += 1;
    const year = options.year ?? 2026;
    const settled = ["approved", "feedback_given", "impact_assessed"].includes(stage);
    const [row] = await db
      .insert(schema.serviceReviews)
      .values({
        landlordId,
        serviceAreaId: area(slug).id,
        reference: `SR-${year}-${count}`,
        title: `Review of ${slug} ${count}`,
        programmeYear: year,
        stage,
        approvedOn: options.approvedOn ?? (settled ? "2026-05-14" : null),
      })
      .returning();
    return row!;
  }

  async function setStage(reviewId: string, stage: ReviewStage) {
    await db.update(schema.serviceReviews).set({ stage }).where(eq(schema.serviceReviews.id, reviewId));
  }

  return {
    clock,
    landlordId,
    resident,
    area,
    officer,
    review,
    setStage,
    asOfficer: await callerAs(db, officer.id, { app: "console", now }),
    asAdmin: await callerAs(db, admin.id, { app: "console", now }),
    asPanel: await callerAs(db, panel.user.id, { app: "console", now }),
    asResident: await callerAs(db, resident.user.id, { now }),
  };
}

export type ProgrammeWorld = Awaited<ReturnType<typeof programmeWorld>>;

/** Every criterion at `stars`, with overrides. */
export function ratings(stars: number, overrides: Partial<Record<(typeof STARS_CRITERIA)[number], number>> = {}) {
  return { ...Object.fromEntries(STARS_CRITERIA.map((c) => [c, stars])), ...overrides } as Record<(typeof STARS_CRITERIA)[number], number>;
}

export const PARTICIPANTS = [
  { name: "Rhian Davies", role: "Repairs manager", outsideServiceTeam: false, isResident: false },
  { name: "Aled Price", role: "Scrutiny panel chair", outsideServiceTeam: true, isResident: true },
];
