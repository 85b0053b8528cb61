// The only grounds on which a landlord may refuse to accept a complaint into
// its procedure (Complaint Handling Code 2024, section 2 "Exclusions"). A
// refusal is given in writing, with the reason and the resident's right to take
// the matter to the Ombudsman.
export const REFUSAL_REASONS = [
  /** The issue arose more than 12 months before it was raised, and there is no good reason for the delay. */
  "older-than-12-months",
  /** Legal proceedings about the issue have started. */
  "legal-proceedings-started",
  /** The matter has already been through the complaints process. */
  "already-considered",
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === "string" && (REFUSAL_REASONS as readonly string[]).includes(value);
}
