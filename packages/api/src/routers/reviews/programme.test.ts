import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { makeComplaint } from "../complaints/test-support.js";
import { PARTICIPANTS, programmeWorld, ratings, type ProgrammeWorld } from "./programme-test-support.js";

describe("the review programme", () => {
  const db = useTestDatabase();
  let world: ProgrammeWorld;
  beforeAll(async () => {
    world = await programmeWorld(db());
  });

  const schedule = (over: Record<string, unknown> = {}) =>
    world.asOfficer.reviewProgramme.schedule({ serviceArea: "rent", year: 2027, title: "Rent collection and arrears", leadUserId: world.officer.id, reason: "Never reviewed; arrears rising", ...over });

  describe("scheduling", () => {
    it("creates the review with the next reference of its year and records why it was added", async () => {
      const first = await schedule();
      const second = await schedule({ serviceArea: "grounds", title: "Grounds maintenance contract", leadUserId: "" });
      expect([first.reference, second.reference]).toEqual(["SR-2027-001", "SR-2027-002"]);
      const [row] = await db().select().from(schema.serviceReviews).where(eq(schema.serviceReviews.id, first.id));
      expect(row).toMatchObject({ stage: "scheduled", programmeYear: 2027, leadUserId: world.officer.id, title: "Rent collection and arrears", version: 1 });
      const changes = await world.asOfficer.reviewProgramme.changes({ reference: first.reference });
      expect(changes.changes).toMatchObject([{ fromYear: null, toYear: 2027, reason: "Never reviewed; arrears rising", by: "Rhian Officer" }]);
      const audit = await db().select().from(schema.auditLog).where(eq(schema.auditLog.subjectId, first.id));
      expect(audit.map((a) => a.action)).toEqual(["review.scheduled"]);
    });

    it("refuses a missing title, reason or service area, each at its field, and writes nothing", async () => {
      const before = await db().select().from(schema.serviceReviews);
      expect(await problems(schedule({ title: " ", reason: "", serviceArea: "" }))).toEqual([
        { field: "serviceArea", key: "errors.reviews.programme.serviceAreaRequired" },
        { field: "title", key: "errors.reviews.programme.titleRequired" },
        { field: "reason", key: "errors.reviews.programme.reasonRequired" },
      ]);
      expect(await problems(schedule({ serviceArea: "lettings" }))).toEqual([{ field: "serviceArea", key: "errors.reviews.programme.serviceAreaRequired" }]);
      expect(await problems(schedule({ leadUserId: world.resident.user.id }))).toEqual([{ field: "leadUserId", key: "errors.reviews.programme.leadInvalid" }]);
      expect(await db().select().from(schema.serviceReviews)).toHaveLength(before.length);
    });

    it("only places reviews in this financial year and the three after it", async () => {
      expect(await problems(schedule({ year: 2025 }))).toEqual([{ field: "year", key: "errors.reviews.programme.yearOutOfRange" }]);
      expect(await problems(schedule({ year: 2030 }))).toEqual([{ field: "year", key: "errors.reviews.programme.yearOutOfRange" }]);
      const options = await world.asOfficer.reviewProgramme.scheduleOptions();
      expect(options.years).toEqual([2026, 2027, 2028, 2029]);
      expect(options.serviceAreas.map((a) => a.slug)).toEqual(["grounds", "rent", "repairs"]);
      expect(options.staff.map((s) => s.name)).toContain("Rhian Officer");
    });
  });

  describe("rescheduling", () => {
    it("moves a review to another year with the reason, newest change first", async () => {
      const { id, reference } = await schedule({ serviceArea: "repairs", year: 2028, title: "Repairs appointments" });
      await world.asOfficer.reviewProgramme.reschedule({ reviewId: id, version: 1, year: 2026, reason: "Complaints about missed appointments doubled" });
      const [row] = await db().select().from(schema.serviceReviews).where(eq(schema.serviceReviews.id, id));
      expect(row).toMatchObject({ programmeYear: 2026, reference, version: 2 });
      const { changes } = await world.asOfficer.reviewProgramme.changes({ reference });
      expect(changes.map((c) => [c.fromYear, c.toYear, c.reason])).toEqual([
        [2028, 2026, "Complaints about missed appointments doubled"],
        [null, 2028, "Never reviewed; arrears rising"],
      ]);
    });

    it("needs a reason and a different year, and refuses a stale form", async () => {
      const { id } = await schedule({ year: 2029 });
      expect(await problems(world.asOfficer.reviewProgramme.reschedule({ reviewId: id, version: 1, year: 2028, reason: "  " }))).toEqual([
        { field: "reason", key: "errors.reviews.programme.reasonRequired" },
      ]);
      expect(await problems(world.asOfficer.reviewProgramme.reschedule({ reviewId: id, version: 1, year: 2029, reason: "No change" }))).toEqual([
        { field: "year", key: "errors.reviews.programme.sameYear" },
      ]);
      await world.asOfficer.reviewProgramme.reschedule({ reviewId: id, version: 1, year: 2028, reason: "Budget moved" });
      expect(await refusal(world.asOfficer.reviewProgramme.reschedule({ reviewId: id, version: 1, year: 2027, reason: "Again" }))).toBe("errors.reviews.changedMeanwhile");
      const changes = await db().select().from(schema.reviewScheduleChanges).where(eq(schema.reviewScheduleChanges.reviewId, id));
      expect(changes).toHaveLength(2);
    });

    it("leaves settled reviews where they were done", async () => {
      const done = await world.review("grounds", "approved", { year: 2026 });
      expect(await refusal(world.asOfficer.reviewProgramme.reschedule({ reviewId: done.id, version: done.version, year: 2027, reason: "Tidy up" }))).toBe("errors.reviews.notEditable");
      const [row] = await db().select().from(schema.serviceReviews).where(eq(schema.serviceReviews.id, done.id));
      expect(row!.programmeYear).toBe(2026);
    });
  });
});

