import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { PARTICIPANTS, programmeWorld, ratings, type ProgrammeWorld } from "./programme-test-support.js";

describe("Stars of Excellence assessments", () => {
  const db = useTestDatabase();
  let world: ProgrammeWorld;
  beforeAll(async () => {
    world = await programmeWorld(db());
  });

  const create = (over: Record<string, unknown> = {}) =>
    world.asOfficer.stars.create({ serviceArea: "repairs", assessedOn: "2025-06-01", participants: PARTICIPANTS, ratings: ratings(1), notes: { leadership: "Managers rarely visit depots" }, summary: "First look", ...over });

  it("records ten ratings, who took part and notes, and reads them back with the profile", async () => {
    const { id } = await create();
    const got = await world.asPanel.stars.get({ id });
    expect(got).toMatchObject({ assessedOn: "2025-06-01", summary: "First look", serviceArea: { slug: "repairs" }, recordedBy: "Rhian Officer", previous: null });
    expect(got.profile).toMatchObject({ total: 10, max: 30, groups: { enablers: { total: 5, max: 15 } } });
    expect(got.notes.leadership).toBe("Managers rarely visit depots");
    expect(got.participants).toEqual([
      { name: "Aled Price", role: "Scrutiny panel chair", outsideServiceTeam: true, isResident: true },
      { name: "Rhian Davies", role: "Repairs manager", outsideServiceTeam: false, isResident: false },
    ]);
    const audit = await db().select().from(schema.auditLog).where(eq(schema.auditLog.subjectId, id));
    expect(audit.map((a) => [a.action, (a.details as { total: number }).total])).toEqual([["stars.assessed", 10]]);
  });

  it("compares an assessment with the one before it for the same service", async () => {
    await create({ serviceArea: "rent", assessedOn: "2026-01-01", ratings: ratings(3) });
    const { id } = await create({ assessedOn: "2026-05-20", ratings: ratings(1, { leadership: 3, processes: 0 }) });
    const got = await world.asOfficer.stars.get({ id });
    expect(got.previous).toMatchObject({ assessedOn: "2025-06-01", profile: { total: 10 } });
    expect(got.previous!.comparison.total).toEqual({ earlier: 10, later: 11, change: 1 });
    expect(got.previous!.comparison.improved).toEqual(["leadership"]);
    expect(got.previous!.comparison.declined).toEqual(["processes"]);
  });

  it("lists assessments by service area, latest first, with every active area", async () => {
    const list = await world.asAdmin.stars.list({});
    expect(list.serviceAreas.map((a) => [a.slug, a.assessments.map((x) => x.assessedOn)])).toEqual([
      ["grounds", []],
      ["rent", ["2026-01-01"]],
      ["repairs", ["2026-05-20", "2025-06-01"]],
    ]);
    expect(list.serviceAreas[2]!.assessments[0]).toMatchObject({ participants: 2, outside: 1, residents: 1, profile: { total: 11 } });
    expect((await world.asAdmin.stars.list({ serviceArea: "rent" })).serviceAreas).toHaveLength(1);
  });

  it("refuses an assessment without someone from outside the service team, and writes nothing", async () => {
    const before = await db().select().from(schema.starsAssessments);
    const insiders = PARTICIPANTS.map((p) => ({ ...p, outsideServiceTeam: false }));
    expect(await problems(create({ participants: insiders }))).toEqual([{ field: "participants", key: "errors.reviews.stars.outsideRequired" }]);
    expect(await db().select().from(schema.starsAssessments)).toHaveLength(before.length);
  });

  it("shows every problem of a blank form at once", async () => {
    expect(await problems(world.asOfficer.stars.create({ serviceArea: "", assessedOn: "", participants: [], ratings: {} }))).toEqual([
      { field: "serviceArea", key: "errors.reviews.programme.serviceAreaRequired" },
      { field: "assessedOn", key: "errors.reviews.stars.dateRequired" },
      ...["leadership", "people", "policy-and-strategy", "partnerships-and-resources", "processes", "people-results", "customer-results", "social-results", "key-performance-results", "innovation-and-learning"].map((c) => ({
        field: `ratings.${c}`,
        key: "errors.reviews.stars.ratingRequired",
      })),
      { field: "participants", key: "errors.reviews.stars.participantRequired" },
    ]);
  });

  it("shows every problem at once: missing ratings, no participants, a future date", async () => {
    const { people: _people, "social-results": _social, ...partial } = ratings(2);
    expect(await problems(create({ ratings: partial, participants: [], assessedOn: "2026-06-16" }))).toEqual([
      { field: "assessedOn", key: "errors.reviews.stars.dateInFuture" },
      { field: "ratings.people", key: "errors.reviews.stars.ratingRequired" },
      { field: "ratings.social-results", key: "errors.reviews.stars.ratingRequired" },
      { field: "participants", key: "errors.reviews.stars.participantRequired" },
    ]);
  });

  it("refuses ratings outside 0–3 and half-filled participant rows, each at its field", async () => {
    expect(await problems(create({ ratings: ratings(2, { leadership: 4 }) }))).toEqual([{ field: "ratings.leadership", key: "errors.reviews.stars.ratingInvalid" }]);
    expect(
      await problems(create({ participants: [...PARTICIPANTS, { name: "", role: "Tenant", outsideServiceTeam: true, isResident: true }, { name: "", role: "", outsideServiceTeam: false, isResident: false }] })),
    ).toEqual([{ field: "participants.2.name", key: "errors.reviews.stars.participantNameRequired" }]);
    expect(await problems(create({ serviceArea: "lettings" }))).toEqual([{ field: "serviceArea", key: "errors.reviews.programme.serviceAreaRequired" }]);
    expect(await problems(create({ assessedOn: "2026-02-30" }))).toEqual([{ field: "assessedOn", key: "errors.date.invalid" }]);
  });

  it("does not show another landlord's assessment", async () => {
    expect(await refusal(world.asOfficer.stars.get({ id: crypto.randomUUID() }))).toBe("errors.notFound");
  });
});
