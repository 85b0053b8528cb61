import { and, eq, lt } from "drizzle-orm";
import type { Executor } from "@hearth/db";
import { schema } from "@hearth/db";
import {
  checkSessionExpiry,
  newSessionExpiry,
  RESIDENT_SESSION,
  STAFF_SESSION,
  type SessionPolicy,
} from "@hearth/domain/identity";
import type { AppName, SessionUser } from "../context.js";
import { loadSessionUser } from "../repositories/users.js";
import { generateToken, hashToken } from "./tokens.js";

const { sessions } = schema;

export function sessionPolicy(app: AppName): SessionPolicy {
  return app === "console" ? STAFF_SESSION : RESIDENT_SESSION;
}

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

export async function createSession(db: Executor, userId: string, app: AppName, now: Date): Promise<IssuedSession> {
  const token = generateToken();
  const expiresAt = newSessionExpiry(now, sessionPolicy(app));
  await db.insert(sessions).values({ id: hashToken(token), userId, app, expiresAt });
  return { token, expiresAt };
}

export interface ValidatedSession {
  sessionId: string;
  user: SessionUser;
  expiresAt: Date;
  /** True when the expiry moved and the cookie should be re-issued. */
  extended: boolean;
}

/** The Lucia-guide check: unknown, expired, inactive or other-app sessions are no session. */
export async function validateSessionToken(
  db: Executor,
  token: string,
  app: AppName,
  now: Date,
): Promise<ValidatedSession | null> {
  const sessionId = hashToken(token);
  const [row] = await db.select().from(sessions).where(and(eq(sessions.id, sessionId), eq(sessions.app, app)));
  if (!row) return null;
  const check = checkSessionExpiry(row.expiresAt, now, sessionPolicy(app));
  if (check.state === "expired") {
    await db.delete(sessions).where(eq(sessions.id, sessionId));
    return null;
  }
  const user = await loadSessionUser(db, row.userId);
  if (!user) {
    await db.delete(sessions).where(eq(sessions.id, sessionId));
    return null;
  }
  if (check.extended) {
    await db.update(sessions).set({ expiresAt: check.expiresAt }).where(eq(sessions.id, sessionId));
  }
  return { sessionId, user, expiresAt: check.expiresAt, extended: check.extended };
}

export async function invalidateSession(db: Executor, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function invalidateUserSessions(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