describe("programme view, breaches, priorities and export", () => {
  const db = useTestDatabase();
  let world: ProgrammeWorld;
  beforeAll(async () => {
    world = await programmeWorld(db());
    // Repairs: last approved on 1 May 2022, so due on 1 May 2026 and overdue on 15 June 2026, though a review is running.
    await world.review("repairs", "impact_assessed", { year: 2021, approvedOn: "2022-05-01" });
    await world.review("repairs", "fieldwork", { year: 2026 });
    // Grounds: approved in 2024, next one scheduled for 2027-28, in time for May 2028? No: due 2028-01-10, so at risk.
    await world.review("grounds", "approved", { year: 2023, approvedOn: "2024-01-10" });
    await world.review("grounds", "scheduled", { year: 2027 });
    // Rent: never reviewed, nothing planned: due by the end of the programme.
  });

  it("shows every active service area in each of four years with its reviews and stage", async () => {
    const view = await world.asOfficer.reviewProgramme.view({});
    expect(view.years).toEqual([2026, 2027, 2028, 2029]);
    expect(view.rows.map((r) => r.serviceArea.slug)).toEqual(["grounds", "rent", "repairs"]);
    const repairs = view.rows.find((r) => r.serviceArea.slug === "repairs")!;
    expect(repairs.years.map((y) => y.reviews.map((r) => r.stage))).toEqual([["fieldwork"], [], [], []]);
    expect(repairs.coverage).toMatchObject({ status: "overdue", lastCompletedOn: "2022-05-01", dueBy: "2026-05-01" });
    const earlier = await world.asOfficer.reviewProgramme.view({ from: 2023 });
    expect(earlier.rows.find((r) => r.serviceArea.slug === "grounds")!.years[0]!.reviews.map((r) => r.stage)).toEqual(["approved"]);
  });

  it("lists the services that will break the four-year rule, soonest first", async () => {
    const { breaches } = await world.asOfficer.reviewProgramme.view({});
    expect(breaches.map((b) => [b.serviceArea.slug, b.status, b.dueBy])).toEqual([
      ["repairs", "overdue", "2026-05-01"],
      ["grounds", "at-risk", "2028-01-10"],
      ["rent", "at-risk", "2030-03-31"],
    ]);
    expect(breaches[1]!.nextReview).toMatchObject({ programmeYear: 2027, expectedBy: "2028-03-31", endsInTime: false });
  });

  it("shows scrutiny the whole programme but links only settled reviews", async () => {
    const view = await world.asPanel.reviewProgramme.view({ from: 2023 });
    const grounds = view.rows.find((r) => r.serviceArea.slug === "grounds")!;
    expect(grounds.years[0]!.reviews[0]!.canOpen).toBe(true);
    const staffView = await world.asOfficer.reviewProgramme.view({});
    const running = staffView.rows.find((r) => r.serviceArea.slug === "repairs")!.years[0]!.reviews[0]!;
    expect(running.canOpen).toBe(true);
    const panelRunning = (await world.asPanel.reviewProgramme.view({})).rows.find((r) => r.serviceArea.slug === "repairs")!.years[0]!.reviews[0]!;
    expect(panelRunning.canOpen).toBe(false);
    expect(await refusal(world.asPanel.reviewProgramme.changes({ reference: panelRunning.reference }))).toBe("errors.notFound");
  });

  it("ranks services for review with the reasons and figures", async () => {
    // Two repairs complaints and one rent complaint this year; one rent complaint 13 months ago does not count.
    world.clock.set("2025-05-10");
    await makeComplaint({ asResident: world.asResident } as never, "rent");
    world.clock.set("2026-06-15");
    await makeComplaint({ asResident: world.asResident } as never, "repairs");
    await makeComplaint({ asResident: world.asResident } as never, "repairs");
    await makeComplaint({ asResident: world.asResident } as never, "rent");
    await world.asOfficer.stars.create({ serviceArea: "grounds", assessedOn: "2026-04-01", participants: PARTICIPANTS, ratings: ratings(1) });
    const result = await world.asPanel.reviewProgramme.priorities();
    expect(result).toMatchObject({ homes: 1000, targetsTracked: false, period: { from: "2025-06-16", to: "2026-06-15" } });
    expect(result.priorities.map((p) => [p.serviceArea.slug, p.rank, p.score])).toEqual([
      ["repairs", 1, 85],
      ["rent", 2, 50],
      ["grounds", 3, 40],
    ]);
    const [repairs, rent, grounds] = result.priorities;
    expect(repairs!.reasons).toEqual([
      { key: "priorities.reason.overdue", points: 40, params: { dueBy: "2026-05-01" } },
      { key: "priorities.reason.complaints", points: 30, params: { count: 2, per1000Homes: 2 } },
      { key: "priorities.reason.noStars", points: 15, params: {} },
    ]);
    expect(rent!.reasons.find((r) => r.key === "priorities.reason.complaints")).toEqual({ key: "priorities.reason.complaints", points: 15, params: { count: 1, per1000Homes: 1 } });
    expect(grounds!.reasons).toEqual([
      { key: "priorities.reason.atRisk", points: 20, params: { dueBy: "2028-01-10" } },
      { key: "priorities.reason.lowStars", points: 20, params: { total: 10, max: 30 } },
    ]);
    expect(grounds!.stars).toMatchObject({ total: 10, assessedOn: "2026-04-01" });
  });

  it("exports one row per service area and year, with each review and the area's standing", async () => {
    const { rows } = await world.asOfficer.reviewProgramme.export({});
    expect(rows).toHaveLength(12);
    expect(rows.filter((r) => r.serviceArea === "Responsive repairs")[0]).toMatchObject({ year: 2026, stage: "fieldwork", status: "overdue", dueBy: "2026-05-01", lastCompletedOn: "2022-05-01" });
    expect(rows.filter((r) => r.serviceArea === "Rent collection").map((r) => r.reference)).toEqual([null, null, null, null]);
    const audit = await db().select().from(schema.auditLog).where(eq(schema.auditLog.action, "review.programme-exported"));
    expect(audit).toHaveLength(1);
  });
});
