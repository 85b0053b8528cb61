import { and, asc, eq, gte } from "drizzle-orm";
import type { Executor } from "@hearth/db";
import { schema } from "@hearth/db";
import { decideThrottle, windowStart, SIGN_IN_LIMITS, type ThrottleDecision, type ThrottleLimits } from "@hearth/domain/identity";

const { signInAttempts } = schema;
type AttemptKind = "sign-in" | "claim";

export async function checkThrottle(
  db: Executor,
  kind: AttemptKind,
  accountKey: string,
  address: string,
  now: Date,
  limits: ThrottleLimits = SIGN_IN_LIMITS,
): Promise<ThrottleDecision> {
  const since = windowStart(now, limits);
  const failures = (column: typeof signInAttempts.accountKey | typeof signInAttempts.address, value: string) =>
    db
      .select({ at: signInAttempts.attemptedAt })
      .from(signInAttempts)
      .where(
        and(
          eq(signInAttempts.kind, kind),
          eq(column, value),
          eq(signInAttempts.succeeded, false),
          gte(signInAttempts.attemptedAt, since),
        ),
      )
      .orderBy(asc(signInAttempts.attemptedAt));
  const [account, byAddress] = await Promise.all([failures(signInAttempts.accountKey, accountKey), failures(signInAttempts.address, address)]);
  return decideThrottle({ account: account.map((r) => r.at), address: byAddress.map((r) => r.at) }, now, limits);
}

export async function recordAttempt(
  db: Executor,
  kind: AttemptKind,
  accountKey: string,
  address: string,
  succeeded: boolean,
  now: Date,
): Promise<void> {
  await db.insert(signInAttempts).values({ kind, accountKey, address, succeeded, attemptedAt: now });
}
