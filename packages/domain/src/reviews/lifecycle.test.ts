import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyReviewFacts, nextStage, stageBlockers, type ReviewFacts } from "./lifecycle.js";
import { BRIEF_SECTIONS, FINAL_CHECKLIST, FOUR_CS, REVIEW_STAGES } from "./vocabulary.js";

const keys = (facts: ReviewFacts, from: Parameters<typeof stageBlockers>[0], on = "2026-11-24") => stageBlockers(from, facts, on).map((b) => b.key);

/** A review with everything every gate asks for. */
function readyFacts(): ReviewFacts {
  const facts = emptyReviewFacts();
  facts.hasLead = true;
  for (const id of BRIEF_SECTIONS) facts.sections[id] = { started: true, complete: true };
  facts.group = { staff: 2, resident: 1, partner: 0 };
  facts.objectives = { count: 1, allSmart: true };
  for (const c of FOUR_CS) facts.fourCs[c] = { answers: 2, withEvidence: 1 };
  facts.marketTestScores = 21;
  facts.options = { count: 2, recommended: 1 };
  facts.actions = { count: 3, latestDueOn: "2027-11-24" };
  facts.checklist = FINAL_CHECKLIST.length;
  facts.summary = { english: true, published: true };
  return facts;
}

describe("the order of stages", () => {
  it("moves one stage forward and stops at the end", () => {
    expect(nextStage("scheduled")).toBe("brief_agreed");
    expect(nextStage("reporting")).toBe("approved");
    expect(nextStage("impact_assessed")).toBeNull();
    REVIEW_STAGES.slice(0, -1).forEach((stage, i) => expect(nextStage(stage)).toBe(REVIEW_STAGES[i + 1]));
  });

  it("lets a review with everything in place through every gate but the last", () => {
    const facts = readyFacts();
    for (const stage of REVIEW_STAGES.slice(0, -1)) expect(keys(facts, stage), stage).toEqual([]);
    expect(keys(facts, "impact_assessed")).toEqual(["errors.reviews.stage.finished"]);
  });
});

describe("the gates", () => {
  it("agrees the brief once main details, context and a lead are there", () => {
    expect(keys(emptyReviewFacts(), "scheduled")).toEqual([
      "errors.reviews.stage.sectionIncomplete.main-details",
      "errors.reviews.stage.sectionIncomplete.context",
      "errors.reviews.stage.leadRequired",
    ]);
  });

  it("leaves planning with a resident in the group, SMART objectives and an involvement plan", () => {
    const facts = readyFacts();
    facts.group.resident = 0;
    facts.objectives = { count: 2, allSmart: false };
    facts.sections["involvement-plan"].complete = false;
    expect(keys(facts, "planning")).toEqual([
      "errors.reviews.stage.residentRequired",
      "errors.reviews.stage.objectivesNotSmart",
      "errors.reviews.stage.sectionIncomplete.involvement-plan",
    ]);
    facts.objectives = { count: 0, allSmart: true };
    expect(keys(facts, "planning")).toContain("errors.reviews.stage.objectiveRequired");
  });

  it("leaves fieldwork only when every C has an answer backed by evidence", () => {
    const facts = readyFacts();
    facts.fourCs.compare = { answers: 4, withEvidence: 0 };
    facts.fourCs.compete = { answers: 0, withEvidence: 0 };
    expect(keys(facts, "fieldwork")).toEqual(["errors.reviews.stage.fourCNeedsEvidence.compare", "errors.reviews.stage.fourCNeedsEvidence.compete"]);
  });

  it("leaves the options appraisal with all 21 scores and a recommended option", () => {
    const facts = readyFacts();
    facts.marketTestScores = 20;
    facts.options = { count: 2, recommended: 0 };
    const blockers = stageBlockers("options_appraisal", facts, "2026-11-24");
    expect(blockers).toEqual([
      { key: "errors.reviews.stage.marketTestIncomplete", params: { count: 1 } },
      { key: "errors.reviews.stage.recommendationRequired" },
    ]);
    facts.options = { count: 0, recommended: 0 };
    expect(keys(facts, "options_appraisal")).toContain("errors.reviews.stage.optionRequired");
  });

  it("approves with the report written, an action plan within a year and the checklist complete", () => {
    const facts = readyFacts();
    facts.sections.resources.complete = false;
    facts.sections["impact-assessment"].complete = false;
    facts.actions = { count: 2, latestDueOn: "2027-12-24" };
    facts.checklist = FINAL_CHECKLIST.length - 2;
    expect(stageBlockers("reporting", facts, "2026-11-24")).toEqual([
      { key: "errors.reviews.stage.sectionIncomplete.resources" },
      { key: "errors.reviews.stage.actionPlanTooLong" },
      { key: "errors.reviews.stage.checklistIncomplete", params: { count: 2 } },
    ]);
    facts.actions = { count: 0, latestDueOn: null };
    expect(keys(facts, "reporting")).toContain("errors.reviews.stage.actionRequired");
  });

  it("measures the action plan's year from the day of approval", () => {
    const facts = readyFacts();
    facts.actions = { count: 1, latestDueOn: "2027-11-24" };
    expect(keys(facts, "reporting", "2026-11-24")).toEqual([]);
    expect(keys(facts, "reporting", "2026-11-23")).toEqual(["errors.reviews.stage.actionPlanTooLong"]);
  });

  it("gives feedback once the summary is published, and assesses impact once that section is done", () => {
    const facts = readyFacts();
    facts.summary = { english: true, published: false };
    facts.sections["impact-assessment"].complete = false;
    expect(keys(facts, "approved")).toEqual(["errors.reviews.stage.summaryNotPublished"]);
    expect(keys(facts, "feedback_given")).toEqual(["errors.reviews.stage.sectionIncomplete.impact-assessment"]);
  });

  it("never blocks a move for something a later stage asks for", () => {
    // Whatever is missing, the move out of brief_agreed is free, and a stage's blockers only name its own gate.
    fc.assert(
      fc.property(fc.boolean(), fc.nat(3), fc.nat(21), (lead, residents, scores) => {
        const facts = emptyReviewFacts();
        facts.hasLead = lead;
        facts.group.resident = residents;
        facts.marketTestScores = scores;
        expect(keys(facts, "brief_agreed")).toEqual([]);
        expect(keys(facts, "fieldwork").every((key) => key.startsWith("errors.reviews.stage.fourCNeedsEvidence."))).toBe(true);
      }),
    );
  });
});
