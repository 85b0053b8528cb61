import { REVIEW_STAGES, type ReviewStage } from "./vocabulary.js";

/**
 * Which parts of a review can still be changed at each stage. Until approval
 * the review group shapes everything; approval settles the findings, so from
 * then on only what happens after approval (progress on actions, the
 * published summary, six-monthly updates, the impact assessment) moves.
 */
export const REVIEW_PARTS = [
  "brief",
  "group",
  "objectives",
  "risks",
  "indicators",
  "evidence",
  "four-cs",
  "market-test",
  "options",
  "action-plan",
  "checklist",
  "action-progress",
  "summary",
  "updates",
  "impact-assessment",
] as const;
export type ReviewPart = (typeof REVIEW_PARTS)[number];

const AFTER_APPROVAL: readonly ReviewPart[] = ["action-progress", "summary", "updates", "impact-assessment"];

const index = (stage: ReviewStage) => REVIEW_STAGES.indexOf(stage);

export function isSettled(stage: ReviewStage): boolean {
  return index(stage) >= index("approved");
}

/** True when `part` of a review at `stage` may still be changed. */
export function reviewPartEditable(stage: ReviewStage, part: ReviewPart): boolean {
  if (stage === "impact_assessed") return false;
  if (AFTER_APPROVAL.includes(part)) {
    // A summary may be drafted while the report is written; it is published only after approval.
    return part === "summary" ? index(stage) >= index("reporting") : isSettled(stage);
  }
  return !isSettled(stage);
}
