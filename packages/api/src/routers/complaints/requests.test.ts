// Requests a resident makes about their own complaint outside the staff steps:
// stage 2 asked for by phone, letter, email or in person (recorded by staff),
// and withdrawing it themselves in the portal.
import { describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import pino from "pino";
import { schema } from "@hearth/db";
import { addWorkingDays } from "@hearth/domain/calendar";
import { startJobWorker } from "../../jobs/worker.js";
import { callerAs, createResidentUser, problems, refusal, useTestDatabase } from "../../testing/index.js";
import { complaintsWorld, makeComplaint, testClock, type ComplaintsWorld } from "./test-support.js";

const { complaints, jobs, auditLog, residentMessages } = schema;

/** A complaint answered at stage 1 on Friday 13 March 2026, as the resident sees it afterwards. */
async function answeredComplaint(world: ComplaintsWorld, clock: ReturnType<typeof testClock>) {
  clock.set("2026-03-02");
  const { reference } = await makeComplaint(world);
  const cases = world.asOfficer.complaintCases;
  let c = await cases.get({ reference });
  await cases.acknowledge({ reference, version: c.version, handlerId: world.officer.id, points: ["Boiler not repaired"] });
  c = await cases.get({ reference });
  clock.set("2026-03-13");
  const decisions = [{ pointId: c.stages[0]!.points[0]!.id, decision: "upheld" as const, reasons: "It took too long." }];
  await cases.respond({ reference, version: c.version, decisions, summary: "We are sorry.", compensation: "0" });
  return { reference, version: (await cases.get({ reference })).version };
}

async function noticesFor(reference: string, db: () => import("@hearth/db").Database) {
  const [row] = await db().select({ id: complaints.id }).from(complaints).where(eq(complaints.reference, reference));
  const rows = await db().select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, "complaint.notify"));
  return rows.filter((j) => j.payload.complaintId === row!.id).map((j) => j.payload.notice);
}

async function auditFor(reference: string, db: () => import("@hearth/db").Database) {
  return db().select({ action: auditLog.action, actorUserId: auditLog.actorUserId, details: auditLog.details }).from(auditLog).where(eq(auditLog.subjectId, reference));
}

describe("staff record a stage 2 request made by phone, letter, email or in person", () => {
  const db = useTestDatabase();

  it("escalates from the day the request reached us, tells the resident and audits who recorded it", async () => {
    const clock = testClock("2026-03-02");
    const world = await complaintsWorld(db(), clock);
    const { reference, version } = await answeredComplaint(world, clock);
    clock.set("2026-03-19");
    const cases = world.asOfficer.complaintCases;

    await cases.recordStage2Request({ reference, version, channel: "phone", receivedOn: "2026-03-16" });

    const c = await cases.get({ reference });
    expect(c).toMatchObject({ status: "escalated", escalatedOn: "2026-03-16", nextDueOn: addWorkingDays("2026-03-16", 5, "england-and-wales") });
    expect(c.events.at(-1)).toMatchObject({ type: "escalate", on: "2026-03-16", actor: "Officer One", visibleToResident: true, details: { channel: "phone" } });
    const seen = await world.asResident.complaints.get({ reference });
    expect(seen).toMatchObject({ status: "escalated", canEscalate: false });
    expect(seen.deadlines.find((d) => d.step === "stage2-acknowledge")?.dueOn).toBe(addWorkingDays("2026-03-16", 5, "england-and-wales"));
    expect((await noticesFor(reference, db)).at(-1)).toBe("escalated");
    expect((await auditFor(reference, db)).at(-1)).toMatchObject({ action: "complaint.escalated-by-staff", actorUserId: world.officer.id, details: { channel: "phone" } });
  });

  it("refuses dates after today or before the stage 1 response, beside the date box, writing nothing", async () => {
    const clock = testClock("2026-03-02");
    const world = await complaintsWorld(db(), clock);
    const { reference, version } = await answeredComplaint(world, clock);
    clock.set("2026-03-19");
    const cases = world.asOfficer.complaintCases;
    const record = (receivedOn: string, channel = "letter") => cases.recordStage2Request({ reference, version, channel: channel as "letter", receivedOn });

    expect(await problems(record("2026-03-20"))).toEqual([{ field: "receivedOn", key: "errors.complaints.requestInFuture" }]);
    expect(await problems(record("2026-03-12"))).toEqual([{ field: "receivedOn", key: "errors.complaints.requestBeforeResponse" }]);
    expect(await problems(record("2026-02-30"))).toEqual([{ field: "receivedOn", key: "errors.date.invalid" }]);
    expect(await problems(record(""))).toEqual([{ field: "receivedOn", key: "errors.complaints.requestDateRequired" }]);
    expect(await problems(record("2026-03-16", "portal"))).toEqual([{ field: "channel", key: "errors.complaints.requestChannelRequired" }]);
    expect((await cases.get({ reference })).status).toBe("stage1-responded");
    // The day of the response itself is fine.
    await record("2026-03-13");
    expect((await cases.get({ reference })).escalatedOn).toBe("2026-03-13");
  });

  it("refuses a stale form and complaints that are not waiting on a stage 1 answer", async () => {
    const clock = testClock("2026-03-02");
    const world = await complaintsWorld(db(), clock);
    const { reference, version } = await answeredComplaint(world, clock);
    const cases = world.asOfficer.complaintCases;
    expect(await refusal(cases.recordStage2Request({ reference, version: version - 1, channel: "email", receivedOn: "2026-03-13" }))).toBe("errors.complaints.changedMeanwhile");
    await cases.recordStage2Request({ reference, version, channel: "email", receivedOn: "2026-03-13" });
    expect(await refusal(cases.recordStage2Request({ reference, version: version + 1, channel: "email", receivedOn: "2026-03-13" }))).toBe("errors.complaints.illegalTransition");

    const fresh = await makeComplaint(world);
    const c = await cases.get({ reference: fresh.reference });
    expect(await refusal(cases.recordStage2Request({ reference: fresh.reference, version: c.version, channel: "phone", receivedOn: "2026-03-13" }))).toBe("errors.complaints.illegalTransition");
  });

  it("is for staff only", async () => {
    const clock = testClock("2026-03-02");
    const world = await complaintsWorld(db(), clock);
    const { reference, version } = await answeredComplaint(world, clock);
    const asResident = world.asResident as unknown as { complaintCases: { recordStage2Request: (input: unknown) => Promise<unknown> } };
    expect(await refusal(asResident.complaintCases.recordStage2Request({ reference, version, channel: "phone", receivedOn: "2026-03-13" }))).toBe("FORBIDDEN");
    expect((await world.asOfficer.complaintCases.get({ reference })).status).toBe("stage1-responded");
  });
});

