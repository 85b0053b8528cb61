import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { schema, type Database } from "@hearth/db";
import type { Locale } from "@hearth/domain/identity";
import { serverT } from "@hearth/i18n";
import { createResidentUser, createUser, useTestDatabase } from "../../testing/index.js";
import { enqueueJob, type ComplaintNotice } from "../enqueue.js";
import type { Mailer, OutgoingMail } from "../mailer.js";
import { startJobWorker } from "../worker.js";
import { notifyComplaint } from "./complaint-notify.js";

const { complaints, complaintStages, jobs, residentMessages, residentProfiles, serviceAreas } = schema;
const silent = pino({ level: "silent" });
let sequence = 0;

function recordingMailer(): Mailer & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return { sent, send: async (mail) => void sent.push(mail) };
}

/** A resident and a complaint received on Friday 2 May 2025 (Monday 5 May is a bank holiday). */
async function complaintFor(db: Database, options: { language?: Locale; contactMethods?: string[]; contactMethod?: string } = {}) {
  const me = await createResidentUser(db, { firstName: "Ola", lastName: "Nowak" });
  if (options.language) {
    await db.insert(residentProfiles).values({ residentId: me.resident.id, preferredLanguage: options.language, contactMethods: options.contactMethods ?? [] });
  }
  const [area] = await db.insert(serviceAreas).values({ landlordId: me.landlord.id, slug: "repairs", name: "Repairs" }).returning();
  const [complaint] = await db
    .insert(complaints)
    .values({
      landlordId: me.landlord.id,
      reference: `CMP-2025-${String(++sequence).padStart(5, "0")}`,
      residentId: me.resident.id,
      serviceAreaId: area!.id,
      channel: "portal",
      whatHappened: "Boiler broken",
      putRight: "Fix it",
      language: options.language ?? "en",
      contactMethod: options.contactMethod ?? "phone",
      receivedOn: "2025-05-02",
      lastEventOn: "2025-05-02",
    })
    .returning();
  return { me, complaint: complaint! };
}

async function notify(db: Database, complaintId: string, notice: ComplaintNotice, mailer: Mailer | null = null) {
  await enqueueJob(db, "complaint.notify", { complaintId, notice });
  await startJobWorker({ db, log: silent, mailer, pollMs: null }).runOnce();
  const [message] = await db.select().from(residentMessages).orderBy(desc(residentMessages.id)).limit(1);
  return message!;
}

