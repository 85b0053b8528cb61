import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  date,
  index,
  inet,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ROLES } from "@hearth/domain/identity";
import { id, stamps } from "./columns.js";

export const roleEnum = pgEnum("role", ROLES);
export const calendarEnum = pgEnum("working_day_calendar", ["england-and-wales", "scotland", "northern-ireland"]);
export const tenureEnum = pgEnum("tenure", ["secure", "assured", "starter", "leasehold", "shared-ownership"]);
export const tenancyRoleEnum = pgEnum("tenancy_role", ["lead-tenant", "joint-tenant", "household-member"]);
export const appEnum = pgEnum("app", ["portal", "console"]);
export const attemptKindEnum = pgEnum("attempt_kind", ["sign-in", "claim"]);

export const landlords = pgTable("landlords", {
  id: id(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  /** Chooses the bank holidays that working-day deadlines skip. */
  calendar: calendarEnum().notNull().default("england-and-wales"),
  ...stamps(),
});

export const neighbourhoods = pgTable(
  "neighbourhoods",
  {
    id: id(),
    landlordId: uuid().notNull().references(() => landlords.id),
    slug: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    ...stamps(),
  },
  (t) => [uniqueIndex().on(t.landlordId, t.slug)],
);

export const homes = pgTable(
  "homes",
  {
    id: id(),
    landlordId: uuid().notNull().references(() => landlords.id),
    neighbourhoodId: uuid().notNull().references(() => neighbourhoods.id),
    /** Unique Property Reference Number, where the landlord holds it. */
    uprn: text().unique(),
    addressLine1: text().notNull(),
    addressLine2: text(),
    town: text().notNull(),
    postcode: text().notNull(),
    bedrooms: integer().notNull(),
    ...stamps(),
  },
  (t) => [index().on(t.neighbourhoodId), index().on(t.postcode)],
);

export const tenancies = pgTable(
  "tenancies",
  {
    id: id(),
    homeId: uuid().notNull().references(() => homes.id),
    reference: text().notNull().unique(),
    tenure: tenureEnum().notNull(),
    startDate: date().notNull(),
    /** Null while the tenancy is current; former tenants keep their history. */
    endDate: date(),
    ...stamps(),
  },
  (t) => [index().on(t.homeId)],
);

export const residents = pgTable(
  "residents",
  {
    id: id(),
    landlordId: uuid().notNull().references(() => landlords.id),
    tenancyId: uuid().notNull().references(() => tenancies.id),
    tenancyRole: tenancyRoleEnum().notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    dateOfBirth: date(),
    ...stamps(),
  },
  (t) => [index().on(t.tenancyId)],
);

export const residentProfiles = pgTable("resident_profiles", {
  residentId: uuid()
    .primaryKey()
    .references(() => residents.id, { onDelete: "cascade" }),
  preferredLanguage: text().notNull().default("en"),
  preferredFormat: text().notNull().default("standard"),
  supportNeeds: text().array().notNull().default(sql`'{}'::text[]`),
  supportNotes: text().notNull().default(""),
  contactMethods: text().array().notNull().default(sql`'{}'::text[]`),
  phone: text(),
  /** Optional equality monitoring answers, keyed by question id; absent = not answered. */
  equality: jsonb().$type<Record<string, string>>().notNull().default({}),
  updatedByUserId: uuid(),
  ...stamps(),
});

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    residentId: uuid()
      .unique()
      .references(() => residents.id),
    active: boolean().notNull().default(true),
    mustChangePassword: boolean().notNull().default(false),
    lastSignedInAt: timestamp({ withTimezone: true }),
    createdByUserId: uuid(),
    updatedByUserId: uuid(),
    ...stamps(),
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)],
);

export const userRoles = pgTable(
  "user_roles",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum().notNull(),
    grantedByUserId: uuid(),
    grantedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the session token, hex: a stolen table cannot be replayed. */
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    app: appEnum().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId), index().on(t.expiresAt)],
);

export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    kind: attemptKindEnum().notNull(),
    /** Lower-cased email, or the tenancy reference for account claims. */
    accountKey: text().notNull(),
    address: inet().notNull(),
    succeeded: boolean().notNull(),
    attemptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.kind, t.accountKey, t.attemptedAt), index().on(t.kind, t.address, t.attemptedAt)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid().references(() => users.id),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    address: inet(),
  },
  (t) => [index().on(t.occurredAt), index().on(t.actorUserId), index().on(t.action)],
);

export const serviceAreas = pgTable(
  "service_areas",
  {
    id: id(),
    landlordId: uuid().notNull().references(() => landlords.id),
    /** Stable key; also the translation key for the area's name. */
    slug: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    active: boolean().notNull().default(true),
    ...stamps(),
  },
  (t) => [uniqueIndex().on(t.landlordId, t.slug)],
);

/**
 * The second step of "claim your account": after a resident proves who they
 * are, a short-lived ticket (only its hash stored) lets them choose sign-in details.
 */
export const accountClaims = pgTable("account_claims", {
  id: text().primaryKey(),
  residentId: uuid()
    .notNull()
    .references(() => residents.id, { onDelete: "cascade" }),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
