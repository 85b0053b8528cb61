// Why a complaint happened, recorded when it is closed so the landlord can
// learn from patterns (Code section 9: learning from complaints). Kept short and
// stable: the annual report and scrutiny panels compare years by these.
export const CAUSE_CATEGORIES = [
  "delay",
  "quality-of-work",
  "communication",
  "missed-appointment",
  "staff-conduct",
  "policy-or-process",
  "contractor",
  "condition-of-home",
  "neighbourhood",
  "other",
] as const;

export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

export function isCauseCategory(value: unknown): value is CauseCategory {
  return typeof value === "string" && (CAUSE_CATEGORIES as readonly string[]).includes(value);
}
