// What a resident may see of their own complaint: their words, the landlord's
// decisions and dates, never staff notes, handler identities or internal events.
import { and, asc, eq } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { allowedEvents, complaintDeadlines } from "@hearth/domain/complaints";
import { complaintAttachmentList } from "../../repositories/complaints/attachments.js";
import { landlordCalendar } from "../../repositories/complaints/calendar.js";
import type { LoadedComplaint } from "../../repositories/complaints/state.js";

export async function residentView(db: Executor, complaint: LoadedComplaint) {
  const { row, stages, points, actions, state } = complaint;
  const [area] = await db.select({ slug: schema.serviceAreas.slug, name: schema.serviceAreas.name }).from(schema.serviceAreas).where(eq(schema.serviceAreas.id, row.serviceAreaId));
  const events = await db
    .select({ id: schema.complaintEvents.id, type: schema.complaintEvents.type, on: schema.complaintEvents.on, details: schema.complaintEvents.details })
    .from(schema.complaintEvents)
    .where(and(eq(schema.complaintEvents.complaintId, row.id), eq(schema.complaintEvents.visibleToResident, true)))
    .orderBy(asc(schema.complaintEvents.id));
  const calendar = await landlordCalendar(db, row.landlordId);
  return {
    reference: row.reference,
    status: row.status,
    serviceArea: area!,
    channel: row.channel,
    whatHappened: row.whatHappened,
    putRight: row.putRight,
    contactMethod: row.contactMethod,
    receivedOn: row.receivedOn,
    escalatedOn: row.escalatedOn,
    closedOn: row.closedOn,
    refusal: row.refusedOn ? { on: row.refusedOn, reason: row.refusalReason!, explanation: row.refusalExplanation ?? "" } : null,
    withdrawnOn: row.withdrawnOn,
    deadlines: complaintDeadlines(state, calendar),
    stages: stages.map((s) => ({
      stage: s.stage,
      acknowledgedOn: s.acknowledgedOn,
      extension: s.extensionGrantedOn ? { grantedOn: s.extensionGrantedOn, workingDays: s.extensionWorkingDays ?? 0, reason: s.extensionReason ?? "" } : null,
      points: points.filter((p) => p.stage === s.stage).map((p) => ({ id: p.id, summary: p.summary, decision: p.decision, reasons: p.reasons })),
      response: s.respondedOn
        ? {
            respondedOn: s.respondedOn,
            summary: s.responseSummary ?? "",
            apology: s.apology ?? false,
            compensationPence: s.compensationPence ?? 0,
            actions: actions.filter((a) => a.stage === s.stage).map((a) => ({ id: a.id, description: a.description, dueOn: a.dueOn, doneOn: a.doneOn })),
          }
        : null,
    })),
    events: events.map((e) => ({ id: e.id, type: e.type, on: e.on, stage: typeof e.details.stage === "number" ? e.details.stage : null })),
    attachments: await complaintAttachmentList(db, row.id),
    canEscalate: state.status === "stage1-responded",
    /** Open complaints only: once answered in full, refused or closed there is nothing left to stop. */
    canWithdraw: allowedEvents(state.status).includes("withdraw"),
    /** After the final response or a refusal the resident may take it to the Housing Ombudsman. */
    canGoToOmbudsman: state.status === "final-response" || state.status === "refused" || (state.status === "closed" && state.stage2?.response !== undefined),
  };
}
