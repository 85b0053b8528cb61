import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { schema } from "@hearth/db";
import { addWorkingDays } from "@hearth/domain/calendar";
import { callerAs, createUser, problems, refusal, useTestDatabase } from "../../testing/index.js";
import { complaintsWorld, makeComplaint, testClock, type ComplaintsWorld } from "./test-support.js";

const add = (from: string, days: number) => addWorkingDays(from, days, "england-and-wales");

async function current(world: ComplaintsWorld, reference: string) {
  return world.asOfficer.complaintCases.get({ reference });
}

describe("handling a complaint under the Code", () => {
  const db = useTestDatabase();

  it("walks both stages with every due date from the Code's figures", async () => {
    const clock = testClock("2026-03-02");
    const world = await complaintsWorld(db(), clock);
    const { reference } = await makeComplaint(world);
    const cases = world.asOfficer.complaintCases;

    // Stage 1: acknowledge within 5 working days of receipt.
    clock.set("2026-03-04");
    let c = await current(world, reference);
    expect(c.allowed).toEqual(["acknowledge", "refuse", "withdraw"]);
    await cases.acknowledge({ reference, version: c.version, handlerId: world.officer.id, points: ["Boiler not repaired", "Missed appointments", ""] });
    c = await current(world, reference);
    expect(c.status).toBe("stage1-acknowledged");
    expect(c.stages[0]!.points.map((p) => p.summary)).toEqual(["Boiler not repaired", "Missed appointments"]);
    expect(c.deadlines.map((d) => [d.step, d.dueOn, d.doneOn, d.onTime])).toEqual([
      ["stage1-acknowledge", add("2026-03-02", 5), "2026-03-04", true],
      ["stage1-respond", add("2026-03-04", 10), null, null],
    ]);
    expect(c.nextDueOn).toBe(add("2026-03-04", 10));

    // An extension is capped at 10 working days, needs a reason, and is allowed once.
    expect(await refusal(cases.extend({ reference, version: c.version, workingDays: 11, reason: "Waiting for a part" }))).toBe("errors.complaints.extensionTooLong");
    expect(await refusal(cases.extend({ reference, version: c.version, workingDays: 5, reason: " " }))).toBe("errors.complaints.extensionReasonRequired");
    await cases.extend({ reference, version: c.version, workingDays: 10, reason: "Waiting for a specialist survey" });
    c = await current(world, reference);
    expect(c.status).toBe("stage1-extended");
    expect(c.nextDueOn).toBe(add("2026-03-04", 20));
    expect(await refusal(cases.extend({ reference, version: c.version, workingDays: 1, reason: "Again" }))).toBe("errors.complaints.alreadyExtended");

    // A response decides every point; a negative remedy is refused and nothing is written.
    const [p1, p2] = c.stages[0]!.points;
    const decisions = [
      { pointId: p1!.id, decision: "upheld" as const, reasons: "The boiler should have been fixed within 3 days." },
      { pointId: p2!.id, decision: "partly-upheld" as const, reasons: "One visit was missed; the other was rearranged with you." },
    ];
    const before = c.version;
    expect(await problems(cases.respond({ reference, version: c.version, decisions, summary: "Sorry", apology: true, compensation: "-5" }))).toEqual([
      { field: "compensation", key: "errors.complaints.invalidCompensation" },
    ]);
    expect(await refusal(cases.respond({ reference, version: c.version, decisions: decisions.slice(0, 1), summary: "Sorry", apology: true, compensation: "0" }))).toBe("errors.complaints.decisionsMismatch");
    expect((await current(world, reference)).version).toBe(before);

    clock.set("2026-03-20");
    await cases.respond({
      reference,
      version: c.version,
      decisions,
      summary: "We are sorry. The boiler was replaced on 18 March.",
      apology: true,
      compensation: "£75.50",
      actions: [{ description: "Service the new boiler", ownerId: world.officer.id, dueOn: "2026-04-15" }],
    });
    c = await current(world, reference);
    expect(c.status).toBe("stage1-responded");
    expect(c.stages[0]!.response).toMatchObject({ respondedOn: "2026-03-20", compensationPence: 7550, apology: true, respondedBy: "Officer One" });
    expect(c.stages[0]!.response!.actions.map((a) => [a.description, a.owner, a.dueOn, a.doneOn])).toEqual([["Service the new boiler", "Officer One", "2026-04-15", null]]);
    expect(c.nextDueOn).toBeNull();

    // The resident escalates with no reason; stage 2 acknowledgement is due within 5 working days.
    clock.set("2026-03-23");
    const asResident = await callerAs(db(), world.resident.user.id, { now: clock.now });
    expect((await asResident.complaints.get({ reference })).canEscalate).toBe(true);
    await asResident.complaints.escalate({ reference });
    c = await current(world, reference);
    expect(c.status).toBe("escalated");
    expect(c.nextDueOn).toBe(add("2026-03-23", 5));

    // Stage 2 may not go to the person who handled stage 1.
    expect(await refusal(cases.acknowledge({ reference, version: c.version, handlerId: world.officer.id, points: ["Compensation too low"] }))).toBe("errors.complaints.sameHandler");
    await cases.acknowledge({ reference, version: c.version, handlerId: world.manager.id, points: ["Compensation too low"] });
    c = await current(world, reference);
    expect(c.nextDueOn).toBe(add("2026-03-23", 20));
    // "Handled by" means the latest stage's handler: stage 2's, no longer stage 1's.
    const handledBy = async (handler: string) => (await cases.queue({ handler })).rows.map((r) => r.reference);
    expect(await handledBy(world.manager.id)).toContain(reference);
    expect(await handledBy(world.officer.id)).not.toContain(reference);

    expect(await refusal(cases.extend({ reference, version: c.version, workingDays: 21, reason: "Legal advice" }))).toBe("errors.complaints.extensionTooLong");
    await cases.extend({ reference, version: c.version, workingDays: 20, reason: "Waiting for an independent surveyor" });
    c = await current(world, reference);
    expect(c.nextDueOn).toBe(add("2026-03-23", 40));

    // The stage 1 handler cannot answer stage 2, even if they are still on the case.
    const stage2Point = c.stages[1]!.points[0]!;
    const finalDecision = [{ pointId: stage2Point.id, decision: "upheld" as const, reasons: "Our guidance allows more for a loss of heating." }];
    expect(await refusal(cases.respond({ reference, version: c.version, decisions: finalDecision, summary: "Final", compensation: "150" }))).toBe("errors.complaints.sameHandler");
    clock.set("2026-04-14");
    await world.asManager.complaintCases.respond({ reference, version: c.version, decisions: finalDecision, summary: "We have increased the compensation.", compensation: "150" });
    c = await current(world, reference);
    expect(c.status).toBe("final-response");
    expect(c.deadlines.map((d) => [d.step, d.onTime])).toEqual([
      ["stage1-acknowledge", true],
      ["stage1-respond", true],
      ["stage2-acknowledge", true],
      ["stage2-respond", true],
    ]);
    const seen = await asResident.complaints.get({ reference });
    expect(seen.canGoToOmbudsman).toBe(true);
    expect(seen.events.map((e) => e.type)).toEqual(["receive", "acknowledge", "extend", "respond", "escalate", "acknowledge", "extend", "respond"]);

    // Closing needs a known cause and the lessons learnt.
    expect(await refusal(cases.close({ reference, version: c.version, causeCategory: "delay", lessonsLearnt: "" }))).toBe("errors.complaints.lessonsRequired");
    await cases.close({ reference, version: c.version, causeCategory: "delay", lessonsLearnt: "Order boiler parts on the first visit." });
    expect((await current(world, reference)).status).toBe("closed");

    const audit = await db().select({ action: schema.auditLog.action }).from(schema.auditLog).where(eq(schema.auditLog.subjectId, reference));
    expect(audit.map((a) => a.action)).toEqual([
      "complaint.received",
      "complaint.acknowledge",
      "complaint.extend",
      "complaint.respond",
      "complaint.escalated-by-resident",
      "complaint.acknowledge",
      "complaint.extend",
      "complaint.respond",
      "complaint.close",
    ]);
    const [row] = await db().select({ id: schema.complaints.id }).from(schema.complaints).where(eq(schema.complaints.reference, reference));
    const notices = await db().select({ payload: schema.jobs.payload }).from(schema.jobs).where(eq(schema.jobs.kind, "complaint.notify"));
    expect(notices.filter((j) => j.payload.complaintId === row!.id).map((j) => j.payload.notice)).toEqual([
      "received",
      "acknowledged",
      "extended",
      "responded",
      "escalated",
      "acknowledged",
      "extended",
      "responded",
      "closed",
    ]);
  });

  it("refuses steps the life cycle does not allow, and stale forms", async () => {
    const clock = testClock("2026-03-02");
    const world = await complaintsWorld(db(), clock);
    const { reference } = await makeComplaint(world);
    const cases = world.asOfficer.complaintCases;
    const c = await current(world, reference);
    expect(await refusal(cases.close({ reference, version: c.version, causeCategory: "delay", lessonsLearnt: "x" }))).toBe("errors.complaints.illegalTransition");
    expect(await refusal(world.asResident.complaints.escalate({ reference }))).toBe("errors.complaints.illegalTransition");
    await cases.acknowledge({ reference, version: c.version, handlerId: world.officer.id, points: ["Boiler"] });
    // Someone else's form, filled in before that acknowledgement, is now stale.
    expect(await refusal(cases.assign({ reference, version: c.version, handlerId: world.manager.id }))).toBe("errors.complaints.changedMeanwhile");
    expect(await refusal(cases.acknowledge({ reference, version: c.version + 1, handlerId: world.officer.id, points: ["Again"] }))).toBe("errors.complaints.illegalTransition");
  });

  it("refuses a complaint only for a reason the Code allows, and records withdrawals", async () => {
    const clock = testClock("2026-03-02");
    const world = await complaintsWorld(db(), clock);
    const cases = world.asOfficer.complaintCases;
    const first = await makeComplaint(world);
    let c = await current(world, first.reference);
    expect(await refusal(cases.refuse({ reference: first.reference, version: c.version, reason: "too-busy" as never, explanation: "x" }))).toBe("BAD_REQUEST");
    expect(await refusal(cases.refuse({ reference: first.reference, version: c.version, reason: "legal-proceedings-started", explanation: "" }))).toBe("errors.complaints.refusalExplanationRequired");
    await cases.refuse({ reference: first.reference, version: c.version, reason: "legal-proceedings-started", explanation: "Your claim is before the county court." });
    const seen = await world.asResident.complaints.get({ reference: first.reference });
    expect(seen.status).toBe("refused");
    expect(seen.refusal).toMatchObject({ reason: "legal-proceedings-started" });
    expect(seen.canGoToOmbudsman).toBe(true);

    const second = await makeComplaint(world);
    c = await current(world, second.reference);
    await cases.withdraw({ reference: second.reference, version: c.version });
    expect((await current(world, second.reference)).status).toBe("withdrawn");
  });

  it("finds overdue and soon-due complaints in the queue, with filters", async () => {
    const clock = testClock("2026-03-02");
    const world = await complaintsWorld(db(), clock);
    const late = await makeComplaint(world, "repairs"); // acknowledge by 9 March
    clock.set("2026-03-05");
    const soon = await makeComplaint(world, "damp-and-mould"); // acknowledge by 12 March
    clock.set("2026-03-10");
    const cases = world.asOfficer.complaintCases;
    const refs = async (filters: Parameters<typeof cases.queue>[0]) => (await cases.queue(filters)).rows.map((r) => r.reference).filter((r) => [late.reference, soon.reference].includes(r));
    expect(await refs({ due: "overdue" })).toEqual([late.reference]);
    expect(await refs({ due: "soon" })).toEqual([soon.reference]);
    expect(await refs({ serviceArea: "damp-and-mould" })).toEqual([soon.reference]);
    expect(await refs({ handler: "unassigned", sort: "received", direction: "desc" })).toEqual([soon.reference, late.reference]);
    const page = await cases.queue({});
    expect(page.rows.find((r) => r.reference === late.reference)).toMatchObject({ overdue: true, stage: 1, handlerName: null, serviceArea: "repairs" });

    const c = await current(world, late.reference);
    await cases.acknowledge({ reference: late.reference, version: c.version, handlerId: world.manager.id, points: ["Late"] });
    expect(await refs({ handler: world.manager.id })).toEqual([late.reference]);
    expect(await refs({ due: "overdue" })).toEqual([]);
    expect((await cases.export({ serviceArea: "repairs" })).rows.map((r) => r.reference)).toContain(late.reference);
  });

  it("records complaints made by phone or letter for a resident", async () => {
    const clock = testClock("2026-03-10");
    const world = await complaintsWorld(db(), clock);
    const cases = world.asOfficer.complaintCases;
    const found = await cases.findResidents({ query: world.resident.resident.lastName });
    expect(found.map((r) => r.id)).toContain(world.resident.resident.id);
    expect(await refusal(cases.record({ residentId: world.resident.resident.id, channel: "phone", receivedOn: "2026-03-11", serviceArea: "repairs", whatHappened: "x", putRight: "y", contactMethod: "post" }))).toBe("errors.complaints.receivedInFuture");
    const made = await cases.record({ residentId: world.resident.resident.id, channel: "phone", receivedOn: "2026-03-06", serviceArea: "repairs", whatHappened: "Told us by phone the door is broken.", putRight: "Fix the door.", contactMethod: "post" });
    expect(made.acknowledgeBy).toBe(add("2026-03-06", 5));
    const c = await current(world, made.reference);
    expect(c).toMatchObject({ channel: "phone", recordedBy: "Officer One", receivedOn: "2026-03-06" });
    expect((await world.asResident.complaints.mine()).rows.map((r) => r.reference)).toContain(made.reference);
  });

  it("moves deadlines past the landlord's own closure days", async () => {
    const clock = testClock("2026-03-02");
    const world = await complaintsWorld(db(), clock);
    const admin = await createUser(db(), { roles: ["admin"] });
    const asAdmin = await callerAs(db(), admin.id, { app: "console", now: clock.now });
    // The installation's landlord is the first one created in this database.
    const [first] = await db().select({ id: schema.landlords.id }).from(schema.landlords).orderBy(schema.landlords.createdAt).limit(1);
    await db().update(schema.residents).set({ landlordId: first!.id }).where(eq(schema.residents.id, world.resident.resident.id));
    await db().insert(schema.serviceAreas).values({ landlordId: first!.id, slug: "repairs", name: "Repairs" }).onConflictDoNothing();
    await asAdmin.holidays.add({ on: "2026-03-04", name: "Staff training day" });
    expect(await refusal(asAdmin.holidays.add({ on: "2026-03-04", name: "Again" }))).toBe("errors.holidays.exists");
    const asResident = await callerAs(db(), world.resident.user.id, { now: clock.now });
    await asResident.complaints.saveStep({ step: "about", serviceArea: "repairs" });
    await asResident.complaints.saveStep({ step: "what-happened", whatHappened: "Broken gate" });
    await asResident.complaints.saveStep({ step: "put-right", putRight: "Fix it" });
    await asResident.complaints.saveStep({ step: "contact", contactMethod: "post" });
    const sent = await asResident.complaints.submit();
    expect(sent.acknowledgeBy).toBe("2026-03-10");
    expect((await asAdmin.holidays.list()).days).toEqual([{ on: "2026-03-04", name: "Staff training day" }]);
    // Adding another closure moves the stored due date of complaints already open.
    await asAdmin.holidays.add({ on: "2026-03-09", name: "Office move" });
    const [row] = await db().select({ nextDueOn: schema.complaints.nextDueOn }).from(schema.complaints).where(eq(schema.complaints.reference, sent.reference));
    expect(row!.nextDueOn).toBe("2026-03-11");
    await asAdmin.holidays.remove({ on: "2026-03-09" });
    const [again] = await db().select({ nextDueOn: schema.complaints.nextDueOn }).from(schema.complaints).where(eq(schema.complaints.reference, sent.reference));
    expect(again!.nextDueOn).toBe("2026-03-10");
  });
});
