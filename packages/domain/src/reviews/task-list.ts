import { actionPlanTooLong, type ReviewFacts } from "./lifecycle.js";
import { reviewPartEditable, type ReviewPart } from "./parts.js";
import { FINAL_CHECKLIST, FOUR_CS, MARKET_TEST_CRITERIA_COUNT, REVIEW_STAGES, type BriefSection, type FourC, type ReviewStage } from "./vocabulary.js";

/**
 * The review workspace as a GOV.UK task list: one group per stretch of the
 * life cycle, each task linking to its page with a status worked out from the
 * review's facts. A task whose part only opens at a later stage (the summary,
 * updates, the impact assessment) "cannot start yet" and is not a link.
 */
export type TaskStatus = "completed" | "in-progress" | "not-started" | "cannot-start-yet";

export const TASK_GROUPS = ["brief", "planning", "fieldwork", "options", "report", "after"] as const;
export type TaskGroupId = (typeof TASK_GROUPS)[number];

export interface ReviewTask {
  /** Translated as `reviews:task.<id>`. */
  id: string;
  /** The page, relative to `/reviews/<reference>/`. */
  href: string;
  status: TaskStatus;
}

export interface ReviewTaskGroup {
  id: TaskGroupId;
  tasks: ReviewTask[];
}

type Progress = Exclude<TaskStatus, "cannot-start-yet">;

const progress = (done: boolean, started: boolean): Progress => (done ? "completed" : started ? "in-progress" : "not-started");

interface TaskDefinition {
  id: string;
  href: string;
  part: ReviewPart;
  status: (facts: ReviewFacts, stage: ReviewStage) => Progress;
}

const section = (id: BriefSection, part: ReviewPart = "brief"): TaskDefinition => ({
  id,
  href: `sections/${id}`,
  part,
  status: (facts) => progress(facts.sections[id].complete, facts.sections[id].started),
});

const fourC = (c: FourC): TaskDefinition => ({
  id: `four-c-${c}`,
  href: `four-cs/${c}`,
  part: "four-cs",
  // Done when every answer given has evidence; the gate needs at least one such answer.
  status: (facts) => {
    const { answers, withEvidence } = facts.fourCs[c];
    return progress(withEvidence > 0 && withEvidence === answers, answers > 0);
  },
});

const at = (stage: ReviewStage, reached: ReviewStage) => REVIEW_STAGES.indexOf(stage) >= REVIEW_STAGES.indexOf(reached);

const DEFINITIONS: Record<TaskGroupId, TaskDefinition[]> = {
  brief: [section("main-details"), section("context")],
  planning: [
    { id: "group", href: "group", part: "group", status: (f) => progress(f.group.resident > 0, f.group.staff + f.group.partner > 0) },
    { id: "objectives", href: "objectives", part: "objectives", status: (f) => progress(f.objectives.count > 0 && f.objectives.allSmart, f.objectives.count > 0) },
    section("involvement-plan"),
    section("resources"),
    section("equality"),
    { id: "risks", href: "risks", part: "risks", status: (f) => progress(f.risks > 0, false) },
    { id: "indicators", href: "indicators", part: "indicators", status: (f) => progress(f.indicators > 0, false) },
  ],
  fieldwork: [
    { id: "evidence", href: "evidence", part: "evidence", status: (f) => progress(f.evidence.count > 0, false) },
    { id: "residents-said", href: "residents-said", part: "evidence", status: (f) => progress(f.evidence.fromResidents > 0, false) },
    ...FOUR_CS.map(fourC),
  ],
  options: [
    {
      id: "market-test",
      href: "market-test",
      part: "market-test",
      status: (f) => progress(f.marketTestScores >= MARKET_TEST_CRITERIA_COUNT, f.marketTestScores > 0),
    },
    { id: "options", href: "options", part: "options", status: (f) => progress(f.options.count > 0 && f.options.recommended > 0, f.options.count > 0) },
  ],
  report: [
    section("implementation"),
    section("service-improvement"),
    {
      id: "action-plan",
      href: "action-plan",
      part: "action-plan",
      // The year runs from approval; before then the stage page's blockers say whether the plan fits.
      status: (f) => progress(f.actions.count > 0 && !(f.approvedOn && actionPlanTooLong(f, f.approvedOn)), f.actions.count > 0),
    },
    { id: "checklist", href: "checklist", part: "checklist", status: (f) => progress(f.checklist >= FINAL_CHECKLIST.length, f.checklist > 0) },
    { id: "cover-report", href: "cover-report", part: "summary", status: (_f, stage) => progress(at(stage, "approved"), at(stage, "reporting")) },
  ],
  after: [
    { id: "summary", href: "summary", part: "summary", status: (f) => progress(f.summary.published, f.summary.english) },
    { id: "updates", href: "updates", part: "updates", status: (f) => progress(f.updates > 0, false) },
    section("impact-assessment", "impact-assessment"),
  ],
};

/** True when `part` is closed now but opens at a later stage. */
function opensLater(stage: ReviewStage, part: ReviewPart): boolean {
  if (reviewPartEditable(stage, part)) return false;
  return REVIEW_STAGES.slice(REVIEW_STAGES.indexOf(stage) + 1).some((later) => reviewPartEditable(later, part));
}

export function reviewTaskList(facts: ReviewFacts, stage: ReviewStage): ReviewTaskGroup[] {
  return TASK_GROUPS.map((group) => ({
    id: group,
    tasks: DEFINITIONS[group].map((task) => {
      const status = task.status(facts, stage);
      return { id: task.id, href: task.href, status: status === "not-started" && opensLater(stage, task.part) ? "cannot-start-yet" : status };
    }),
  }));
}
