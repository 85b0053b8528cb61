import { actionPlanEnd } from "./action-plan.js";
import type { ActionStatus } from "./vocabulary.js";

/**
 * The latest due date an action may have. After approval the plan runs a year
 * from approval; before it, a year from today — approval can only come later,
 * so an action accepted now still fits the approved plan.
 */
export function latestActionDue(options: { approvedOn: string | null; today: string }): string {
  return actionPlanEnd(options.approvedOn ?? options.today);
}

export interface TrackedAction {
  /** ISO date. */
  dueOn: string;
  status: ActionStatus;
}

/** Past its due date and not done. An action due today is not yet overdue. */
export function isActionOverdue(action: TrackedAction, today: string): boolean {
  return action.status !== "done" && action.dueOn < today;
}

export interface ActionPlanProgress {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

export function actionPlanProgress(actions: readonly TrackedAction[], today: string): ActionPlanProgress {
  const count = (status: ActionStatus) => actions.filter((a) => a.status === status).length;
  return {
    total: actions.length,
    done: count("done"),
    inProgress: count("in_progress"),
    notStarted: count("not_started"),
    overdue: actions.filter((a) => isActionOverdue(a, today)).length,
  };
}
