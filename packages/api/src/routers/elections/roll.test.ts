import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { createElection, electionsWorld, residentIn, type ElectionsWorld } from "./elections-test-support.js";

const { auditLog, electionRoll, electionVotingCodes } = schema;

describe("the roll", () => {
  const db = useTestDatabase();
  let world: ElectionsWorld;
  beforeAll(async () => {
    world = await electionsWorld(db());
  });

  const names = (rows: { firstName: string; lastName: string }[]) => rows.map((r) => `${r.firstName} ${r.lastName}`);

  it("is built from tenancies current on the cut-off day: never former tenants, household members or later tenancies", async () => {
    const election = await createElection(world);
    const built = await world.asOfficer.elections.buildRoll({ electionId: election.id, version: election.version });
    expect(built).toEqual({ added: 4, dropped: 0 });
    const roll = await world.asOfficer.elections.roll({ reference: election.reference });
    expect(names(roll.rows)).toEqual(["Sara Ahmed", "Dai Jones", "Ewa Nowak", "Amina Yusuf"]);
    expect(roll.rows.every((r) => r.source === "tenancy" && !r.removed)).toBe(true);
    expect(roll.byNeighbourhood).toEqual([
      { id: world.river.id, name: "Glan-yr-Afon", onRoll: 2, removed: 0 },
      { id: world.wood.id, name: "Maes-y-Coed", onRoll: 2, removed: 0 },
    ]);
    expect(roll.totals).toEqual({ onRoll: 4, removed: 0 });
    expect(roll.rows.find((r) => r.lastName === "Ahmed")).toMatchObject({ hasAccount: true, hasCode: false });
  });

  it("follows tenure and neighbourhood rules, and a rebuild drops who no longer qualifies", async () => {
    const election = await createElection(world, { leaseholders: false, neighbourhoodIds: [world.wood.id] });
    await world.asOfficer.elections.buildRoll({ electionId: election.id, version: 1 });
    expect(names((await world.asOfficer.elections.roll({ reference: election.reference })).rows)).toEqual(["Ewa Nowak"]);

    const wider = await createElection(world, { leaseholders: false });
    await world.asOfficer.elections.buildRoll({ electionId: wider.id, version: 1 });
    // Moving the cut-off past the newcomer's start brings them on; rebuilding twice changes nothing more.
    const { settings } = await world.asOfficer.elections.get({ reference: wider.reference });
    await world.asOfficer.elections.update({ ...formFrom(settings), cutoffOn: "2027-01-06", electionId: wider.id, version: 2 });
    expect(await world.asOfficer.elections.buildRoll({ electionId: wider.id, version: 3 })).toEqual({ added: 1, dropped: 0 });
    await world.asOfficer.elections.update({ ...formFrom(settings), neighbourhoodIds: [world.river.id], electionId: wider.id, version: 4 });
    expect(await world.asOfficer.elections.buildRoll({ electionId: wider.id, version: 5 })).toEqual({ added: 0, dropped: 2 });
    expect(names((await world.asOfficer.elections.roll({ reference: wider.reference })).rows)).toEqual(["Dai Jones", "Amina Yusuf"]);
  });

  it("takes additions and removals only with a reason, audited, and keeps removed entries with their reasons", async () => {
    const election = await createElection(world);
    await world.asOfficer.elections.buildRoll({ electionId: election.id, version: 1 });
    expect(await problems(world.asOfficer.elections.removeFromRoll({ electionId: election.id, version: 2, residentId: world.people.dai.id, reason: " " }))).toEqual([
      { field: "reason", key: "errors.elections.roll.reasonRequired" },
    ]);
    await world.asOfficer.elections.removeFromRoll({ electionId: election.id, version: 2, residentId: world.people.dai.id, reason: "Died in December; family told us" });
    const removed = await world.asOfficer.elections.roll({ reference: election.reference, status: "removed" });
    expect(removed.rows).toEqual([expect.objectContaining({ lastName: "Jones", removed: true, reason: "Died in December; family told us" })]);
    expect(removed.totals).toEqual({ onRoll: 3, removed: 1 });
    // A rebuild keeps an officer's removal.
    await world.asOfficer.elections.buildRoll({ electionId: election.id, version: 3 });
    expect((await world.asOfficer.elections.roll({ reference: election.reference })).totals).toEqual({ onRoll: 3, removed: 1 });

    await world.asOfficer.elections.addToRoll({ electionId: election.id, version: 4, residentId: world.people.household.id, reason: "Succeeded to the tenancy; record not yet updated" });
    await world.asOfficer.elections.addToRoll({ electionId: election.id, version: 5, residentId: world.people.dai.id, reason: "Removed in error" });
    const roll = await world.asOfficer.elections.roll({ reference: election.reference, search: "jones" });
    expect(roll.rows.map((r) => [r.firstName, r.source, r.removed, r.reason])).toEqual([
      ["Dai", "tenancy", false, "Removed in error"],
      ["Tom", "officer", false, "Succeeded to the tenancy; record not yet updated"],
    ]);
    const actions = await db().select({ action: auditLog.action, details: auditLog.details }).from(auditLog).where(eq(auditLog.subjectId, election.id)).orderBy(desc(auditLog.id)).limit(3);
    expect(actions.map((a) => a.action)).toEqual(["election.rollAdded", "election.rollAdded", "election.rollBuilt"]);
    expect(actions[0]!.details).toMatchObject({ residentId: world.people.dai.id, reason: "Removed in error", restored: true });
  });

  it("never admits a former tenant or a tenancy that started after the cut-off, even by hand", async () => {
    const election = await createElection(world);
    expect(await problems(world.asOfficer.elections.addToRoll({ electionId: election.id, version: 1, residentId: world.people.former.id, reason: "Asked to vote" }))).toEqual([
      { field: "residentId", key: "errors.elections.roll.formerTenant" },
    ]);
    expect(await refusal(world.asOfficer.elections.addToRoll({ electionId: election.id, version: 1, residentId: world.people.newcomer.id, reason: "Asked to vote" }))).toBe("errors.elections.roll.notStarted");
    expect(await refusal(world.asOfficer.elections.addToRoll({ electionId: election.id, version: 1, residentId: crypto.randomUUID(), reason: "x" }))).toBe("errors.notFound");
    await world.asOfficer.elections.addToRoll({ electionId: election.id, version: 1, residentId: world.people.amina.id, reason: "Added early" });
    expect(await refusal(world.asOfficer.elections.addToRoll({ electionId: election.id, version: 2, residentId: world.people.amina.id, reason: "Again" }))).toBe("errors.elections.roll.alreadyOn");
    expect(await refusal(world.asOfficer.elections.removeFromRoll({ electionId: election.id, version: 2, residentId: world.people.ewa.id, reason: "Not on it" }))).toBe("errors.elections.roll.notOn");
  });

  it("is made of the members an officer adds for an electoral college", async () => {
    const college = await createElection(world, { electorate: "college", collegeName: "Residents' Forum" });
    expect(await refusal(world.asOfficer.elections.buildRoll({ electionId: college.id, version: 1 }))).toBe("errors.elections.roll.collegeIsAdded");
    const found = await world.asOfficer.elections.findResidents({ reference: college.reference, search: "Jones" });
    expect(found.map((r) => [r.firstName, r.onRoll])).toEqual([
      ["Dai", false],
      ["Tom", false],
    ]);
    await world.asOfficer.elections.addToRoll({ electionId: college.id, version: 1, residentId: world.people.household.id, reason: "Forum member since 2024" });
    const roll = await world.asOfficer.elections.roll({ reference: college.reference });
    expect(roll.rows).toEqual([expect.objectContaining({ firstName: "Tom", source: "college", reason: "Forum member since 2024" })]);
    expect(await problems(world.asOfficer.elections.findResidents({ reference: college.reference, search: "J" }))).toEqual([{ field: "search", key: "errors.elections.roll.searchTooShort" }]);
  });

  it("pages, searches by postcode or name, filters by neighbourhood", async () => {
    const election = await createElection(world);
    for (let i = 0; i < 30; i++) await residentIn(db(), { landlordId: world.landlord.id, neighbourhoodId: world.wood.id }, { firstName: `Person${i}`, lastName: "Zed" });
    await world.asOfficer.elections.buildRoll({ electionId: election.id, version: 1 });
    const first = await world.asOfficer.elections.roll({ reference: election.reference });
    expect(first).toMatchObject({ total: 34, pages: 2, page: 1 });
    expect(first.rows).toHaveLength(25);
    expect((await world.asOfficer.elections.roll({ reference: election.reference, page: 2 })).rows).toHaveLength(9);
    expect((await world.asOfficer.elections.roll({ reference: election.reference, neighbourhoodId: world.river.id })).total).toBe(2);
    expect((await world.asOfficer.elections.roll({ reference: election.reference, search: "amina yusuf" })).total).toBe(1);
    expect((await world.asOfficer.elections.roll({ reference: election.reference, search: "100%_" })).total).toBe(0);
  });

  it("exports every entry, removed ones with their reason, and audits the export", async () => {
    const election = await createElection(world, { neighbourhoodIds: [world.river.id] });
    await world.asOfficer.elections.buildRoll({ electionId: election.id, version: 1 });
    await world.asOfficer.elections.removeFromRoll({ electionId: election.id, version: 2, residentId: world.people.dai.id, reason: "Moved out" });
    const exported = await world.asOfficer.elections.rollExport({ reference: election.reference });
    expect(exported.rows).toEqual([
      expect.objectContaining({ name: "Dai Jones", neighbourhood: "Glan-yr-Afon", source: "tenancy", removed: true, reason: "Moved out" }),
      expect.objectContaining({ name: "Amina Yusuf", neighbourhood: "Glan-yr-Afon", source: "tenancy", removed: false, reason: "" }),
    ]);
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.subjectId, election.id), eq(auditLog.action, "election.rollExported")));
    expect(audit?.details).toEqual({ rows: 2 });
  });

  it("kills an unused code when its holder is removed", async () => {
    const election = await createElection(world);
    await world.asOfficer.elections.buildRoll({ electionId: election.id, version: 1 });
    await world.asOfficer.elections.issueCodes({ electionId: election.id, version: 2, mode: "without-account" });
    await world.asOfficer.elections.removeFromRoll({ electionId: election.id, version: 3, residentId: world.people.ewa.id, reason: "Tenancy ended before the cut-off" });
    const codes = await db().select().from(electionVotingCodes).where(eq(electionVotingCodes.electionId, election.id));
    const holders = codes.map((c) => c.residentId);
    expect(holders).toContain(world.people.amina.id);
    expect(holders).not.toContain(world.people.ewa.id);
  });

  it("admits election officers only", async () => {
    const election = await createElection(world);
    for (const caller of [world.asStaff, world.asAdmin, world.asResident]) {
      expect(await refusal(caller.elections.buildRoll({ electionId: election.id, version: 1 }))).toBe("FORBIDDEN");
      expect(await refusal(caller.elections.roll({ reference: election.reference }))).toBe("FORBIDDEN");
      expect(await refusal(caller.elections.addToRoll({ electionId: election.id, version: 1, residentId: world.people.amina.id, reason: "x" }))).toBe("FORBIDDEN");
      expect(await refusal(caller.elections.rollExport({ reference: election.reference }))).toBe("FORBIDDEN");
    }
    expect(await refusal(world.asAnonymous.elections.roll({ reference: election.reference }))).toBe("UNAUTHORIZED");
    expect(await db().select().from(electionRoll).where(eq(electionRoll.electionId, election.id))).toEqual([]);
  });
});

/** The settings form's fields from `get`'s settings. */
function formFrom(settings: Awaited<ReturnType<ElectionsWorld["asOfficer"]["elections"]["get"]>>["settings"]) {
  const moment = (name: string, value: { date: string; time: string }) => ({ [`${name}Date`]: value.date, [`${name}Time`]: value.time });
  return {
    title: settings.title,
    body: settings.body,
    seats: String(settings.seats),
    system: settings.system,
    ...moment("nominationsOpenAt", settings.nominationsOpenAt),
    ...moment("nominationsCloseAt", settings.nominationsCloseAt),
    ...moment("shortlistingBy", settings.shortlistingBy),
    ...moment("votingOpenAt", settings.votingOpenAt),
    ...moment("votingCloseAt", settings.votingCloseAt),
    ...moment("countAt", settings.countAt),
    electorate: settings.electorate,
    cutoffOn: settings.cutoffOn,
    tenants: settings.tenants,
    leaseholders: settings.leaseholders,
    neighbourhoodIds: settings.neighbourhoodIds,
    collegeName: settings.collegeName,
  } as Parameters<ElectionsWorld["asOfficer"]["elections"]["create"]>[0];
}
