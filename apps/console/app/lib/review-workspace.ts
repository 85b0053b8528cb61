// The review workspace's browser-safe helpers: how each task status looks and
// which page fixes each thing that blocks a stage move.
import type { TaskStatus } from "@hearth/domain/reviews";
import type { TaskListStatus } from "@hearth/ui";

/** GOV.UK task list: finished work as plain text, unfinished as tags, what cannot start yet greyed out. */
export const TASK_STATUS_LOOK: Record<TaskStatus, Omit<TaskListStatus, "text">> = {
  completed: {},
  "in-progress": { colour: "light-blue" },
  "not-started": { colour: "blue" },
  "cannot-start-yet": { muted: true },
};

/**
 * The page (relative to the review) where a blocker is put right, from its
 * key in the errors namespace; null for one no page fixes (the last stage).
 */
export function blockerPage(key: string): string | null {
  const name = key.replace(/^errors\.reviews\.stage\./, "");
  const [head, tail] = name.split(".");
  switch (head) {
    case "sectionIncomplete":
      return `sections/${tail}`;
    case "fourCNeedsEvidence":
      return `four-cs/${tail}`;
    case "leadRequired":
    case "residentRequired":
      return "group";
    case "objectiveRequired":
    case "objectivesNotSmart":
      return "objectives";
    case "marketTestIncomplete":
      return "market-test";
    case "optionRequired":
    case "recommendationRequired":
      return "options";
    case "actionRequired":
    case "actionPlanTooLong":
      return "action-plan";
    case "checklistIncomplete":
      return "checklist";
    case "summaryNotPublished":
      return "summary";
    default:
      return null;
  }
}
