import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODE_TIMESCALES } from "./code-timescales.js";
import { COMPLAINT_STATUSES, newComplaint, type ComplaintEvent, type ComplaintEventType, type ComplaintState, type ComplaintStatus } from "./complaint.js";
import { ComplaintRuleError, type ComplaintRuleCode } from "./complaint-rule-error.js";
import { COMPLAINT_TRANSITIONS, applyComplaintEvent, isTerminal } from "./lifecycle.js";
import { REFUSAL_REASONS } from "./refusal-reasons.js";
import { ACK1, ACK2, EXT1, POINTS, RECEIVED_ON, RESP1, complaintAt, sampleEvent } from "./test-support.js";

const EVENT_TYPES: readonly ComplaintEventType[] = ["acknowledge", "assign", "extend", "respond", "escalate", "close", "refuse", "withdraw"];

function codeOf(fn: () => unknown): ComplaintRuleCode | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ComplaintRuleError);
    return (error as ComplaintRuleError).code;
  }
  return undefined;
}

// The whole state machine, written out independently of COMPLAINT_TRANSITIONS.
const EXPECTED: { readonly [S in ComplaintStatus]: Partial<Record<ComplaintEventType, ComplaintStatus>> } = {
  received: { acknowledge: "stage1-acknowledged", refuse: "refused", withdraw: "withdrawn" },
  "stage1-acknowledged": { extend: "stage1-extended", assign: "stage1-acknowledged", respond: "stage1-responded", withdraw: "withdrawn" },
  "stage1-extended": { assign: "stage1-extended", respond: "stage1-responded", withdraw: "withdrawn" },
  "stage1-responded": { escalate: "escalated", close: "closed", withdraw: "withdrawn" },
  escalated: { acknowledge: "stage2-acknowledged", withdraw: "withdrawn" },
  "stage2-acknowledged": { extend: "stage2-extended", assign: "stage2-acknowledged", respond: "final-response", withdraw: "withdrawn" },
  "stage2-extended": { assign: "stage2-extended", respond: "final-response", withdraw: "withdrawn" },
  "final-response": { close: "closed" },
  closed: {},
  refused: {},
  withdrawn: {},
};

describe("complaint life cycle: transitions", () => {
  it("every status is reachable by its test path", () => {
    for (const s of COMPLAINT_STATUSES) expect(complaintAt(s).status).toBe(s);
  });

  it("the transition table matches the Code's life cycle", () => {
    for (const s of COMPLAINT_STATUSES) expect([...COMPLAINT_TRANSITIONS[s]].sort()).toEqual(Object.keys(EXPECTED[s]).sort());
    expect(COMPLAINT_STATUSES.filter(isTerminal)).toEqual(["closed", "refused", "withdrawn"]);
  });

  const legal = COMPLAINT_STATUSES.flatMap((s) => Object.entries(EXPECTED[s]).map(([e, to]) => [s, e as ComplaintEventType, to] as const));
  it.each(legal)("%s --%s--> %s", (from, type, to) => {
    const state = complaintAt(from);
    const next = applyComplaintEvent(state, sampleEvent(type, state));
    expect(next.status).toBe(to);
    expect(next.lastEventOn).toBe("2025-06-02");
    expect(state.status).toBe(from); // the input is not mutated
  });

  const illegal = COMPLAINT_STATUSES.flatMap((s) => EVENT_TYPES.filter((e) => !(e in EXPECTED[s])).map((e) => [s, e] as const));
  it.each(illegal)("%s refuses %s", (from, type) => {
    const state = complaintAt(from);
    const expected = type === "extend" && from.endsWith("-extended") ? "complaints.alreadyExtended" : "complaints.illegalTransition";
    expect(codeOf(() => applyComplaintEvent(state, sampleEvent(type, state)))).toBe(expected);
  });

  it("has 23 legal and 65 illegal pairs", () => {
    expect(legal.length + illegal.length).toBe(COMPLAINT_STATUSES.length * EVENT_TYPES.length);
    expect(legal).toHaveLength(23);
  });

  it("records what happened", () => {
    const done = complaintAt("closed");
    expect(done.stage1?.handlerId).toBe("alice");
    expect(done.stage1?.response?.remedy.compensationPence).toBe(5000);
    expect(done.closure).toEqual({ closedOn: "2025-05-06", causeCategory: "delay", lessonsLearnt: "Chase contractor reports weekly" });
    const final = complaintAt("final-response");
    expect(final.escalatedOn).toBe("2025-03-24");
    expect(final.stage2?.handlerId).toBe("carol");
    expect(complaintAt("stage1-extended").stage1?.extension).toEqual({ grantedOn: "2025-03-12", workingDays: 10, reason: "Awaiting the contractor's report" });
  });
});

