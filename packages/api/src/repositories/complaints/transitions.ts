// Applies one life-cycle event to a stored complaint: the domain decides
// whether it is allowed, then every row it touches, the event log, the audit
// log and the resident's notification are written in the caller's transaction.
import { and, eq } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import {
  ComplaintRuleError,
  applyComplaintEvent,
  openDeadline,
  type ComplaintEvent,
  type ComplaintStage,
  type ComplaintState,
} from "@hearth/domain/complaints";
import { writeAudit } from "../../audit.js";
import { refuse } from "../../errors.js";
import { enqueueJob, type ComplaintNotice } from "../../jobs/enqueue.js";
import { landlordCalendar } from "./calendar.js";
import type { LoadedComplaint } from "./state.js";

const { complaints, complaintStages, complaintPoints, complaintActions, complaintEvents } = schema;

/** Which field a rule error belongs to on the staff forms. */
const FIELD_OF: Partial<Record<string, string>> = {
  "complaints.pointsRequired": "points",
  "complaints.invalidPoint": "points",
  "complaints.handlerRequired": "handlerId",
  "complaints.sameHandler": "handlerId",
  "complaints.extensionInvalid": "workingDays",
  "complaints.extensionTooLong": "workingDays",
  "complaints.extensionReasonRequired": "reason",
  "complaints.decisionsMismatch": "decisions",
  "complaints.invalidDecision": "decisions",
  "complaints.reasonsRequired": "decisions",
  "complaints.invalidCompensation": "compensation",
  "complaints.invalidAction": "actions",
  "complaints.causeRequired": "causeCategory",
  "complaints.lessonsRequired": "lessonsLearnt",
  "complaints.invalidRefusalReason": "reason",
  "complaints.refusalExplanationRequired": "explanation",
  "complaints.requestChannelRequired": "channel",
  "complaints.requestInFuture": "receivedOn",
  "complaints.requestBeforeResponse": "receivedOn",
};

/** The domain's verdict, or a translated refusal that names the field. */
export function nextState(state: ComplaintState, event: ComplaintEvent): ComplaintState {
  try {
    return applyComplaintEvent(state, event);
  } catch (error) {
    if (!(error instanceof ComplaintRuleError)) throw error;
    const code = error.code === "complaints.illegalTransition" || error.code === "complaints.dateOutOfOrder" ? "CONFLICT" : "BAD_REQUEST";
    const params = Object.fromEntries(Object.entries(error.details ?? {}).filter(([, v]) => typeof v === "number" || typeof v === "string"));
    throw refuse(code, `errors.${error.code}`, { field: FIELD_OF[error.code], params });
  }
}

const NOTICE: Partial<Record<ComplaintEvent["type"], ComplaintNotice>> = {
  acknowledge: "acknowledged",
  extend: "extended",
  respond: "responded",
  escalate: "escalated",
  close: "closed",
  refuse: "refused",
};

export interface TransitionOptions {
  actorUserId: string | null;
  address: string | null;
  now: Date;
  /** Optimistic check: the version the person saw when they filled in the form. */
  expectedVersion?: number;
  /** Plain-language covering text sent with a response. */
  responseSummary?: string;
  /** Who recorded the event, when not the actor's own action (e.g. the resident escalating). */
  auditAction?: string;
  /**
   * The notice for an event that sends none of its own: a resident who
   * withdraws in the portal gets a confirmation, while staff recording a
   * withdrawal have just spoken to the resident.
   */
  notice?: ComplaintNotice;
  /** What the event log keeps beside the event, such as the language a resident wrote their reason in. */
  details?: Record<string, unknown>;
}

/**
 * Writes `event` for a complaint loaded with `lock: true` in the same transaction.
 * Returns the new state.
 */
