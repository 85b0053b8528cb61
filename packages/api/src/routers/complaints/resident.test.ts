import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { schema } from "@hearth/db";
import { addWorkingDays } from "@hearth/domain/calendar";
import { callerAs, createResidentUser, refusal, useTestDatabase } from "../../testing/index.js";
import { PNG, complaintsWorld, makeComplaint, testClock } from "./test-support.js";

describe("making a complaint", () => {
  const db = useTestDatabase();

  it("keeps answers page by page and sends them as one complaint with its evidence", async () => {
    const clock = testClock("2026-03-02");
    const world = await complaintsWorld(db(), clock);
    const c = world.asResident.complaints;
    await c.saveStep({ step: "about", serviceArea: "damp-and-mould" });
    expect((await c.draft()).missingStep).toBe("what-happened");
    await c.addAttachment({ fileName: "mould.png", bytes: PNG });
    const sent = await makeComplaint(world, "damp-and-mould");

    expect(sent.reference).toMatch(/^CMP-2026-\d{5}$/);
    expect(sent.acknowledgeBy).toBe(addWorkingDays("2026-03-02", 5, "england-and-wales"));
    const mine = await c.get({ reference: sent.reference });
    expect(mine).toMatchObject({ status: "received", serviceArea: { slug: "damp-and-mould" }, contactMethod: "phone", receivedOn: "2026-03-02", canEscalate: false });
    expect(mine.attachments.map((a) => [a.fileName, a.contentType])).toEqual([["mould.png", "image/png"]]);
    expect(mine.deadlines).toEqual([{ step: "stage1-acknowledge", dueOn: "2026-03-09", doneOn: null, onTime: null, extensionWorkingDays: 0 }]);
    expect((await c.draft()).answers).toEqual({});
    expect((await c.draft()).attachments).toEqual([]);

    const [row] = await db().select().from(schema.complaints).where(eq(schema.complaints.reference, sent.reference));
    expect(row).toMatchObject({ channel: "portal", language: "en", contactDetail: "07700900123", nextDueOn: "2026-03-09" });
    const jobs = await db().select().from(schema.jobs).where(eq(schema.jobs.kind, "complaint.notify"));
    expect(jobs.some((j) => j.payload.complaintId === row!.id && j.payload.notice === "received")).toBe(true);
    const audit = await db().select().from(schema.auditLog).where(eq(schema.auditLog.subjectId, sent.reference));
    expect(audit.map((a) => a.action)).toEqual(["complaint.received"]);
    expect((await c.mine()).rows.map((r) => r.reference)).toEqual([sent.reference]);
  });

  it("refuses to send an unfinished draft and names the missing question", async () => {
    const world = await complaintsWorld(db(), testClock("2026-03-02"));
    await world.asResident.complaints.saveStep({ step: "about", serviceArea: "repairs" });
    expect(await refusal(world.asResident.complaints.submit())).toBe("errors.complaints.draftIncomplete");
    expect((await world.asResident.complaints.mine()).rows).toEqual([]);
  });

  it("rejects bad answers and files with a clear reason, saving nothing", async () => {
    const world = await complaintsWorld(db(), testClock("2026-03-02"));
    const c = world.asResident.complaints;
    expect(await refusal(c.saveStep({ step: "what-happened", whatHappened: "   " }))).toBe("BAD_REQUEST");
    expect(await refusal(c.saveStep({ step: "about", serviceArea: "no-such-area" }))).toBe("errors.complaints.serviceAreaRequired");
    expect(await refusal(c.saveStep({ step: "contact", contactMethod: "text", phone: "" }))).toBe("BAD_REQUEST");
    expect(await refusal(c.addAttachment({ fileName: "virus.exe", bytes: new TextEncoder().encode("MZ not an image") }))).toBe("errors.complaints.attachment.wrongType");
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG);
    expect(await refusal(c.addAttachment({ fileName: "huge.png", bytes: big }))).toBe("errors.complaints.attachment.tooLarge");
    expect(await refusal(c.addAttachment({ fileName: "empty.png", bytes: new Uint8Array() }))).toBe("errors.complaints.attachment.empty");
    for (let i = 0; i < 5; i++) await c.addAttachment({ fileName: `photo${i}.png`, bytes: PNG });
    expect(await refusal(c.addAttachment({ fileName: "sixth.png", bytes: PNG }))).toBe("errors.complaints.attachment.tooMany");
    const draft = await c.draft();
    expect(draft.answers).toEqual({});
    expect(draft.attachments).toHaveLength(5);
  });

  it("never shows one resident another resident's complaint or files", async () => {
    const world = await complaintsWorld(db(), testClock("2026-03-02"));
    await world.asResident.complaints.addAttachment({ fileName: "leak.png", bytes: PNG });
    const sent = await makeComplaint(world);
    const mine = await world.asResident.complaints.get({ reference: sent.reference });
    const neighbour = await createResidentUser(db());
    const asNeighbour = await callerAs(db(), neighbour.user.id);
    expect(await refusal(asNeighbour.complaints.get({ reference: sent.reference }))).toBe("errors.notFound");
    expect(await refusal(asNeighbour.complaints.escalate({ reference: sent.reference }))).toBe("errors.notFound");
    expect(await refusal(asNeighbour.complaints.attachment({ id: mine.attachments[0]!.id }))).toBe("errors.notFound");
    expect((await asNeighbour.complaints.mine()).rows).toEqual([]);
    const file = await world.asResident.complaints.attachment({ id: mine.attachments[0]!.id });
    expect(file.contentType).toBe("image/png");
    expect([...file.content]).toEqual([...PNG]);
  });

  it("keeps the resident's words as written, with the language they wrote in", async () => {
    const world = await complaintsWorld(db(), testClock("2026-03-02"));
    const c = (await callerAs(db(), world.resident.user.id, { now: () => new Date("2026-03-02T12:00:00Z") })).complaints;
    await c.saveStep({ step: "about", serviceArea: "repairs" });
    await c.saveStep({ step: "what-happened", whatHappened: "Przeciekający dach od miesiąca." });
    await c.saveStep({ step: "put-right", putRight: "Naprawa dachu." });
    await c.saveStep({ step: "contact", contactMethod: "post" });
    const sent = await c.submit();
    expect((await c.get({ reference: sent.reference })).whatHappened).toBe("Przeciekający dach od miesiąca.");
  });
});
