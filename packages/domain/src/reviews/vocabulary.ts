/**
 * The shared words of a Best Value service review (seed 003). Every layer
 * uses these ids: the schema's enums, the API's zod inputs, translation keys
 * (`reviews:stage.<id>` and so on) and the console's URLs.
 */

/** The review life cycle, in order. A review is on the programme from `scheduled`. */
export const REVIEW_STAGES = [
  "scheduled",
  "brief_agreed",
  "planning",
  "fieldwork",
  "options_appraisal",
  "reporting",
  "approved",
  "feedback_given",
  "impact_assessed",
] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

/** Stages in which the review's findings are settled and may be read by scrutiny panel members. */
export const SETTLED_STAGES: readonly ReviewStage[] = ["approved", "feedback_given", "impact_assessed"];

/** The ten Stars of Excellence criteria (seed 003, appendix 1), grouped as the Excellence Model groups them. */
export const STARS_CRITERIA = [
  "leadership",
  "people",
  "policy-and-strategy",
  "partnerships-and-resources",
  "processes",
  "people-results",
  "customer-results",
  "social-results",
  "key-performance-results",
  "innovation-and-learning",
] as const;
export type StarsCriterion = (typeof STARS_CRITERIA)[number];
export const STARS_GROUPS = { enablers: STARS_CRITERIA.slice(0, 5), results: STARS_CRITERIA.slice(5, 9), feedback: STARS_CRITERIA.slice(9) } as const;
export const STARS_MIN = 0;
export const STARS_MAX = 3;

/**
 * The cover report's free-field sections (seed 003, appendix 4), each kept as
 * one set of fields. SMART objectives, risks and indicators are lists and
 * have their own tables; the four Cs are question banks.
 */
export const BRIEF_SECTIONS = [
  "main-details",
  "context",
  "resources",
  "equality",
  "implementation",
  "service-improvement",
  "involvement-plan",
  "impact-assessment",
] as const;
export type BriefSection = (typeof BRIEF_SECTIONS)[number];

/** Challenge, compare, consult, compete. */
export const FOUR_CS = ["challenge", "compare", "consult", "compete"] as const;
export type FourC = (typeof FOUR_CS)[number];

/** Impact, likelihood and residual risk are rated High / Medium / Low. */
export const RISK_LEVELS = ["high", "medium", "low"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** What an evidence-log entry is. `complaint` and `insight` come from the golden-thread panel. */
export const EVIDENCE_KINDS = ["note", "file", "link", "meeting", "complaint", "insight"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Who sits on a review group. At least one resident must. */
export const GROUP_MEMBER_KINDS = ["staff", "resident", "partner"] as const;
export type GroupMemberKind = (typeof GROUP_MEMBER_KINDS)[number];

export const ACTION_STATUSES = ["not_started", "in_progress", "done"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The handbook's final checklist (seed 003, section 7), one id per question. */
export const FINAL_CHECKLIST = [
  "objectives-addressed",
  "standards-met",
  "costs-established",
  "indicators-reviewed",
  "success-measures",
  "report-includes-costs",
  "report-includes-good-practice",
  "report-shows-involvement",
  "changes-evidenced",
  "involvement-impact-assessed",
  "competition-challenged",
] as const;
export type ChecklistItem = (typeof FINAL_CHECKLIST)[number];

/** Market-test appraisal (seed 003, appendix 5): criteria 1–21, each scored 1 (least suitable) to 6 (most suitable). */
export const MARKET_TEST_CRITERIA_COUNT = 21;
export const MARKET_TEST_MIN_SCORE = 1;
export const MARKET_TEST_MAX_SCORE = 6;
export const MARKET_TEST_DECISIONS = ["market-test-all", "market-test-elements", "reconfigure", "retain-in-house", "status-quo"] as const;
export type MarketTestDecision = (typeof MARKET_TEST_DECISIONS)[number];
