import { describe, expect, it } from "vitest";
import { actionPlanEnd, actionsBeyondOneYear } from "./action-plan.js";

const action = (dueOn: string) => ({ action: "Publish repair appointment slots", owner: "Repairs manager", dueOn });

describe("the one-year action plan", () => {
  it("ends on the same date a year after approval", () => {
    expect(actionPlanEnd("2026-11-24")).toBe("2027-11-24");
    expect(actionPlanEnd("2026-12-31")).toBe("2027-12-31");
  });

  it("ends on 28 February after an approval on 29 February", () => {
    expect(actionPlanEnd("2028-02-29")).toBe("2029-02-28");
  });

  it("keeps the last day of the year and refuses the day after", () => {
    const plan = [action("2027-11-24"), action("2027-11-25"), action("2027-01-10"), action("2029-01-01")];
    expect(actionsBeyondOneYear(plan, "2026-11-24").map((a) => a.dueOn)).toEqual(["2027-11-25", "2029-01-01"]);
  });

  it("accepts an empty plan", () => {
    expect(actionsBeyondOneYear([], "2026-11-24")).toEqual([]);
  });
});