describe("complaint notices", () => {
  const db = useTestDatabase();

  it("tells a resident in Polish that we have their complaint and when we will acknowledge it, by email as they asked", async () => {
    const { me, complaint } = await complaintFor(db(), { language: "pl", contactMethods: ["email"] });
    const mailer = recordingMailer();
    const message = await notify(db(), complaint.id, "received", mailer);
    expect(message).toMatchObject({
      residentId: me.resident.id,
      language: "pl",
      subject: `Skarga ${complaint.reference}: otrzymaliśmy ją`,
      delivery: "email",
      emailedTo: me.user.email,
      topic: { type: "complaint", id: complaint.id, reference: complaint.reference },
      readAt: null,
    });
    expect(message.body).toContain("Dzień dobry Ola Nowak,");
    expect(message.body).toContain("Potwierdzimy jej przyjęcie do 12 maja 2025");
    expect(mailer.sent).toEqual([
      { to: me.user.email, subject: message.subject, language: "pl", text: expect.stringContaining("Prosimy nie odpowiadać na ten e-mail.") },
    ]);
    expect(mailer.sent[0]!.text.startsWith(message.body)).toBe(true);
  });

  it("gives the new date, the reason and the Housing Ombudsman's details for an extension, in Welsh, on the portal only", async () => {
    const { complaint } = await complaintFor(db(), { language: "cy", contactMethods: ["phone"] });
    const officer = await createUser(db(), { roles: ["staff"] });
    await db().insert(complaintStages).values({
      complaintId: complaint.id,
      stage: 1,
      acknowledgedOn: "2025-05-06",
      handlerUserId: officer.id,
      extensionGrantedOn: "2025-05-19",
      extensionWorkingDays: 10,
      extensionReason: "Rydym yn aros am adroddiad y contractwr.",
    });
    await db().update(complaints).set({ status: "stage1-extended" }).where(eq(complaints.id, complaint.id));
    const mailer = recordingMailer();
    const message = await notify(db(), complaint.id, "extended", mailer);
    // 10 + 10 working days from 6 May, skipping the 26 May bank holiday.
    expect(message.body).toContain("Byddwn nawr yn ateb erbyn 4 Mehefin 2025.");
    expect(message.body).toContain("Rydym yn aros am adroddiad y contractwr.");
    expect(message.body).toContain("0300 111 3000");
    expect(message.delivery).toBe("portal");
    expect(mailer.sent).toEqual([]);
  });

  it("tells the resident how to escalate after stage 1, and about the Ombudsman after the final response", async () => {
    const { complaint } = await complaintFor(db());
    const officer = await createUser(db(), { roles: ["staff"] });
    const stage = { complaintId: complaint.id, acknowledgedOn: "2025-05-06", handlerUserId: officer.id, respondedOn: "2025-05-16", responseSummary: "We have replaced the boiler." };
    await db().insert(complaintStages).values({ ...stage, stage: 1 });
    const first = await notify(db(), complaint.id, "responded");
    expect(first.language).toBe("en");
    expect(first.body).toContain("stage 1 response");
    expect(first.body).toContain("We have replaced the boiler.");
    expect(first.body).toContain('choose "Ask for stage 2"');
    expect(first.body).not.toContain("Housing Ombudsman");

    await db().update(complaints).set({ escalatedOn: "2025-05-20" }).where(eq(complaints.id, complaint.id));
    const escalated = await notify(db(), complaint.id, "escalated");
    expect(escalated.body).toContain("We will acknowledge your stage 2 request by 28 May 2025.");

    await db().insert(complaintStages).values({ ...stage, stage: 2, acknowledgedOn: "2025-05-21", respondedOn: "2025-06-10", responseSummary: "Final." });
    const final = await notify(db(), complaint.id, "responded");
    expect(final.body).toContain("final response");
    expect(final.body).toContain("Housing Ombudsman Service: phone 0300 111 3000");
    expect(final.body).not.toContain("Ask for stage 2");
  });

  it("gives the reason for a refusal in the resident's language, with the right to go to the Ombudsman", async () => {
    const { complaint } = await complaintFor(db(), { language: "ar" });
    await db()
      .update(complaints)
      .set({ status: "refused", refusedOn: "2025-05-06", refusalReason: "legal-proceedings-started", refusalExplanation: "القضية منظورة أمام المحكمة." })
      .where(eq(complaints.id, complaint.id));
    const message = await notify(db(), complaint.id, "refused");
    expect(message.subject).toBe(`الشكوى ${complaint.reference}: لم تُقبل`);
    expect(message.body).toContain(serverT("ar", "complaints")("refusalReason.legal-proceedings-started"));
    expect(message.body).toContain("القضية منظورة أمام المحكمة.");
    expect(message.body).toContain("info@housing-ombudsman.org.uk");
  });

  it("writes one message per job and emails it once, however often the job runs", async () => {
    const { complaint } = await complaintFor(db(), { contactMethod: "email" });
    const mailer = recordingMailer();
    const [job] = await db().insert(jobs).values({ kind: "complaint.notify", payload: { complaintId: complaint.id, notice: "closed" } }).returning();
    const run = () => notifyComplaint({ complaintId: complaint.id, notice: "closed" }, { db: db(), log: silent, mailer, jobId: job!.id, now: () => new Date() });
    await run();
    await run();
    const rows = await db().select().from(residentMessages).where(eq(residentMessages.jobId, job!.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.delivery).toBe("email");
    expect(mailer.sent).toHaveLength(1);
  });

  it("keeps the message on the portal when no mail server is configured", async () => {
    const { complaint } = await complaintFor(db(), { language: "so", contactMethods: ["email"] });
    const message = await notify(db(), complaint.id, "closed", null);
    expect(message).toMatchObject({ language: "so", delivery: "portal", emailedTo: null });
  });

  it("gives up at once on a complaint that no longer exists", async () => {
    await enqueueJob(db(), "complaint.notify", { complaintId: randomUUID(), notice: "received" });
    await startJobWorker({ db: db(), log: silent, mailer: null, pollMs: null }).runOnce();
    const [job] = await db().select().from(jobs).orderBy(desc(jobs.id)).limit(1);
    expect(job).toMatchObject({ state: "failed", attempts: 1, lastError: expect.stringContaining("no longer exists") });
  });
});
