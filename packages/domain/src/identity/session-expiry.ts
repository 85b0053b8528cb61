// Sliding sessions as in the Lucia guide: a session lives for `lifetime`, and
// any use in the second half of its life pushes the expiry out again, so the
// database is written at most once per half-lifetime per session.
export interface SessionPolicy {
  lifetimeSeconds: number;
}

export const RESIDENT_SESSION: SessionPolicy = { lifetimeSeconds: 30 * 24 * 60 * 60 };
/** Staff consoles hold personal data of many residents: a working day, not a month. */
export const STAFF_SESSION: SessionPolicy = { lifetimeSeconds: 12 * 60 * 60 };

export type SessionCheck =
  | { state: "expired" }
  | { state: "valid"; expiresAt: Date; extended: boolean };

export function checkSessionExpiry(expiresAt: Date, now: Date, policy: SessionPolicy): SessionCheck {
  const remaining = expiresAt.getTime() - now.getTime();
  if (remaining <= 0) return { state: "expired" };
  const lifetime = policy.lifetimeSeconds * 1000;
  if (remaining < lifetime / 2) {
    return { state: "valid", expiresAt: new Date(now.getTime() + lifetime), extended: true };
  }
  return { state: "valid", expiresAt, extended: false };
}

export function newSessionExpiry(now: Date, policy: SessionPolicy): Date {
  return new Date(now.getTime() + policy.lifetimeSeconds * 1000);
}
