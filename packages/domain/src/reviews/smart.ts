import { parseIsoDate } from "../calendar/iso-date.js";

/**
 * SMART objectives (seed 003, handbook 2.7 and 4.2): each says what will
 * change and how it is measured, who owns it, and by when.
 */
export interface SmartObjective {
  improvementAction: string;
  measure: string;
  owner: string;
  /** ISO date, YYYY-MM-DD. */
  dueOn: string;
}

export type SmartProblem = "improvementAction" | "measure" | "owner" | "dueOn";

function isDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** What an objective still lacks, as the names of the fields to fix; empty when it is SMART. */
export function smartProblems(objective: SmartObjective): SmartProblem[] {
  const problems: SmartProblem[] = [];
  if (!objective.improvementAction.trim()) problems.push("improvementAction");
  if (!objective.measure.trim()) problems.push("measure");
  if (!objective.owner.trim()) problems.push("owner");
  if (!isDate(objective.dueOn)) problems.push("dueOn");
  return problems;
}

export function isSmart(objective: SmartObjective): boolean {
  return smartProblems(objective).length === 0;
}
