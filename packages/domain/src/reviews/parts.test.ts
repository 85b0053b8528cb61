import { describe, expect, it } from "vitest";
import { REVIEW_PARTS, isSettled, reviewPartEditable } from "./parts.js";
import { REVIEW_STAGES } from "./vocabulary.js";

describe("what can change at each stage", () => {
  it("lets the group shape the findings until approval, and not after", () => {
    for (const stage of REVIEW_STAGES) {
      expect(reviewPartEditable(stage, "objectives")).toBe(!isSettled(stage) && true);
      expect(reviewPartEditable(stage, "market-test")).toBe(!["approved", "feedback_given", "impact_assessed"].includes(stage));
    }
  });

  it("opens progress, updates and the impact assessment only once approved", () => {
    expect(reviewPartEditable("reporting", "updates")).toBe(false);
    expect(reviewPartEditable("approved", "updates")).toBe(true);
    expect(reviewPartEditable("feedback_given", "impact-assessment")).toBe(true);
    expect(reviewPartEditable("approved", "action-progress")).toBe(true);
    expect(reviewPartEditable("fieldwork", "action-progress")).toBe(false);
  });

  it("lets the summary be drafted from the report stage", () => {
    expect(reviewPartEditable("options_appraisal", "summary")).toBe(false);
    expect(reviewPartEditable("reporting", "summary")).toBe(true);
    expect(reviewPartEditable("feedback_given", "summary")).toBe(true);
  });

  it("freezes everything once the impact is assessed", () => {
    for (const part of REVIEW_PARTS) expect(reviewPartEditable("impact_assessed", part)).toBe(false);
  });
});
