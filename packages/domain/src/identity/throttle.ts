// Sign-in throttling: failures are counted per account and per network address
// inside a sliding window, so guessing one account's password and spraying one
// password across many accounts are both slowed down.
export interface ThrottleLimits {
  windowSeconds: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
}

export const SIGN_IN_LIMITS: ThrottleLimits = {
  windowSeconds: 15 * 60,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
};

export interface RecentFailures {
  /** Times of failed attempts for this account within the window, oldest first. */
  account: Date[];
  /** Times of failed attempts from this address within the window, oldest first. */
  address: Date[];
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

function retryAfter(failures: Date[], max: number, limits: ThrottleLimits, now: Date): number {
  if (failures.length < max) return 0;
  // The attempt that must age out of the window before another is allowed.
  const blocking = failures[failures.length - max];
  if (!blocking) return 0;
  const freeAt = blocking.getTime() + limits.windowSeconds * 1000;
  return Math.max(0, Math.ceil((freeAt - now.getTime()) / 1000));
}

export function decideThrottle(failures: RecentFailures, now: Date, limits: ThrottleLimits = SIGN_IN_LIMITS): ThrottleDecision {
  const wait = Math.max(
    retryAfter(failures.account, limits.maxFailuresPerAccount, limits, now),
    retryAfter(failures.address, limits.maxFailuresPerAddress, limits, now),
  );
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

export function windowStart(now: Date, limits: ThrottleLimits = SIGN_IN_LIMITS): Date {
  return new Date(now.getTime() - limits.windowSeconds * 1000);
}
