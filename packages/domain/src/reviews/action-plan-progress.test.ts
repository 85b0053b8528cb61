import { describe, expect, it } from "vitest";
import { actionPlanProgress, isActionOverdue, latestActionDue } from "./action-plan-progress.js";

describe("the latest due date for an action", () => {
  it("is a year from approval once approved", () => {
    expect(latestActionDue({ approvedOn: "2026-11-24", today: "2027-02-01" })).toBe("2027-11-24");
  });

  it("is a year from today before approval", () => {
    expect(latestActionDue({ approvedOn: null, today: "2026-09-30" })).toBe("2027-09-30");
    expect(latestActionDue({ approvedOn: null, today: "2028-02-29" })).toBe("2029-02-28");
  });
});

describe("action plan progress", () => {
  const plan = [
    { dueOn: "2027-01-31", status: "done" as const },
    { dueOn: "2027-01-31", status: "in_progress" as const },
    { dueOn: "2027-02-01", status: "not_started" as const },
    { dueOn: "2027-03-01", status: "not_started" as const },
  ];

  it("is overdue only when past due and not done", () => {
    expect(isActionOverdue(plan[0]!, "2027-02-01")).toBe(false);
    expect(isActionOverdue(plan[1]!, "2027-02-01")).toBe(true);
    expect(isActionOverdue(plan[2]!, "2027-02-01")).toBe(false);
  });

  it("counts each status and the overdue actions", () => {
    expect(actionPlanProgress(plan, "2027-02-01")).toEqual({ total: 4, done: 1, inProgress: 1, notStarted: 2, overdue: 1 });
    expect(actionPlanProgress([], "2027-02-01")).toEqual({ total: 0, done: 0, inProgress: 0, notStarted: 0, overdue: 0 });
  });
});
