import { describe, expect, it } from "vitest";
import { isSmart, smartProblems } from "./smart.js";

const objective = { improvementAction: "Answer 95% of repair calls within 60 seconds", measure: "Share of calls answered within 60 seconds, from the phone system", owner: "Repairs contact manager", dueOn: "2027-03-31" };

describe("SMART objectives", () => {
  it("accepts an objective with an action, a measure, an owner and a real date", () => {
    expect(smartProblems(objective)).toEqual([]);
    expect(isSmart(objective)).toBe(true);
  });

  it("names every missing part", () => {
    expect(smartProblems({ improvementAction: " ", measure: "", owner: "\t", dueOn: "" })).toEqual(["improvementAction", "measure", "owner", "dueOn"]);
  });

  it.each(["2027-02-29", "31/03/2027", "2027-13-01", "soon"])("refuses %s as a date", (dueOn) => {
    expect(smartProblems({ ...objective, dueOn })).toEqual(["dueOn"]);
  });
});
