// The complaint life cycle as a pure state machine. Every change is an event;
// `applyComplaintEvent` returns the next state or throws a ComplaintRuleError,
// so the API can validate a whole request before it writes anything.
//
//   received ─acknowledge→ stage1-acknowledged ─extend→ stage1-extended
//       │                        └──────────respond───────────┘
//       │                                    ↓
//       │                           stage1-responded ─close→ closed
//       │                                    │escalate
//       │                                 escalated ─acknowledge→ stage2-acknowledged ─extend→ stage2-extended
//       │                                                            └──────────respond───────────┘
//       │                                                                          ↓
//       │                                                             final-response ─close→ closed
//       ├─refuse→ refused
//   any open state ─withdraw→ withdrawn
import { parseIsoDate } from "../calendar/iso-date.js";
import { timescalesFor, type ComplaintStage } from "./code-timescales.js";
import {
  COMPLAINT_STATUSES,
  stageOf,
  type ComplaintEvent,
  type ComplaintEventType,
  type ComplaintPoint,
  type ComplaintState,
  type ComplaintStatus,
  type Remedy,
  type StageRecord,
} from "./complaint.js";
import { ComplaintRuleError } from "./complaint-rule-error.js";
import { isCauseCategory } from "./cause-categories.js";
import { STAFF_RECORDED_CHANNELS } from "./channels.js";
import { isPointDecision } from "./point-decisions.js";
import { isRefusalReason } from "./refusal-reasons.js";

const OPEN_STAGE = ["assign", "respond", "withdraw"] as const;

/** Which events each status accepts; everything else is an illegal transition. */
export const COMPLAINT_TRANSITIONS: { readonly [S in ComplaintStatus]: readonly ComplaintEventType[] } = {
  received: ["acknowledge", "refuse", "withdraw"],
  "stage1-acknowledged": ["extend", ...OPEN_STAGE],
  // One extension per stage: the Code caps the total extra time, and a second
  // extension would let a stage drift without a fresh decision to tell the
  // resident about. Re-extending is refused with its own code.
  "stage1-extended": OPEN_STAGE,
  // After a stage 1 response the resident may escalate; if they do not, staff close it.
  "stage1-responded": ["escalate", "close", "withdraw"],
  escalated: ["acknowledge", "withdraw"],
  "stage2-acknowledged": ["extend", ...OPEN_STAGE],
  "stage2-extended": OPEN_STAGE,
  "final-response": ["close"],
  closed: [],
  refused: [],
  withdrawn: [],
};

export function allowedEvents(status: ComplaintStatus): readonly ComplaintEventType[] {
  return COMPLAINT_TRANSITIONS[status];
}

const TERMINAL: readonly ComplaintStatus[] = COMPLAINT_STATUSES.filter((s) => COMPLAINT_TRANSITIONS[s].length === 0);

export function isTerminal(status: ComplaintStatus): boolean {
  return TERMINAL.includes(status);
}

function fail(code: ConstructorParameters<typeof ComplaintRuleError>[0], message: string, details?: Record<string, string | number>): never {
  throw new ComplaintRuleError(code, message, details);
}

function isBlank(value: unknown): boolean {
  return typeof value !== "string" || value.trim() === "";
}

function checkDate(value: string, field: string): void {
  try {
    parseIsoDate(value);
  } catch {
    fail("complaints.invalidDate", `${field} is not an ISO date: ${JSON.stringify(value)}`, { field });
  }
}

function checkPoints(points: readonly ComplaintPoint[]): void {
  if (!Array.isArray(points) || points.length === 0) {
    fail("complaints.pointsRequired", "Define at least one complaint point when acknowledging");
  }
  const ids = new Set<string>();
  for (const p of points) {
    if (isBlank(p.id) || isBlank(p.summary) || ids.has(p.id)) {
      fail("complaints.invalidPoint", "Each complaint point needs a unique id and a summary", { pointId: String(p.id) });
    }
    ids.add(p.id);
  }
}

