import { describe, expect, it } from "vitest";
import { addWorkingDays } from "../calendar/working-days.js";
import type { ComplaintEvent } from "./complaint.js";
import { ComplaintRuleError, type ComplaintRuleCode } from "./complaint-rule-error.js";
import { openDeadline } from "./deadlines.js";
import { applyComplaintEvent } from "./lifecycle.js";
import { complaintAt } from "./test-support.js";

// test-support: the stage 1 response went out on Thu 20 March 2025.
const responded = complaintAt("stage1-responded");
const byPhone = (on: string, recordedOn: string, channel = "phone"): ComplaintEvent =>
  ({ type: "escalate", on, request: { channel, recordedOn } }) as ComplaintEvent;

function codeOf(event: ComplaintEvent): ComplaintRuleCode | undefined {
  try {
    applyComplaintEvent(responded, event);
  } catch (error) {
    expect(error).toBeInstanceOf(ComplaintRuleError);
    return (error as ComplaintRuleError).code;
  }
  return undefined;
}

describe("a stage 2 request recorded by staff", () => {
  it("starts the stage 2 clock on the day the request reached us, not the day it was recorded", () => {
    const next = applyComplaintEvent(responded, byPhone("2025-03-24", "2025-03-27"));
    expect(next).toMatchObject({ status: "escalated", escalatedOn: "2025-03-24", lastEventOn: "2025-03-24" });
    expect(openDeadline(next, { calendar: "england-and-wales" })).toMatchObject({
      step: "stage2-acknowledge",
      dueOn: addWorkingDays("2025-03-24", 5, "england-and-wales"),
    });
  });

  it("may be dated the day of the stage 1 response or today, but not before the response or after today", () => {
    expect(codeOf(byPhone("2025-03-20", "2025-03-20"))).toBeUndefined();
    expect(codeOf(byPhone("2025-03-27", "2025-03-27"))).toBeUndefined();
    expect(codeOf(byPhone("2025-03-19", "2025-03-27"))).toBe("complaints.requestBeforeResponse");
    expect(codeOf(byPhone("2025-03-28", "2025-03-27"))).toBe("complaints.requestInFuture");
    expect(codeOf(byPhone("2025-02-30", "2025-03-27"))).toBe("complaints.invalidDate");
  });

  it("came by a channel staff record for residents, not the portal", () => {
    for (const channel of ["phone", "letter", "email", "in-person"]) expect(codeOf(byPhone("2025-03-24", "2025-03-27", channel))).toBeUndefined();
    expect(codeOf(byPhone("2025-03-24", "2025-03-27", "portal"))).toBe("complaints.requestChannelRequired");
    expect(codeOf(byPhone("2025-03-24", "2025-03-27", "fax"))).toBe("complaints.requestChannelRequired");
  });

  it("is only possible once stage 1 has been answered", () => {
    for (const status of ["stage1-acknowledged", "escalated", "closed"] as const) {
      expect(() => applyComplaintEvent(complaintAt(status), byPhone("2025-06-02", "2025-06-02"))).toThrow(ComplaintRuleError);
    }
  });

  it("leaves the resident's own escalation in the portal as it was", () => {
    expect(applyComplaintEvent(responded, { type: "escalate", on: "2025-03-24" })).toMatchObject({ status: "escalated", escalatedOn: "2025-03-24" });
  });
});

describe("a withdrawal with the resident's reason", () => {
  it("withdraws any open complaint and keeps nothing else", () => {
    const next = applyComplaintEvent(complaintAt("stage1-acknowledged"), { type: "withdraw", on: "2025-03-10", reason: "The repair has now been done." });
    expect(next).toMatchObject({ status: "withdrawn", withdrawnOn: "2025-03-10" });
  });
});
