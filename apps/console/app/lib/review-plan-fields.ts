// The fields each plan form posts, named as the API names them (so messages
// land on the right field without renaming).
export const OBJECTIVE_FIELDS = ["assessmentDetails", "improvementAction", "measure", "owner", "dueOn", "evidenceSummary", "residentBenefit"] as const;
export const TASK_FIELDS = ["task", "owner", "startOn", "endOn"] as const;
export const RISK_TEXT_FIELDS = ["summary", "category", "nature", "effect", "controlMeasures", "contingency", "indicators"] as const;
export const RISK_FIELDS = [...RISK_TEXT_FIELDS, "impact", "likelihood", "residualRisk"] as const;
export const INDICATOR_FIELDS = ["name", "current", "target", "isNew", "source"] as const;
export const OPTION_FIELDS = ["title", "description", "cost", "benefits", "recommended"] as const;
export const ACTION_FIELDS = ["action", "owner", "dueOn"] as const;
export const PROGRESS_FIELDS = ["status", "completedOn"] as const;
export const UPDATE_FIELDS = ["on", "progress", "changes", "reason"] as const;

/** Just these fields of a posted form, typed by name. */
export function pickFields<K extends string>(values: Record<string, string>, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, values[name] ?? ""])) as Record<K, string>;
}
