// Builders for complaint tests: a well-formed event of each kind and a path of
// events that reaches each status (England and Wales dates in spring 2025).
import type { ComplaintEvent, ComplaintEventType, ComplaintState, ComplaintStatus } from "./complaint.js";
import { newComplaint } from "./complaint.js";
import { replayComplaint } from "./lifecycle.js";

export const RECEIVED_ON = "2025-03-03"; // a Monday

export const POINTS = [
  { id: "p1", summary: "The kitchen leak was not repaired for six weeks" },
  { id: "p2", summary: "Calls to the repairs line were not returned" },
] as const;

const noRemedy = { compensationPence: 0, apology: false, actions: [] };

export const ACK1: ComplaintEvent = { type: "acknowledge", on: "2025-03-05", handlerId: "alice", points: POINTS };
export const EXT1: ComplaintEvent = { type: "extend", on: "2025-03-12", workingDays: 10, reason: "Awaiting the contractor's report" };
export const RESP1: ComplaintEvent = {
  type: "respond",
  on: "2025-03-20",
  decisions: [
    { pointId: "p1", decision: "upheld", reasons: "The repair took longer than our 28-day target" },
    { pointId: "p2", decision: "not-upheld", reasons: "Call records show each call was returned" },
  ],
  remedy: { compensationPence: 5000, apology: true, actions: [{ description: "Replace the damaged worktop", ownerId: "repairs-team", dueOn: "2025-04-15" }] },
};
export const ESC: ComplaintEvent = { type: "escalate", on: "2025-03-24" };
export const ACK2: ComplaintEvent = { type: "acknowledge", on: "2025-03-26", handlerId: "carol", points: POINTS };
export const EXT2: ComplaintEvent = { type: "extend", on: "2025-04-10", workingDays: 20, reason: "Independent surveyor booked" };
export const RESP2: ComplaintEvent = { ...RESP1, on: "2025-04-30" } as ComplaintEvent;
export const CLOSE: ComplaintEvent = { type: "close", on: "2025-05-06", causeCategory: "delay", lessonsLearnt: "Chase contractor reports weekly" };

export const PATHS: { readonly [S in ComplaintStatus]: readonly ComplaintEvent[] } = {
  received: [],
  "stage1-acknowledged": [ACK1],
  "stage1-extended": [ACK1, EXT1],
  "stage1-responded": [ACK1, RESP1],
  escalated: [ACK1, RESP1, ESC],
  "stage2-acknowledged": [ACK1, RESP1, ESC, ACK2],
  "stage2-extended": [ACK1, RESP1, ESC, ACK2, EXT2],
  "final-response": [ACK1, RESP1, ESC, ACK2, RESP2],
  closed: [ACK1, RESP1, CLOSE],
  refused: [{ type: "refuse", on: "2025-03-04", reason: "legal-proceedings-started", explanation: "A disrepair claim is before the county court" }],
  withdrawn: [{ type: "withdraw", on: "2025-03-04" }],
};

export function complaintAt(status: ComplaintStatus): ComplaintState {
  return replayComplaint(newComplaint({ receivedOn: RECEIVED_ON }), PATHS[status]);
}

/** A valid event of the given type for a complaint in `state`, dated after everything in PATHS. */
export function sampleEvent(type: ComplaintEventType, state: ComplaintState, on = "2025-06-02"): ComplaintEvent {
  switch (type) {
    case "acknowledge":
      return { type, on, handlerId: "carol", points: POINTS };
    case "assign":
      return { type, on, handlerId: "dev" };
    case "extend":
      return { type, on, workingDays: 5, reason: "Waiting for a specialist" };
    case "respond": {
      const points = (state.stage2 ?? state.stage1)?.points ?? POINTS;
      return { type, on, decisions: points.map((p) => ({ pointId: p.id, decision: "partly-upheld", reasons: "See letter" })), remedy: noRemedy };
    }
    case "escalate":
      return { type, on };
    case "close":
      return { type, on, causeCategory: "communication", lessonsLearnt: "Call back within a day" };
    case "refuse":
      return { type, on, reason: "older-than-12-months", explanation: "The events were in 2022 and no reason was given for the delay" };
    case "withdraw":
      return { type, on };
  }
}
