// Set-up for the workspace tests: a landlord with a service area, a review at
// a chosen stage, one person per role, and direct inserts for the parts of a
// review other routers own (objectives, answers, scores, options, actions),
// so each gate can be tested on its own.
import { eq } from "drizzle-orm";
import { schema, type Database } from "@hearth/db";
import { BRIEF_FIELDS, FOUR_CS, checkSection, type BriefSection, type FourC, type ReviewStage } from "@hearth/domain/reviews";
import { callerAs, createResidentUser, createUser } from "../../testing/index.js";

/** A clock at noon UK time on the given day. */
export function testClock(day: string) {
  let current = new Date(`${day}T12:00:00Z`);
  return { now: () => current, set: (next: string) => (current = new Date(`${next}T12:00:00Z`)) };
}

/** Every required field of a section, filled with something sensible for its kind. */
export function filledSection(section: BriefSection): Record<string, string> {
  const value = { text: "Repairs team", textarea: "Written by the review group after the first meeting.", date: "2026-04-01", pounds: "1,250.50", "yes-no": "yes", level: "high" } as const;
  return Object.fromEntries(BRIEF_FIELDS[section].filter((field) => field.required).map((field) => [field.id, value[field.kind]]));
}

// One database serves a whole test file, so references count across worlds.
let made = 0;

export async function workspaceWorld(db: Database, clock = testClock("2026-11-24")) {
  const resident = await createResidentUser(db);
  const landlordId = resident.landlord.id;
  const [area] = await db.insert(schema.serviceAreas).values({ landlordId, slug: "repairs", name: "Responsive repairs" }).returning();
  const officer = await createUser(db, { roles: ["staff"], name: "Rhian Officer" });
  const admin = await createUser(db, { roles: ["admin"] });
  const panel = await createResidentUser(db, { extraRoles: ["scrutiny"] });

  async function review(stage: ReviewStage = "scheduled", options: { lead?: boolean } = {}) {
    made += 1;
    const [row] = await db
      .insert(schema.serviceReviews)
      .values({
        landlordId,
        serviceAreaId: area!.id,
        reference: `SR-2026-${String(made).padStart(3, "0")}`,
        title: `Repairs appointments review ${made}`,
        programmeYear: 2026,
        stage,
        leadUserId: options.lead === false ? null : officer.id,
      })
      .returning();
    return row!;
  }

  const now = clock.now;
  return {
    db,
    clock,
    officer,
    review,
    asOfficer: await callerAs(db, officer.id, { app: "console", now }),
    asAdmin: await callerAs(db, admin.id, { app: "console", now }),
    asPanel: await callerAs(db, panel.user.id, { app: "console", now }),
    asResident: await callerAs(db, resident.user.id, { now }),
    /** Rows other routers write, put straight in so the gates can be reached. */
    insert: {
      async objective(reviewId: string, owner = "Repairs manager") {
        await db.insert(schema.reviewObjectives).values({ reviewId, position: 1, improvementAction: "Keep 95% of appointments", measure: "Share of appointments kept", owner, dueOn: "2027-06-30" });
      },
      async answer(reviewId: string, c: FourC, withEvidence: boolean) {
        const [answer] = await db.insert(schema.reviewAnswers).values({ reviewId, fourC: c, question: `${c}.q-${Math.random()}`, answer: "What we found", updatedByUserId: officer.id }).returning();
        if (!withEvidence) return answer!.id;
        const [evidence] = await db.insert(schema.reviewEvidence).values({ reviewId, kind: "note", title: "Meeting notes", createdByUserId: officer.id }).returning();
        await db.insert(schema.reviewAnswerEvidence).values({ answerId: answer!.id, evidenceId: evidence!.id });
        return answer!.id;
      },
      async allFourCs(reviewId: string) {
        for (const c of FOUR_CS) await this.answer(reviewId, c, true);
      },
      async scores(reviewId: string, n: number) {
        const rows = Array.from({ length: n }, (_, i) => ({ reviewId, criterion: i + 1, score: 3, updatedByUserId: officer.id }));
        if (rows.length) await db.insert(schema.marketTestScores).values(rows);
      },
      async option(reviewId: string, recommended: boolean) {
        await db.insert(schema.reviewOptions).values({ reviewId, title: "Evening appointments", recommended });
      },
      async action(reviewId: string, dueOn: string) {
        const [row] = await db.insert(schema.reviewActions).values({ reviewId, action: "Offer evening slots", owner: "Repairs manager", dueOn }).returning();
        return row!.id;
      },
      async section(reviewId: string, section: BriefSection) {
        const check = checkSection(section, filledSection(section));
        if (!check.ok) throw new Error(`test section ${section} does not pass its own check`);
        await db.insert(schema.reviewSections).values({ reviewId, section, fields: check.fields, updatedByUserId: officer.id }).onConflictDoNothing();
      },
      async publish(reviewId: string) {
        await db.insert(schema.reviewSummaries).values({ reviewId, language: "en", headline: "Better repairs", youSaid: "You said", weDid: "We did", updatedByUserId: officer.id });
        await db.update(schema.serviceReviews).set({ summaryPublishedOn: "2026-11-25" }).where(eq(schema.serviceReviews.id, reviewId));
      },
    },
  };
}

export type WorkspaceWorld = Awaited<ReturnType<typeof workspaceWorld>>;