describe("a resident withdraws their own complaint", () => {
  const db = useTestDatabase();

  it("withdraws an open complaint with their reason as written, confirms it in a message and audits it", async () => {
    const clock = testClock("2026-03-02");
    const world = await complaintsWorld(db(), clock);
    const { reference } = await makeComplaint(world);
    expect((await world.asResident.complaints.get({ reference })).canWithdraw).toBe(true);
    clock.set("2026-03-04");

    await world.asResident.complaints.withdraw({ reference, reason: "  Naprawiono już kocioł.  " });

    const seen = await world.asResident.complaints.get({ reference });
    expect(seen).toMatchObject({ status: "withdrawn", withdrawnOn: "2026-03-04", canWithdraw: false, canEscalate: false });
    expect(seen.events.at(-1)).toMatchObject({ type: "withdraw", on: "2026-03-04" });
    const staff = await world.asOfficer.complaintCases.get({ reference });
    expect(staff.events.at(-1)).toMatchObject({ type: "withdraw", actor: world.resident.user.name, details: { reason: "Naprawiono już kocioł.", language: "en" } });
    expect(staff.nextDueOn).toBeNull();
    expect((await auditFor(reference, db)).at(-1)).toMatchObject({ action: "complaint.withdrawn-by-resident", actorUserId: world.resident.user.id });
    expect((await noticesFor(reference, db)).at(-1)).toBe("withdrawn");

    await startJobWorker({ db: db(), log: pino({ level: "silent" }), mailer: null, pollMs: null }).runOnce();
    const [row] = await db().select({ id: complaints.id, residentId: complaints.residentId }).from(complaints).where(eq(complaints.reference, reference));
    const [message] = await db().select().from(residentMessages).where(eq(residentMessages.residentId, row!.residentId)).orderBy(desc(residentMessages.id)).limit(1);
    expect(message!.subject).toBe(`Complaint ${reference}: withdrawn`);
    expect(message!.body).toContain("make a new complaint");
  });

  it("needs no reason, and keeps it short when given", async () => {
    const world = await complaintsWorld(db(), testClock("2026-03-02"));
    const { reference } = await makeComplaint(world);
    expect(await problems(world.asResident.complaints.withdraw({ reference, reason: "x".repeat(1001) }))).toEqual([{ field: "reason", key: "errors.complaints.withdrawReasonTooLong" }]);
    await world.asResident.complaints.withdraw({ reference });
    const staff = await world.asOfficer.complaintCases.get({ reference });
    expect(staff.events.at(-1)).toMatchObject({ type: "withdraw", details: {} });
  });

  it("only while the complaint is open, and only their own", async () => {
    const clock = testClock("2026-03-02");
    const world = await complaintsWorld(db(), clock);
    const { reference, version } = await answeredComplaint(world, clock);
    const neighbour = await createResidentUser(db());
    const asNeighbour = await callerAs(db(), neighbour.user.id, { now: clock.now });
    expect(await refusal(asNeighbour.complaints.withdraw({ reference }))).toBe("errors.notFound");
    expect((await world.asResident.complaints.get({ reference })).status).toBe("stage1-responded");

    await world.asOfficer.complaintCases.close({ reference, version, causeCategory: "delay", lessonsLearnt: "Order parts sooner." });
    expect((await world.asResident.complaints.get({ reference })).canWithdraw).toBe(false);
    expect(await refusal(world.asResident.complaints.withdraw({ reference }))).toBe("errors.complaints.illegalTransition");
    const withdrawals = await db().select().from(auditLog).where(and(eq(auditLog.subjectId, reference), eq(auditLog.action, "complaint.withdrawn-by-resident")));
    expect(withdrawals).toEqual([]);
  });
});
