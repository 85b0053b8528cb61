// The shape of a complaint as the life cycle sees it: plain, serialisable data
// (the database stores it as rows; the API rebuilds it and applies events).
import type { ComplaintChannel } from "./channels.js";
import type { ComplaintStage } from "./code-timescales.js";
import type { PointDecision } from "./point-decisions.js";
import type { RefusalReason } from "./refusal-reasons.js";

export const COMPLAINT_STATUSES = [
  "received",
  "stage1-acknowledged",
  "stage1-extended",
  "stage1-responded",
  "escalated",
  "stage2-acknowledged",
  "stage2-extended",
  "final-response",
  "closed",
  "refused",
  "withdrawn",
] as const;

export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** A point of complaint as defined with the resident at acknowledgement. */
export interface ComplaintPoint {
  readonly id: string;
  readonly summary: string;
}

export interface PointResponse {
  readonly pointId: string;
  readonly decision: PointDecision;
  readonly reasons: string;
}

export interface RemedyAction {
  readonly description: string;
  readonly ownerId: string;
  readonly dueOn: string;
}

export interface Remedy {
  /** Integer pence, ≥ 0. */
  readonly compensationPence: number;
  readonly apology: boolean;
  /** Outstanding actions, each with an owner and a date. */
  readonly actions: readonly RemedyAction[];
}

export interface StageRecord {
  readonly acknowledgedOn: string;
  readonly handlerId: string;
  readonly points: readonly ComplaintPoint[];
  readonly extension?: { readonly grantedOn: string; readonly workingDays: number; readonly reason: string };
  readonly response?: { readonly respondedOn: string; readonly decisions: readonly PointResponse[]; readonly remedy: Remedy };
}

/**
 * A stage 2 request staff took by phone, letter, email or in person. The
 * event's `on` is the day the request reached us, which starts the stage 2
 * clock; `recordedOn` is the day staff wrote it down (today), so a request is
 * never dated in the future.
 */
export interface Stage2Request {
  readonly channel: ComplaintChannel;
  readonly recordedOn: string;
}

export interface ComplaintState {
  readonly status: ComplaintStatus;
  readonly receivedOn: string;
  /** The date of the latest event, so events cannot be recorded out of order. */
  readonly lastEventOn: string;
  readonly stage1?: StageRecord;
  readonly escalatedOn?: string;
  readonly stage2?: StageRecord;
  readonly closure?: { readonly closedOn: string; readonly causeCategory: string; readonly lessonsLearnt: string };
  readonly refusal?: { readonly refusedOn: string; readonly reason: RefusalReason; readonly explanation: string };
  readonly withdrawnOn?: string;
}

export type ComplaintEvent =
  /** Define and log the complaint at the current stage (stage 1 from `received`, stage 2 from `escalated`). */
  | { readonly type: "acknowledge"; readonly on: string; readonly handlerId: string; readonly points: readonly ComplaintPoint[] }
  /** Hand the open stage to another member of staff. */
  | { readonly type: "assign"; readonly on: string; readonly handlerId: string }
  | { readonly type: "extend"; readonly on: string; readonly workingDays: number; readonly reason: string }
  | {
      readonly type: "respond";
      readonly on: string;
      readonly decisions: readonly PointResponse[];
      readonly remedy: Remedy;
    }
  /** The resident asks for stage 2; the Code requires no reason. Without `request`, they asked in the portal. */
  | { readonly type: "escalate"; readonly on: string; readonly request?: Stage2Request }
  | { readonly type: "close"; readonly on: string; readonly causeCategory: string; readonly lessonsLearnt: string }
  | { readonly type: "refuse"; readonly on: string; readonly reason: RefusalReason; readonly explanation: string }
  /** `reason`: the resident's own words, when they withdraw it themselves and choose to say why. */
  | { readonly type: "withdraw"; readonly on: string; readonly reason?: string };

export type ComplaintEventType = ComplaintEvent["type"];

/** The stage a status belongs to, or null for states outside a stage. */
export function stageOf(status: ComplaintStatus): ComplaintStage | null {
  if (status.startsWith("stage1-")) return 1;
  if (status.startsWith("stage2-") || status === "escalated" || status === "final-response") return 2;
  return null;
}

export function newComplaint(options: { readonly receivedOn: string }): ComplaintState {
  return { status: "received", receivedOn: options.receivedOn, lastEventOn: options.receivedOn };
}
