import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { createElection, electionsWorld, settingsForm, type ElectionsWorld } from "./elections-test-support.js";

describe("setting up an election", () => {
  const db = useTestDatabase();
  let world: ElectionsWorld;
  beforeAll(async () => {
    world = await electionsWorld(db());
  });

  it("creates an election with the next reference of the year voting opens, in UK time, audited", async () => {
    const first = await world.asOfficer.elections.create(settingsForm());
    const second = await world.asOfficer.elections.create(settingsForm({ title: "Estate committee" }));
    expect(first.reference).toBe("EL-2027-001");
    expect(second.reference).toBe("EL-2027-002");
    const [row] = await db().select().from(schema.elections).where(eq(schema.elections.id, first.id));
    expect(row).toMatchObject({ seats: 3, system: "stv-scottish", electorate: "tenancies", cutoffOn: "2027-01-04", tenants: true, leaseholders: true, collegeName: null, landlordId: world.landlord.id });
    expect(row!.nominationsOpenAt.toISOString()).toBe("2027-01-04T09:00:00.000Z");
    expect(row!.shortlistingBy!.toISOString()).toBe("2027-02-05T17:00:00.000Z");
    const [audit] = await db().select().from(schema.auditLog).where(eq(schema.auditLog.subjectId, first.id));
    expect(audit).toMatchObject({ action: "election.created", actorUserId: world.officer.id });
  });

  it("stores summer times as UK time", async () => {
    const { id } = await world.asOfficer.elections.create(settingsForm({ votingCloseAtDate: "2027-04-06", countAtDate: "2027-04-07" }));
    const [row] = await db().select().from(schema.elections).where(eq(schema.elections.id, id));
    expect(row!.votingCloseAt.toISOString()).toBe("2027-04-06T16:00:00.000Z");
  });

  it("points each bad answer at its field and writes nothing", async () => {
    const before = await db().select().from(schema.elections);
    expect(
      await problems(
        world.asOfficer.elections.create(
          settingsForm({ title: " ", seats: "0", system: "borda", nominationsOpenAtDate: "2027-02-30", votingCloseAtTime: "25:00", shortlistingByDate: "2027-02-05", shortlistingByTime: "" }),
        ),
      ),
    ).toEqual([
      { field: "title", key: "errors.elections.setup.titleRequired" },
      { field: "seats", key: "errors.elections.setup.seatsOutOfRange" },
      { field: "system", key: "errors.elections.setup.systemRequired" },
      { field: "nominationsOpenAtDate", key: "errors.date.invalid" },
      { field: "votingCloseAtTime", key: "errors.elections.setup.timeInvalid" },
      { field: "shortlistingByTime", key: "errors.elections.setup.timeInvalid" },
    ]);
    expect(await problems(world.asOfficer.elections.create(settingsForm({ seats: "51" })))).toEqual([{ field: "seats", key: "errors.elections.setup.seatsOutOfRange" }]);
    expect(await db().select().from(schema.elections)).toHaveLength(before.length);
  });

  it("checks the timetable, the cut-off and who may vote as a whole", async () => {
    expect(
      await problems(
        world.asOfficer.elections.create(settingsForm({ votingOpenAtDate: "2027-01-20", shortlistingByDate: "", shortlistingByTime: "", cutoffOn: "2027-01-21", tenants: false, leaseholders: false })),
      ),
    ).toEqual([
      { field: "votingOpenAtDate", key: "errors.elections.timetable.votingOpensBeforeNominationsClose" },
      { field: "cutoffOn", key: "errors.elections.setup.cutoffAfterVoting" },
      { field: "tenure", key: "errors.elections.setup.tenureRequired" },
    ]);
    expect(await problems(world.asOfficer.elections.create(settingsForm({ electorate: "college", collegeName: "" })))).toEqual([
      { field: "collegeName", key: "errors.elections.setup.collegeNameRequired" },
    ]);
    expect(await problems(world.asOfficer.elections.create(settingsForm({ neighbourhoodIds: [crypto.randomUUID()] })))).toEqual([
      { field: "neighbourhoodIds", key: "errors.elections.setup.neighbourhoodUnknown" },
    ]);
  });

  it("keeps one rule per electorate: a college has no tenure rule, tenancies no college name", async () => {
    const college = await createElection(world, { electorate: "college", collegeName: "Residents' Forum", neighbourhoodIds: [world.river.id] });
    const [row] = await db().select().from(schema.elections).where(eq(schema.elections.id, college.id));
    expect(row).toMatchObject({ electorate: "college", collegeName: "Residents' Forum", tenants: false, leaseholders: false, neighbourhoodIds: [] });
  });

  it("lists elections and gives one with its settings as the form shows them and its next steps", async () => {
    const election = await createElection(world, { neighbourhoodIds: [world.wood.id] });
    const list = await world.asOfficer.elections.list();
    expect(list.map((e) => e.reference)).toContain(election.reference);
    const got = await world.asOfficer.elections.get({ reference: election.reference.toLowerCase() });
    expect(got.header).toMatchObject({ reference: election.reference, phase: "nominations", locked: false, version: 1 });
    expect(got.settings).toMatchObject({ seats: 3, votingOpenAt: { date: "2027-02-15", time: "09:00" }, neighbourhoodIds: [world.wood.id] });
    expect(got.neighbourhoods).toEqual([{ id: world.wood.id, name: "Maes-y-Coed" }]);
    expect(got.tasks).toMatchObject({ settings: "completed", roll: "notStarted", open: "cannotStart" });
    expect(got.openingProblems.map((p) => p.key)).toEqual(["elections.opening.rollEmpty", "elections.opening.tooFewCandidates", "elections.opening.nominationsOpen"]);
    expect(await refusal(world.asOfficer.elections.get({ reference: "EL-2027-999" }))).toBe("errors.notFound");
    expect(await refusal(world.asOfficer.elections.get({ reference: "not a reference" }))).toBe("errors.notFound");
  });

  it("changes settings against the version the form was drawn from, audited with what changed", async () => {
    const election = await createElection(world);
    await world.asOfficer.elections.update({ ...settingsForm({ seats: "2", system: "stv-meek" }), electionId: election.id, version: election.version });
    const after = await world.asOfficer.elections.header({ reference: election.reference });
    expect(after).toMatchObject({ seats: 2, system: "stv-meek", version: 2 });
    const [audit] = await db().select().from(schema.auditLog).where(eq(schema.auditLog.subjectId, election.id)).orderBy(desc(schema.auditLog.id)).limit(1);
    expect(audit).toMatchObject({ action: "election.settingsChanged", details: { changed: ["seats", "system"] } });
    expect(await refusal(world.asOfficer.elections.update({ ...settingsForm(), electionId: election.id, version: election.version }))).toBe("errors.elections.changedMeanwhile");
  });

  it("admits election officers only", async () => {
    const election = await createElection(world);
    for (const caller of [world.asStaff, world.asAdmin, world.asResident]) {
      expect(await refusal(caller.elections.list())).toBe("FORBIDDEN");
      expect(await refusal(caller.elections.header({ reference: election.reference }))).toBe("FORBIDDEN");
      expect(await refusal(caller.elections.create(settingsForm()))).toBe("FORBIDDEN");
      expect(await refusal(caller.elections.update({ ...settingsForm(), electionId: election.id, version: election.version }))).toBe("FORBIDDEN");
    }
    expect(await refusal(world.asAnonymous.elections.get({ reference: election.reference }))).toBe("UNAUTHORIZED");
  });
});
