import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@hearth/db";
import { schema } from "@hearth/db";
import type { Role } from "@hearth/domain/identity";
import type { SessionUser } from "../context.js";

const { users, userRoles, residents, residentProfiles } = schema;

/** A user's roles as a sorted array, selectable alongside other user columns in one query. */
export const userRoleList = sql<Role[]>`coalesce(array(select ${userRoles.role}::text from ${userRoles} where ${userRoles.userId} = ${users.id} order by 1), '{}')`;

export async function rolesOf(db: Executor, userId: string): Promise<Role[]> {
  const rows = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  return rows.map((r) => r.role).sort();
}

/** The signed-in person as procedures see them; null when the account is gone or deactivated. */
export async function loadSessionUser(db: Executor, userId: string): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      residentId: users.residentId,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      landlordId: residents.landlordId,
      preferredLanguage: residentProfiles.preferredLanguage,
      roles: userRoleList,
    })
    .from(users)
    .leftJoin(residents, eq(residents.id, users.residentId))
    .leftJoin(residentProfiles, eq(residentProfiles.residentId, users.residentId))
    .where(eq(users.id, userId));
  if (!row || !row.active) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    residentId: row.residentId,
    landlordId: row.landlordId,
    mustChangePassword: row.mustChangePassword,
    preferredLanguage: row.preferredLanguage,
  };
}

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row ?? null;
}

export async function emailTaken(db: Executor, email: string, exceptUserId?: string): Promise<boolean> {
  const found = await findUserByEmail(db, email);
  return Boolean(found && found.id !== exceptUserId);
}

export async function grantRoles(db: Executor, userId: string, roles: readonly Role[], grantedBy: string | null): Promise<void> {
  if (roles.length === 0) return;
  await db
    .insert(userRoles)
    .values(roles.map((role) => ({ userId, role, grantedByUserId: grantedBy })))
    .onConflictDoNothing();
}

export async function revokeRoles(db: Executor, userId: string, roles: readonly Role[]): Promise<void> {
  for (const role of roles) {
    await db.delete(userRoles).where(and(eq(userRoles.userId, userId), eq(userRoles.role, role)));
  }
}
