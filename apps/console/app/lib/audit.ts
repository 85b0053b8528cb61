/** Where an audit action's label lives in console.json: dots would nest keys, so they become underscores. */
export function actionLabelKey(action: string): string {
  return `audit.actions.${action.replace(/\./g, "_")}`;
}

/** One detail value as short text: lists joined, nested objects as compact JSON. */
export function detailText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(detailText).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