function checkHandler(handlerId: string, stage: ComplaintStage, state: ComplaintState): void {
  if (isBlank(handlerId)) fail("complaints.handlerRequired", "A complaint stage needs a handler");
  // Code: stage 2 is considered by a different person from stage 1.
  if (stage === 2 && state.stage1 && state.stage1.handlerId === handlerId) {
    fail("complaints.sameHandler", "The stage 2 handler must not be the person who handled stage 1", { handlerId });
  }
}

function checkRemedy(remedy: Remedy): void {
  if (!Number.isSafeInteger(remedy?.compensationPence) || remedy.compensationPence < 0) {
    fail("complaints.invalidCompensation", "Compensation is a whole number of pence, 0 or more", {
      compensationPence: String(remedy?.compensationPence),
    });
  }
  for (const a of remedy.actions ?? []) {
    if (isBlank(a.description) || isBlank(a.ownerId)) {
      fail("complaints.invalidAction", "Each outstanding action needs a description and an owner");
    }
    checkDate(a.dueOn, "action due date");
  }
}

function checkDecisions(points: readonly ComplaintPoint[], event: Extract<ComplaintEvent, { type: "respond" }>): void {
  const expected = new Set(points.map((p) => p.id));
  const seen = new Set<string>();
  for (const d of event.decisions ?? []) {
    if (!expected.has(d.pointId) || seen.has(d.pointId)) {
      fail("complaints.decisionsMismatch", "Give exactly one decision for each complaint point", { pointId: String(d.pointId) });
    }
    seen.add(d.pointId);
    if (!isPointDecision(d.decision)) fail("complaints.invalidDecision", `Unknown decision: ${String(d.decision)}`, { pointId: d.pointId });
    if (isBlank(d.reasons)) fail("complaints.reasonsRequired", "Each decision needs its reasons", { pointId: d.pointId });
  }
  for (const id of expected) {
    if (!seen.has(id)) fail("complaints.decisionsMismatch", "Give exactly one decision for each complaint point", { pointId: id });
  }
}

function currentStageRecord(state: ComplaintState, stage: ComplaintStage): StageRecord {
  const record = stage === 1 ? state.stage1 : state.stage2;
  // Unreachable through applyComplaintEvent; guards hand-built states.
  if (!record) fail("complaints.illegalTransition", `Stage ${stage} has not been acknowledged`);
  return record;
}

function withStage(state: ComplaintState, stage: ComplaintStage, record: StageRecord): ComplaintState {
  return stage === 1 ? { ...state, stage1: record } : { ...state, stage2: record };
}

/**
 * A stage 2 request recorded by staff: it came by a channel staff record, and
 * it reached us between the stage 1 response and today. Checked before the
 * general date order so a back-dated request gets the message that says why.
 */
function checkStage2Request(state: ComplaintState, event: Extract<ComplaintEvent, { type: "escalate" }>): void {
  const { request } = event;
  if (!request) return;
  if (!(STAFF_RECORDED_CHANNELS as readonly string[]).includes(request.channel)) {
    fail("complaints.requestChannelRequired", `Not a channel staff record a request from: ${String(request.channel)}`);
  }
  checkDate(event.on, "request date");
  checkDate(request.recordedOn, "recorded date");
  if (event.on > request.recordedOn) {
    fail("complaints.requestInFuture", `A request received on ${event.on} cannot be recorded on ${request.recordedOn}`, { on: event.on });
  }
  const respondedOn = state.stage1?.response?.respondedOn;
  if (respondedOn !== undefined && event.on < respondedOn) {
    fail("complaints.requestBeforeResponse", `A stage 2 request cannot predate the stage 1 response (${respondedOn})`, { respondedOn });
  }
}

