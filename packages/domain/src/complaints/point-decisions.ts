// A response decides each complaint point separately (Complaint Handling Code
// 2024: the decision on each point, with reasons).
export const POINT_DECISIONS = ["upheld", "partly-upheld", "not-upheld"] as const;

export type PointDecision = (typeof POINT_DECISIONS)[number];

export function isPointDecision(value: unknown): value is PointDecision {
  return typeof value === "string" && (POINT_DECISIONS as readonly string[]).includes(value);
}
