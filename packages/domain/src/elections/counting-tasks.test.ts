import { describe, expect, it } from "vitest";
import { countingTasks, type CountingFacts } from "./counting-tasks.js";

const facts = (over: Partial<CountingFacts>): CountingFacts => ({ phase: "voting", paperStarted: false, paperProblems: 0, certifications: 0, ...over });

describe("the officer's steps after voting opens", () => {
  it("waits for voting to open", () => {
    expect(countingTasks(facts({ phase: "ready" }))).toEqual({ paper: "cannotStart", close: "cannotStart", count: "cannotStart", certify: "cannotStart", publish: "cannotStart" });
  });

  it("takes paper while voting is open and closes it", () => {
    expect(countingTasks(facts({}))).toEqual({ paper: "notStarted", close: "notStarted", count: "cannotStart", certify: "cannotStart", publish: "cannotStart" });
    expect(countingTasks(facts({ paperStarted: true, paperProblems: 1 }))).toMatchObject({ paper: "inProgress" });
    expect(countingTasks(facts({ paperStarted: true }))).toMatchObject({ paper: "completed" });
  });

  it("counts only once paper reconciles, then needs two certifications and publishing", () => {
    expect(countingTasks(facts({ phase: "closed", paperStarted: true, paperProblems: 2 }))).toMatchObject({ paper: "inProgress", close: "completed", count: "cannotStart" });
    expect(countingTasks(facts({ phase: "closed" }))).toMatchObject({ count: "notStarted" });
    expect(countingTasks(facts({ phase: "counted" }))).toMatchObject({ paper: "completed", count: "completed", certify: "notStarted", publish: "cannotStart" });
    expect(countingTasks(facts({ phase: "counted", certifications: 1 }))).toMatchObject({ certify: "inProgress" });
    expect(countingTasks(facts({ phase: "certified", certifications: 2 }))).toMatchObject({ certify: "completed", publish: "notStarted" });
    expect(countingTasks(facts({ phase: "published", certifications: 2 }))).toEqual({ paper: "completed", close: "completed", count: "completed", certify: "completed", publish: "completed" });
  });
});