export function applyComplaintEvent(state: ComplaintState, event: ComplaintEvent): ComplaintState {
  const allowed = COMPLAINT_TRANSITIONS[state.status];
  if (!allowed?.includes(event.type)) {
    if (event.type === "extend" && (state.status === "stage1-extended" || state.status === "stage2-extended")) {
      fail("complaints.alreadyExtended", "This stage has already been extended once", { status: state.status });
    }
    fail("complaints.illegalTransition", `Cannot ${String(event.type)} a complaint that is ${String(state.status)}`, {
      status: String(state.status),
      event: String(event.type),
    });
  }
  if (event.type === "escalate") checkStage2Request(state, event);
  checkDate(event.on, "date");
  if (event.on < state.lastEventOn) {
    fail("complaints.dateOutOfOrder", `${event.on} is before the complaint's last event (${state.lastEventOn})`, {
      on: event.on,
      lastEventOn: state.lastEventOn,
    });
  }
  const next = { ...state, lastEventOn: event.on };

  switch (event.type) {
    case "acknowledge": {
      const stage: ComplaintStage = state.status === "received" ? 1 : 2;
      checkHandler(event.handlerId, stage, state);
      checkPoints(event.points);
      const record: StageRecord = { acknowledgedOn: event.on, handlerId: event.handlerId, points: [...event.points] };
      return { ...withStage(next, stage, record), status: stage === 1 ? "stage1-acknowledged" : "stage2-acknowledged" };
    }
    case "assign": {
      const stage = stageOf(state.status) as ComplaintStage;
      checkHandler(event.handlerId, stage, state);
      return withStage(next, stage, { ...currentStageRecord(state, stage), handlerId: event.handlerId });
    }
    case "extend": {
      const stage = stageOf(state.status) as ComplaintStage;
      const cap = timescalesFor(stage).maxExtension;
      if (!Number.isSafeInteger(event.workingDays) || event.workingDays < 1) {
        fail("complaints.extensionInvalid", "An extension is a whole number of working days, at least 1", {
          workingDays: String(event.workingDays),
        });
      }
      if (event.workingDays > cap) {
        fail("complaints.extensionTooLong", `A stage ${stage} extension is at most ${cap} working days`, { max: cap, stage });
      }
      if (isBlank(event.reason)) fail("complaints.extensionReasonRequired", "An extension needs a reason to give the resident");
      const record = currentStageRecord(state, stage);
      return {
        ...withStage(next, stage, { ...record, extension: { grantedOn: event.on, workingDays: event.workingDays, reason: event.reason } }),
        status: stage === 1 ? "stage1-extended" : "stage2-extended",
      };
    }
    case "respond": {
      const stage = stageOf(state.status) as ComplaintStage;
      const record = currentStageRecord(state, stage);
      checkDecisions(record.points, event);
      checkRemedy(event.remedy);
      const response = {
        respondedOn: event.on,
        decisions: [...event.decisions],
        remedy: { ...event.remedy, actions: [...(event.remedy.actions ?? [])] },
      };
      return { ...withStage(next, stage, { ...record, response }), status: stage === 1 ? "stage1-responded" : "final-response" };
    }
    case "escalate":
      // The stage 2 clock runs from the day the request reached us, however it came.
      return { ...next, status: "escalated", escalatedOn: event.on };
    case "close":
      if (!isCauseCategory(event.causeCategory)) fail("complaints.causeRequired", "Record the cause category before closing");
      if (isBlank(event.lessonsLearnt)) fail("complaints.lessonsRequired", "Record the lessons learnt before closing");
      return {
        ...next,
        status: "closed",
        closure: { closedOn: event.on, causeCategory: event.causeCategory, lessonsLearnt: event.lessonsLearnt },
      };
    case "refuse":
      if (!isRefusalReason(event.reason)) {
        fail("complaints.invalidRefusalReason", `Not an allowed reason to refuse a complaint: ${String(event.reason)}`);
      }
      if (isBlank(event.explanation)) fail("complaints.refusalExplanationRequired", "Explain the refusal to the resident in writing");
      return { ...next, status: "refused", refusal: { refusedOn: event.on, reason: event.reason, explanation: event.explanation } };
    case "withdraw":
      return { ...next, status: "withdrawn", withdrawnOn: event.on };
  }
}

/** Applies events in order; handy for rebuilding a complaint from its history. */
export function replayComplaint(initial: ComplaintState, events: readonly ComplaintEvent[]): ComplaintState {
  return events.reduce(applyComplaintEvent, initial);
}
