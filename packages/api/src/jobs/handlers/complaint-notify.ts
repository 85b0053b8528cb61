// Tells a resident about a step in their complaint: a message in their portal
// "Messages", and an email too when they asked to be contacted by email.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "@hearth/db";
import { complaintDeadlines, type CalendarOptions, type ComplaintStage, type ComplaintTimeline, type DeadlineStep } from "@hearth/domain/complaints";
import { landlordCalendar } from "../../repositories/complaints/calendar.js";
import { markMessageEmailed, messageRecipient, saveMessageForJob } from "../../repositories/messaging/resident-messages.js";
import type { ComplaintNotice, JobPayloads } from "../enqueue.js";
import { PermanentJobError, type JobHandler } from "../handler.js";
import { renderComplaintNotice, type ComplaintNoticeFacts } from "./complaint-notice.js";

const { complaints, complaintStages } = schema;

const payloadShape = z.object({
  complaintId: z.uuid(),
  notice: z.enum(["received", "acknowledged", "extended", "responded", "escalated", "closed", "refused", "withdrawn"]),
});

type ComplaintRow = typeof complaints.$inferSelect;
type StageRow = typeof complaintStages.$inferSelect;

/**
 * The date a notice promises, worked out as things stood when it was sent
 * (not as they stand when the job runs), so a late-running job still quotes
 * the right deadline: e.g. "we will acknowledge by" even if staff already have.
 */
function promisedDate(notice: ComplaintNotice, row: ComplaintRow, stage: StageRow | undefined, calendar: CalendarOptions): string | null {
  const due = (step: DeadlineStep, timeline: ComplaintTimeline) => complaintDeadlines(timeline, calendar).find((d) => d.step === step)?.dueOn ?? null;
  const n = (stage?.stage ?? 1) as ComplaintStage;
  switch (notice) {
    case "received":
      return due("stage1-acknowledge", { status: "received", receivedOn: row.receivedOn });
    case "escalated":
      return row.escalatedOn ? due("stage2-acknowledge", { status: "escalated", receivedOn: row.receivedOn, escalatedOn: row.escalatedOn }) : null;
    case "acknowledged":
    case "extended": {
      if (!stage) return null;
      const extension = notice === "extended" && stage.extensionWorkingDays ? { extension: { workingDays: stage.extensionWorkingDays } } : {};
      const timeline: ComplaintTimeline = {
        status: `stage${n}-${notice}` as const,
        receivedOn: row.receivedOn,
        escalatedOn: row.escalatedOn ?? undefined,
        ...(n === 1 ? { stage1: { acknowledgedOn: stage.acknowledgedOn, ...extension } } : { stage2: { acknowledgedOn: stage.acknowledgedOn, ...extension } }),
      };
      return due(`stage${n}-respond`, timeline);
    }
    default:
      return null;
  }
}

async function loadComplaint(db: Executor, id: string) {
  const [row] = await db.select().from(complaints).where(eq(complaints.id, id));
  if (!row) throw new PermanentJobError(`complaint ${id} no longer exists`);
  const stages = await db.select().from(complaintStages).where(eq(complaintStages.complaintId, id)).orderBy(asc(complaintStages.stage));
  return { row, stages };
}

export const notifyComplaint: JobHandler<JobPayloads["complaint.notify"]> = async (payload, { db, mailer, jobId, log }) => {
  const parsed = payloadShape.safeParse(payload);
  if (!parsed.success) throw new PermanentJobError(`bad complaint.notify payload: ${parsed.error.message}`);
  const { complaintId, notice } = parsed.data;
  const { row, stages } = await loadComplaint(db, complaintId);
  const recipient = await messageRecipient(db, row.residentId);
  if (!recipient) throw new PermanentJobError(`resident ${row.residentId} no longer exists`);
  // The notice is about the stage the complaint has reached (a response: the last one answered).
  const stage = notice === "responded" ? stages.filter((s) => s.respondedOn).at(-1) : stages.at(-1);

  const facts: ComplaintNoticeFacts = {
    notice,
    reference: row.reference,
    stage: (stage?.stage ?? 1) as ComplaintStage,
    dueOn: promisedDate(notice, row, stage, await landlordCalendar(db, row.landlordId)),
    extensionReason: stage?.extensionReason ?? null,
    responseSummary: stage?.responseSummary ?? null,
    refusal: row.refusalReason ? { reason: row.refusalReason, explanation: row.refusalExplanation ?? "" } : null,
    residentName: recipient.name,
    landlordName: recipient.landlordName,
  };
  const rendered = renderComplaintNotice(recipient.language, facts);
  const message = await saveMessageForJob(db, {
    jobId,
    residentId: row.residentId,
    subject: rendered.subject,
    body: rendered.body,
    language: recipient.language,
    topic: { type: "complaint", id: row.id, reference: row.reference },
  });

  const wantsEmail = recipient.contactMethods.includes("email") || row.contactMethod === "email";
  if (!mailer || !wantsEmail || !recipient.accountEmail || message.emailedTo) return;
  // Sent from the stored row, so a retry after a failed send repeats exactly what the portal shows.
  await mailer.send({ to: recipient.accountEmail, subject: message.subject, text: `${message.body}\n\n${rendered.emailFooter}`, language: message.language });
  await markMessageEmailed(db, message.id, recipient.accountEmail);
  log.info({ message: message.id }, "complaint notice emailed");
};