describe("complaint life cycle: rules", () => {
  const received = newComplaint({ receivedOn: RECEIVED_ON });
  const acknowledged = complaintAt("stage1-acknowledged");
  const escalated = complaintAt("escalated");
  const ack2 = complaintAt("stage2-acknowledged");

  it("needs complaint points when acknowledging, at either stage", () => {
    expect(codeOf(() => applyComplaintEvent(received, { ...ACK1, points: [] } as ComplaintEvent))).toBe("complaints.pointsRequired");
    expect(codeOf(() => applyComplaintEvent(escalated, { ...ACK2, points: [] } as ComplaintEvent))).toBe("complaints.pointsRequired");
    const dup = [{ id: "a", summary: "x" }, { id: "a", summary: "y" }];
    expect(codeOf(() => applyComplaintEvent(received, { ...ACK1, points: dup } as ComplaintEvent))).toBe("complaints.invalidPoint");
    expect(codeOf(() => applyComplaintEvent(received, { ...ACK1, points: [{ id: "a", summary: "  " }] } as ComplaintEvent))).toBe("complaints.invalidPoint");
  });

  it("needs a handler", () => {
    expect(codeOf(() => applyComplaintEvent(received, { ...ACK1, handlerId: "" } as ComplaintEvent))).toBe("complaints.handlerRequired");
    expect(codeOf(() => applyComplaintEvent(acknowledged, { type: "assign", on: "2025-03-06", handlerId: " " }))).toBe("complaints.handlerRequired");
  });

  it("does not let the stage 1 handler answer stage 2", () => {
    expect(codeOf(() => applyComplaintEvent(escalated, { ...ACK2, handlerId: "alice" } as ComplaintEvent))).toBe("complaints.sameHandler");
    expect(codeOf(() => applyComplaintEvent(ack2, { type: "assign", on: "2025-03-27", handlerId: "alice" }))).toBe("complaints.sameHandler");
    // …even when stage 1 was reassigned: it is the handler at the end of stage 1 who counts.
    const reassigned = applyComplaintEvent(acknowledged, { type: "assign", on: "2025-03-06", handlerId: "bob" });
    expect(reassigned.stage1?.handlerId).toBe("bob");
    expect(applyComplaintEvent(ack2, { type: "assign", on: "2025-03-27", handlerId: "dev" }).stage2?.handlerId).toBe("dev");
  });

  it.each([
    [1, "stage1-acknowledged", CODE_TIMESCALES.stage1.maxExtension],
    [2, "stage2-acknowledged", CODE_TIMESCALES.stage2.maxExtension],
  ] as const)("caps a stage %i extension at %s's %i working days", (_stage, status, cap) => {
    expect(cap).toBe(_stage === 1 ? 10 : 20);
    const state = complaintAt(status);
    const extend = (workingDays: number, reason = "Waiting for a survey") => applyComplaintEvent(state, { type: "extend", on: "2025-06-02", workingDays, reason });
    expect(extend(cap).stage2?.extension?.workingDays ?? extend(cap).stage1?.extension?.workingDays).toBe(cap);
    expect(extend(1).status.endsWith("-extended")).toBe(true);
    expect(codeOf(() => extend(cap + 1))).toBe("complaints.extensionTooLong");
    expect(codeOf(() => extend(0))).toBe("complaints.extensionInvalid");
    expect(codeOf(() => extend(2.5))).toBe("complaints.extensionInvalid");
    expect(codeOf(() => extend(-3))).toBe("complaints.extensionInvalid");
    expect(codeOf(() => extend(5, ""))).toBe("complaints.extensionReasonRequired");
    expect(codeOf(() => extend(5, "   "))).toBe("complaints.extensionReasonRequired");
  });

  it("allows one extension per stage", () => {
    const extended = applyComplaintEvent(acknowledged, EXT1);
    expect(codeOf(() => applyComplaintEvent(extended, { ...EXT1, workingDays: 1 } as ComplaintEvent))).toBe("complaints.alreadyExtended");
  });

  it("needs exactly one reasoned decision per point", () => {
    const respond = (decisions: unknown, remedy: unknown = { compensationPence: 0, apology: false, actions: [] }) =>
      applyComplaintEvent(acknowledged, { type: "respond", on: "2025-03-10", decisions, remedy } as ComplaintEvent);
    const ok = (pointId: string) => ({ pointId, decision: "upheld", reasons: "Because" });
    expect(respond([ok("p1"), ok("p2")]).status).toBe("stage1-responded");
    expect(codeOf(() => respond([ok("p1")]))).toBe("complaints.decisionsMismatch");
    expect(codeOf(() => respond([ok("p1"), ok("p2"), ok("p3")]))).toBe("complaints.decisionsMismatch");
    expect(codeOf(() => respond([ok("p1"), ok("p1")]))).toBe("complaints.decisionsMismatch");
    expect(codeOf(() => respond([]))).toBe("complaints.decisionsMismatch");
    expect(codeOf(() => respond([ok("p1"), { ...ok("p2"), decision: "maybe" }]))).toBe("complaints.invalidDecision");
    expect(codeOf(() => respond([ok("p1"), { ...ok("p2"), reasons: " " }]))).toBe("complaints.reasonsRequired");
  });

  it("takes compensation in whole pence, never negative", () => {
    const respond = (remedy: unknown) => applyComplaintEvent(acknowledged, { ...RESP1, on: "2025-03-10", remedy } as ComplaintEvent);
    expect(respond({ compensationPence: 0, apology: true, actions: [] }).stage1?.response?.remedy.compensationPence).toBe(0);
    expect(respond({ compensationPence: 12_345, apology: false, actions: [] }).stage1?.response?.remedy.compensationPence).toBe(12_345);
    for (const bad of [-1, 10.5, Number.NaN, "100", undefined]) {
      expect(codeOf(() => respond({ compensationPence: bad, apology: false, actions: [] }))).toBe("complaints.invalidCompensation");
    }
    expect(codeOf(() => respond({ compensationPence: 0, apology: false, actions: [{ description: "", ownerId: "x", dueOn: "2025-04-01" }] }))).toBe(
      "complaints.invalidAction",
    );
    expect(codeOf(() => respond({ compensationPence: 0, apology: false, actions: [{ description: "Fix", ownerId: "x", dueOn: "soon" }] }))).toBe(
      "complaints.invalidDate",
    );
  });

  it("needs a cause category and lessons learnt to close", () => {
    const responded = complaintAt("stage1-responded");
    const close = (causeCategory: string, lessonsLearnt: string) => applyComplaintEvent(responded, { type: "close", on: "2025-04-01", causeCategory, lessonsLearnt });
    expect(codeOf(() => close("", "Something"))).toBe("complaints.causeRequired");
    expect(codeOf(() => close("repairs", "Something"))).toBe("complaints.causeRequired");
    expect(codeOf(() => close("delay", " "))).toBe("complaints.lessonsRequired");
    expect(close("delay", "Something").status).toBe("closed");
  });

  it.each(REFUSAL_REASONS)("refuses for the allowed reason %s", (reason) => {
    const refused = applyComplaintEvent(received, { type: "refuse", on: "2025-03-04", reason, explanation: "Explained in writing" });
    expect(refused.refusal?.reason).toBe(reason);
  });

  it("refuses only for allowed reasons, in writing", () => {
    expect(codeOf(() => applyComplaintEvent(received, { type: "refuse", on: "2025-03-04", reason: "too-busy" as never, explanation: "x" }))).toBe(
      "complaints.invalidRefusalReason",
    );
    expect(codeOf(() => applyComplaintEvent(received, { type: "refuse", on: "2025-03-04", reason: "already-considered", explanation: "" }))).toBe(
      "complaints.refusalExplanationRequired",
    );
  });

  it("keeps events in date order and dates valid", () => {
    expect(codeOf(() => applyComplaintEvent(received, { ...ACK1, on: "2025-03-02" } as ComplaintEvent))).toBe("complaints.dateOutOfOrder");
    expect(codeOf(() => applyComplaintEvent(received, { ...ACK1, on: "2025-02-30" } as ComplaintEvent))).toBe("complaints.invalidDate");
    expect(applyComplaintEvent(received, { ...ACK1, on: RECEIVED_ON } as ComplaintEvent).status).toBe("stage1-acknowledged");
  });

  it("gives a stable code and interpolation details", () => {
    try {
      applyComplaintEvent(complaintAt("closed"), { type: "escalate", on: "2025-06-02" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ComplaintRuleError);
      expect((error as ComplaintRuleError).code).toBe("complaints.illegalTransition");
      expect((error as ComplaintRuleError).details).toEqual({ status: "closed", event: "escalate" });
    }
  });
});

describe("complaint life cycle: invariants (property)", () => {
  it("any event sequence either applies or fails with a rule error, and rules always hold", () => {
    const day = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2025, 2, 3 + n)).toISOString().slice(0, 10));
    const handler = fc.constantFrom("alice", "bob", "carol", "");
    const event: fc.Arbitrary<ComplaintEvent> = fc.oneof(
      fc.record({ type: fc.constant("acknowledge" as const), on: day, handlerId: handler, points: fc.constantFrom([], POINTS) }),
      fc.record({ type: fc.constant("assign" as const), on: day, handlerId: handler }),
      fc.record({ type: fc.constant("extend" as const), on: day, workingDays: fc.integer({ min: -2, max: 25 }), reason: fc.constantFrom("", "Survey") }),
      fc.record({
        type: fc.constant("respond" as const),
        on: day,
        decisions: fc.constantFrom((RESP1 as Extract<ComplaintEvent, { type: "respond" }>).decisions, []),
        remedy: fc.record({ compensationPence: fc.integer({ min: -100, max: 100_000 }), apology: fc.boolean(), actions: fc.constant([]) }),
      }),
      fc.record({ type: fc.constant("escalate" as const), on: day }),
      fc.record({ type: fc.constant("close" as const), on: day, causeCategory: fc.constantFrom("", "delay", "unknown-cause"), lessonsLearnt: fc.constantFrom("", "Learn") }),
      fc.record({ type: fc.constant("refuse" as const), on: day, reason: fc.constantFrom(...REFUSAL_REASONS), explanation: fc.constantFrom("", "Why") }),
      fc.record({ type: fc.constant("withdraw" as const), on: day }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 14 }).map((es) => [...es].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))), (events) => {
        let state: ComplaintState = newComplaint({ receivedOn: RECEIVED_ON });
        for (const e of events) {
          try {
            state = applyComplaintEvent(state, e);
          } catch (error) {
            expect(error).toBeInstanceOf(ComplaintRuleError);
          }
          expect(COMPLAINT_STATUSES).toContain(state.status);
          if (state.stage1 && state.stage2) expect(state.stage2.handlerId).not.toBe(state.stage1.handlerId);
          expect(state.stage1?.extension?.workingDays ?? 0).toBeLessThanOrEqual(10);
          expect(state.stage2?.extension?.workingDays ?? 0).toBeLessThanOrEqual(20);
          for (const s of [state.stage1, state.stage2]) {
            if (s) expect(s.points.length).toBeGreaterThan(0);
            if (s?.response) {
              expect(s.response.decisions.map((d) => d.pointId).sort()).toEqual(s.points.map((p) => p.id).sort());
              expect(s.response.remedy.compensationPence).toBeGreaterThanOrEqual(0);
            }
          }
          if (state.status === "closed") expect(state.closure?.lessonsLearnt).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
  });
});
