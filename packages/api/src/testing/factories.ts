// Test data made through the real schema and password hashing; never the demo seed.
import { TRPCError } from "@trpc/server";
import pino from "pino";
import { schema, type Database } from "@hearth/db";
import { formatTenancyReference, type Locale, type Role } from "@hearth/domain/identity";
import { hashPassword } from "../auth/password.js";
import { createCaller } from "../caller.js";
import { createSession } from "../auth/session.js";
import type { AppName, Context, SessionUser } from "../context.js";
import { loadSessionUser } from "../repositories/users.js";
import { hashToken } from "../auth/tokens.js";
import { DomainError, messagesFromError } from "../errors.js";

// Random rather than sequential: several test processes share one database server.
const used = new Set<number>();
const next = (): number => {
  let n: number;
  do n = 100_000 + Math.floor(Math.random() * 900_000);
  while (used.has(n));
  used.add(n);
  return n;
};

export const TEST_PASSWORD = "a long test passphrase";
const silent = pino({ level: "silent" });

export async function createLandlord(db: Database) {
  const n = next();
  const [landlord] = await db.insert(schema.landlords).values({ slug: `landlord-${n}`, name: `Test Homes ${n}` }).returning();
  const [neighbourhood] = await db
    .insert(schema.neighbourhoods)
    .values({ landlordId: landlord!.id, slug: `area-${n}`, name: `Area ${n}` })
    .returning();
  return { landlord: landlord!, neighbourhood: neighbourhood! };
}

export interface TenancyOptions {
  postcode?: string;
  lastName?: string;
  firstName?: string;
  ended?: boolean;
  tenancyRole?: "lead-tenant" | "joint-tenant" | "household-member";
}

export async function createTenancy(db: Database, options: TenancyOptions = {}) {
  const { landlord, neighbourhood } = await createLandlord(db);
  const n = next();
  const [home] = await db
    .insert(schema.homes)
    .values({ landlordId: landlord.id, neighbourhoodId: neighbourhood.id, addressLine1: `${n} Test Street`, town: "Cardiff", postcode: options.postcode ?? "CF10 1AA", bedrooms: 2 })
    .returning();
  const [tenancy] = await db
    .insert(schema.tenancies)
    .values({ homeId: home!.id, reference: formatTenancyReference(n), tenure: "assured", startDate: "2020-04-01", endDate: options.ended ? "2024-03-31" : null })
    .returning();
  const [resident] = await db
    .insert(schema.residents)
    .values({ landlordId: landlord.id, tenancyId: tenancy!.id, tenancyRole: options.tenancyRole ?? "lead-tenant", firstName: options.firstName ?? "Nia", lastName: options.lastName ?? `Tester${n}` })
    .returning();
  return { landlord, neighbourhood, home: home!, tenancy: tenancy!, resident: resident! };
}

export async function createUser(db: Database, options: { roles: Role[]; email?: string; name?: string; residentId?: string; password?: string; mustChangePassword?: boolean }) {
  const n = next();
  const [user] = await db
    .insert(schema.users)
    .values({
      email: options.email ?? `user${n}@test.example`,
      name: options.name ?? `User ${n}`,
      passwordHash: await hashPassword(options.password ?? TEST_PASSWORD),
      residentId: options.residentId ?? null,
      mustChangePassword: options.mustChangePassword ?? false,
    })
    .returning();
  if (options.roles.length) await db.insert(schema.userRoles).values(options.roles.map((role) => ({ userId: user!.id, role })));
  return user!;
}

/** A signed-in resident with a claimed account. */
export async function createResidentUser(db: Database, options: TenancyOptions & { extraRoles?: Role[] } = {}) {
  const tenancy = await createTenancy(db, options);
  const user = await createUser(db, { roles: ["resident", ...(options.extraRoles ?? [])], residentId: tenancy.resident.id, name: `${tenancy.resident.firstName} ${tenancy.resident.lastName}` });
  return { ...tenancy, user };
}

export function contextFor(db: Database, options: { app?: AppName; user?: SessionUser | null; sessionId?: string | null; address?: string; locale?: Locale; now?: () => Date } = {}): Context {
  return {
    db,
    app: options.app ?? "portal",
    user: options.user ?? null,
    sessionId: options.sessionId ?? (options.user ? "test-session" : null),
    address: options.address ?? "127.0.0.1",
    locale: options.locale ?? "en",
    log: silent,
    now: options.now ?? (() => new Date()),
  };
}

/** A caller acting as this user, with a real session row behind it. */
export async function callerAs(db: Database, userId: string | null, options: { app?: AppName; address?: string; now?: () => Date } = {}) {
  const app = options.app ?? "portal";
  if (!userId) return createCaller(contextFor(db, { app, address: options.address, now: options.now }));
  const session = await createSession(db, userId, app, new Date());
  const user = await loadSessionUser(db, userId);
  return createCaller(contextFor(db, { app, user, sessionId: hashToken(session.token), address: options.address, now: options.now }));
}

/** One account per role, for authorisation tests. */
export async function createRoleAccounts(db: Database) {
  const resident = await createResidentUser(db);
  const accounts: Record<Role, string> = {
    resident: resident.user.id,
    staff: (await createUser(db, { roles: ["staff"] })).id,
    scrutiny: (await createResidentUser(db, { extraRoles: ["scrutiny"] })).user.id,
    election_officer: (await createUser(db, { roles: ["election_officer"] })).id,
    admin: (await createUser(db, { roles: ["admin"] })).id,
  };
  return accounts;
}

/** A real session token for a user, as sign-in would issue; e2e tests put it in the browser's cookie. */
export async function issueSessionToken(db: Database, userId: string, app: AppName): Promise<string> {
  return (await createSession(db, userId, app, new Date())).token;
}

/**
 * Runs a call expected to be refused and returns why: the translation key of
 * a rule's refusal, or the tRPC code (e.g. BAD_REQUEST for bad input).
 */
export async function refusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError && error.cause instanceof DomainError) return error.cause.key;
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
  throw new Error("expected the call to be refused");
}

/** The field messages a refused call would show on its form (input errors and rule refusals alike). */
export async function problems(call: Promise<unknown>): Promise<{ field?: string; key: string }[]> {
  try {
    await call;
  } catch (error) {
    const messages = messagesFromError(error);
    if (messages) return messages.map(({ field, key }) => (field === undefined ? { key } : { field, key }));
    throw error;
  }
  throw new Error("expected the call to be refused");
}
