// Best Value service reviews (seed 003): the programme, Stars of Excellence, the review life cycle and its checks.
export * from "./vocabulary.js";
export { BRIEF_FIELDS, BRIEF_TEXT_MAX, BRIEF_TEXTAREA_MAX, type BriefField, type BriefFieldKind } from "./brief-fields.js";
export { isSmart, smartProblems, type SmartObjective, type SmartProblem } from "./smart.js";
export { actionPlanEnd, actionsBeyondOneYear, type PlannedAction } from "./action-plan.js";
export { REVIEW_PARTS, isSettled, reviewPartEditable, type ReviewPart } from "./parts.js";
