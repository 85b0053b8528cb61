import { describe, expect, it } from "vitest";
import { emptyReviewFacts, type ReviewFacts } from "./lifecycle.js";
import { reviewTaskList, type TaskStatus } from "./task-list.js";
import { BRIEF_SECTIONS, FINAL_CHECKLIST } from "./vocabulary.js";

const statuses = (facts: ReviewFacts, stage: Parameters<typeof reviewTaskList>[1]) =>
  Object.fromEntries(reviewTaskList(facts, stage).flatMap((group) => group.tasks.map((task) => [task.id, task.status]))) as Record<string, TaskStatus>;

describe("the workspace task list", () => {
  it("lists every page of a review once, in the order of the life cycle", () => {
    const groups = reviewTaskList(emptyReviewFacts(), "scheduled");
    expect(groups.map((g) => g.id)).toEqual(["brief", "planning", "fieldwork", "options", "report", "after"]);
    const hrefs = groups.flatMap((g) => g.tasks.map((t) => t.href));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        ...BRIEF_SECTIONS.map((id) => `sections/${id}`),
        "group",
        "objectives",
        "risks",
        "indicators",
        "evidence",
        "residents-said",
        "four-cs/challenge",
        "four-cs/compare",
        "four-cs/consult",
        "four-cs/compete",
        "market-test",
        "options",
        "action-plan",
        "checklist",
        "cover-report",
        "summary",
        "updates",
      ]),
    );
    expect(hrefs).toHaveLength(BRIEF_SECTIONS.length + 17);
  });

  it("starts with nothing done and the after-approval work closed", () => {
    const s = statuses(emptyReviewFacts(), "scheduled");
    expect(s["main-details"]).toBe("not-started");
    expect(s.group).toBe("not-started");
    expect(s.summary).toBe("cannot-start-yet");
    expect(s.updates).toBe("cannot-start-yet");
    expect(s["impact-assessment"]).toBe("cannot-start-yet");
    expect(s["cover-report"]).toBe("cannot-start-yet");
  });

  it("follows the work as it is done", () => {
    const facts = emptyReviewFacts();
    facts.sections["main-details"] = { started: true, complete: false };
    facts.sections.context = { started: true, complete: true };
    facts.group = { staff: 2, resident: 0, partner: 1 };
    facts.objectives = { count: 2, allSmart: false };
    facts.fourCs.consult = { answers: 3, withEvidence: 2 };
    facts.fourCs.compete = { answers: 1, withEvidence: 1 };
    facts.marketTestScores = 21;
    facts.options = { count: 2, recommended: 0 };
    facts.checklist = FINAL_CHECKLIST.length;
    const s = statuses(facts, "fieldwork");
    expect(s).toMatchObject({
      "main-details": "in-progress",
      context: "completed",
      group: "in-progress",
      objectives: "in-progress",
      "four-c-challenge": "not-started",
      "four-c-consult": "in-progress",
      "four-c-compete": "completed",
      "market-test": "completed",
      options: "in-progress",
      checklist: "completed",
    });
    facts.group.resident = 1;
    facts.objectives.allSmart = true;
    expect(statuses(facts, "fieldwork")).toMatchObject({ group: "completed", objectives: "completed" });
  });

  it("opens the summary at the report stage and the rest after approval", () => {
    const facts = emptyReviewFacts();
    expect(statuses(facts, "reporting")).toMatchObject({ summary: "not-started", "cover-report": "in-progress", updates: "cannot-start-yet" });
    expect(statuses(facts, "approved")).toMatchObject({ "cover-report": "completed", updates: "not-started", "impact-assessment": "not-started" });
  });

  it("marks an action plan past its year once approved", () => {
    const facts = emptyReviewFacts();
    facts.actions = { count: 2, latestDueOn: "2027-12-01" };
    facts.approvedOn = "2026-11-24";
    expect(statuses(facts, "approved")["action-plan"]).toBe("in-progress");
    facts.actions.latestDueOn = "2027-11-24";
    expect(statuses(facts, "approved")["action-plan"]).toBe("completed");
  });

  it("shows what was done and nothing as startable once the review is finished", () => {
    const { "cover-report": report, ...rest } = statuses(emptyReviewFacts(), "impact_assessed");
    expect(report).toBe("completed");
    expect(Object.values(rest).every((status) => status === "not-started")).toBe(true);
  });
});
