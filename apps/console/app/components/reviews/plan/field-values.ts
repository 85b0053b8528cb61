/** What a plan form's fields show: what was just typed (after a refusal), else what is stored, else nothing. */
export function fieldValues(echoed: (name: string) => string | undefined, stored: object = {}) {
  const row = stored as Record<string, unknown>;
  return (name: string): string => {
    const typed = echoed(name);
    if (typed !== undefined) return typed;
    const value = row[name];
    return typeof value === "string" || typeof value === "number" ? String(value) : "";
  };
}

export type FieldValue = ReturnType<typeof fieldValues>;
export type FieldError = (name: string) => string | undefined;