export async function recordTransition(tx: Executor, complaint: LoadedComplaint, event: ComplaintEvent, options: TransitionOptions): Promise<ComplaintState> {
  const { row, state } = complaint;
  if (options.expectedVersion !== undefined && options.expectedVersion !== row.version) {
    throw refuse("CONFLICT", "errors.complaints.changedMeanwhile");
  }
  const next = nextState(state, event);
  const stage = stageFor(event, state);
  const calendar = await landlordCalendar(tx, row.landlordId);
  const due = openDeadline(next, calendar);

  await writeStage(tx, row.id, stage, event, options);
  await tx
    .update(complaints)
    .set({
      status: next.status,
      lastEventOn: next.lastEventOn,
      escalatedOn: next.escalatedOn ?? null,
      closedOn: next.closure?.closedOn ?? null,
      causeCategory: next.closure ? (next.closure.causeCategory as typeof row.causeCategory) : null,
      lessonsLearnt: next.closure?.lessonsLearnt ?? null,
      refusedOn: next.refusal?.refusedOn ?? null,
      refusalReason: next.refusal?.reason ?? null,
      refusalExplanation: next.refusal?.explanation ?? null,
      withdrawnOn: next.withdrawnOn ?? null,
      nextDueOn: due?.dueOn ?? null,
      version: row.version + 1,
      updatedAt: options.now,
      updatedByUserId: options.actorUserId,
    })
    .where(eq(complaints.id, row.id));

  const details = { ...eventDetails(event, stage), ...options.details };
  await tx.insert(complaintEvents).values({ complaintId: row.id, type: event.type, on: event.on, actorUserId: options.actorUserId, visibleToResident: event.type !== "assign", details });
  await writeAudit(
    tx,
    { actorUserId: options.actorUserId, action: options.auditAction ?? `complaint.${event.type}`, subjectType: "complaint", subjectId: row.reference, details, address: options.address },
    options.now,
  );
  const notice = NOTICE[event.type] ?? options.notice;
  if (notice) await enqueueJob(tx, "complaint.notify", { complaintId: row.id, notice });
  return next;
}

function stageFor(event: ComplaintEvent, state: ComplaintState): ComplaintStage | null {
  if (event.type === "acknowledge") return state.status === "received" ? 1 : 2;
  if (event.type === "assign" || event.type === "extend" || event.type === "respond") return state.status.startsWith("stage1-") ? 1 : 2;
  return null;
}

async function writeStage(tx: Executor, complaintId: string, stage: ComplaintStage | null, event: ComplaintEvent, options: TransitionOptions): Promise<void> {
  if (stage === null) return;
  const thisStage = and(eq(complaintStages.complaintId, complaintId), eq(complaintStages.stage, stage));
  switch (event.type) {
    case "acknowledge":
      await tx.insert(complaintStages).values({ complaintId, stage, acknowledgedOn: event.on, handlerUserId: event.handlerId });
      await tx.insert(complaintPoints).values(event.points.map((p, position) => ({ id: p.id, complaintId, stage, position, summary: p.summary })));
      return;
    case "assign":
      await tx.update(complaintStages).set({ handlerUserId: event.handlerId, updatedAt: options.now }).where(thisStage);
      return;
    case "extend":
      await tx
        .update(complaintStages)
        .set({ extensionGrantedOn: event.on, extensionWorkingDays: event.workingDays, extensionReason: event.reason, updatedAt: options.now })
        .where(thisStage);
      return;
    case "respond":
      await tx
        .update(complaintStages)
        .set({
          respondedOn: event.on,
          respondedByUserId: options.actorUserId,
          compensationPence: event.remedy.compensationPence,
          apology: event.remedy.apology,
          responseSummary: options.responseSummary ?? "",
          updatedAt: options.now,
        })
        .where(thisStage);
      for (const decision of event.decisions) {
        await tx.update(complaintPoints).set({ decision: decision.decision, reasons: decision.reasons }).where(eq(complaintPoints.id, decision.pointId));
      }
      if (event.remedy.actions.length) {
        await tx.insert(complaintActions).values(
          event.remedy.actions.map((a) => ({ complaintId, stage, description: a.description, ownerUserId: a.ownerId, dueOn: a.dueOn })),
        );
      }
      return;
    default:
      return;
  }
}

/** What the timeline shows about an event; free text the resident should read stays in the stage rows. */
function eventDetails(event: ComplaintEvent, stage: ComplaintStage | null): Record<string, unknown> {
  switch (event.type) {
    case "acknowledge":
      return { stage, points: event.points.length, handlerId: event.handlerId };
    case "assign":
      return { stage, handlerId: event.handlerId };
    case "extend":
      return { stage, workingDays: event.workingDays, reason: event.reason };
    case "respond":
      return { stage, compensationPence: event.remedy.compensationPence, actions: event.remedy.actions.length };
    case "close":
      return { causeCategory: event.causeCategory };
    case "refuse":
      return { reason: event.reason };
    case "escalate":
      return event.request ? { channel: event.request.channel } : {};
    case "withdraw":
      return event.reason ? { reason: event.reason } : {};
    default:
      return {};
  }
}
