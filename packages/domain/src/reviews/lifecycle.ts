import { actionPlanEnd } from "./action-plan.js";
import { BRIEF_SECTIONS, FINAL_CHECKLIST, FOUR_CS, MARKET_TEST_CRITERIA_COUNT, REVIEW_STAGES, type BriefSection, type FourC, type GroupMemberKind, type ReviewStage } from "./vocabulary.js";

/**
 * The review life cycle (seed 003, section 3): brief agreed → planning →
 * fieldwork → options appraisal → report and action plan → approved →
 * feedback given → impact assessed. A review moves one stage forward at a
 * time, and only when what the stage it leaves must produce is there.
 */

/** Everything the gates and the task list need, counted from the review's tables. */
export interface ReviewFacts {
  /** A lead officer (a staff account) is named on the review. */
  hasLead: boolean;
  sections: Record<BriefSection, { started: boolean; complete: boolean }>;
  group: Record<GroupMemberKind, number>;
  objectives: { count: number; allSmart: boolean };
  risks: number;
  indicators: number;
  /** Entries in the evidence log, and those of them linked from what residents told us (complaints, insights). */
  evidence: { count: number; fromResidents: number };
  /** Per C: answers given, and answers with at least one piece of evidence. */
  fourCs: Record<FourC, { answers: number; withEvidence: number }>;
  marketTestScores: number;
  options: { count: number; recommended: number };
  /** `latestDueOn` is the last due date in the plan (ISO), null when there are no actions. */
  actions: { count: number; latestDueOn: string | null };
  /** Items of FINAL_CHECKLIST ticked. */
  checklist: number;
  summary: { english: boolean; published: boolean };
  updates: number;
  /** When the review was approved (ISO), or null before. */
  approvedOn: string | null;
}

export interface Blocker {
  /** A key in the errors namespace. */
  key: string;
  params?: Record<string, string | number>;
}

export function nextStage(stage: ReviewStage): ReviewStage | null {
  return REVIEW_STAGES[REVIEW_STAGES.indexOf(stage) + 1] ?? null;
}

export function stageIndex(stage: ReviewStage): number {
  return REVIEW_STAGES.indexOf(stage);
}

/** True when an action falls due after the last day of a plan approved on `approvedOn`. */
export function actionPlanTooLong(facts: Pick<ReviewFacts, "actions">, approvedOn: string): boolean {
  return facts.actions.latestDueOn !== null && facts.actions.latestDueOn > actionPlanEnd(approvedOn);
}

const section = (id: BriefSection): Blocker => ({ key: `errors.reviews.stage.sectionIncomplete.${id}` });

/** Sections the report must have before approval: all but the impact assessment, which comes after. */
const REPORT_SECTIONS = BRIEF_SECTIONS.filter((id) => id !== "impact-assessment");

/**
 * What still stops a review at `from` moving to the next stage on `on` (ISO
 * date, the day of the move: approval measures the action plan's year from
 * it). Empty when the move may go ahead.
 */
export function stageBlockers(from: ReviewStage, facts: ReviewFacts, on: string): Blocker[] {
  const blockers: Blocker[] = [];
  const need = (ok: boolean, blocker: Blocker) => {
    if (!ok) blockers.push(blocker);
  };
  switch (from) {
    case "scheduled":
      // The brief is agreed once its main details and context are written and someone leads the review.
      need(facts.sections["main-details"].complete, section("main-details"));
      need(facts.sections.context.complete, section("context"));
      need(facts.hasLead, { key: "errors.reviews.stage.leadRequired" });
      break;
    case "brief_agreed":
      break;
    case "planning":
      need(facts.group.resident > 0, { key: "errors.reviews.stage.residentRequired" });
      need(facts.objectives.count > 0, { key: "errors.reviews.stage.objectiveRequired" });
      need(facts.objectives.count === 0 || facts.objectives.allSmart, { key: "errors.reviews.stage.objectivesNotSmart" });
      need(facts.sections["involvement-plan"].complete, section("involvement-plan"));
      break;
    case "fieldwork":
      for (const c of FOUR_CS) need(facts.fourCs[c].withEvidence > 0, { key: `errors.reviews.stage.fourCNeedsEvidence.${c}` });
      break;
    case "options_appraisal":
      need(facts.marketTestScores >= MARKET_TEST_CRITERIA_COUNT, {
        key: "errors.reviews.stage.marketTestIncomplete",
        params: { count: MARKET_TEST_CRITERIA_COUNT - facts.marketTestScores },
      });
      need(facts.options.count > 0, { key: "errors.reviews.stage.optionRequired" });
      need(facts.options.count === 0 || facts.options.recommended > 0, { key: "errors.reviews.stage.recommendationRequired" });
      break;
    case "reporting":
      for (const id of REPORT_SECTIONS) need(facts.sections[id].complete, section(id));
      need(facts.actions.count > 0, { key: "errors.reviews.stage.actionRequired" });
      need(!actionPlanTooLong(facts, on), { key: "errors.reviews.stage.actionPlanTooLong" });
      need(facts.checklist >= FINAL_CHECKLIST.length, {
        key: "errors.reviews.stage.checklistIncomplete",
        params: { count: FINAL_CHECKLIST.length - facts.checklist },
      });
      break;
    case "approved":
      need(facts.summary.published, { key: "errors.reviews.stage.summaryNotPublished" });
      break;
    case "feedback_given":
      need(facts.sections["impact-assessment"].complete, section("impact-assessment"));
      break;
    case "impact_assessed":
      blockers.push({ key: "errors.reviews.stage.finished" });
      break;
  }
  return blockers;
}

/** Facts for a review with nothing in it yet; tests and new reviews start here. */
export function emptyReviewFacts(): ReviewFacts {
  return {
    hasLead: false,
    sections: Object.fromEntries(BRIEF_SECTIONS.map((id) => [id, { started: false, complete: false }])) as ReviewFacts["sections"],
    group: { staff: 0, resident: 0, partner: 0 },
    objectives: { count: 0, allSmart: true },
    risks: 0,
    indicators: 0,
    evidence: { count: 0, fromResidents: 0 },
    fourCs: Object.fromEntries(FOUR_CS.map((c) => [c, { answers: 0, withEvidence: 0 }])) as ReviewFacts["fourCs"],
    marketTestScores: 0,
    options: { count: 0, recommended: 0 },
    actions: { count: 0, latestDueOn: null },
    checklist: 0,
    summary: { english: false, published: false },
    updates: 0,
    approvedOn: null,
  };
}
