import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { CAUSE_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_STATUSES, POINT_DECISIONS, REFUSAL_REASONS } from "@hearth/domain/complaints";
import { id, stamps } from "./columns.js";
import { landlords, residents, serviceAreas, users } from "./identity.js";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const complaintStatusEnum = pgEnum("complaint_status", COMPLAINT_STATUSES);
export const complaintChannelEnum = pgEnum("complaint_channel", COMPLAINT_CHANNELS);
export const pointDecisionEnum = pgEnum("point_decision", POINT_DECISIONS);
export const refusalReasonEnum = pgEnum("refusal_reason", REFUSAL_REASONS);
export const causeCategoryEnum = pgEnum("cause_category", CAUSE_CATEGORIES);

/** One-off closures a landlord adds to its working-day calendar (staff-managed data). */
export const landlordHolidays = pgTable(
  "landlord_holidays",
  {
    landlordId: uuid().notNull().references(() => landlords.id),
    on: date().notNull(),
    name: text().notNull(),
    createdByUserId: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.landlordId, t.on] })],
);

/**
 * One counter per year for the whole installation (references are unique
 * across landlords), so references stay short and gap-free under concurrency.
 */
export const complaintSequences = pgTable("complaint_sequences", {
  year: integer().primaryKey(),
  last: integer().notNull().default(0),
});

export const complaints = pgTable(
  "complaints",
  {
    id: id(),
    landlordId: uuid().notNull().references(() => landlords.id),
    reference: text().notNull().unique(),
    residentId: uuid().notNull().references(() => residents.id),
    serviceAreaId: uuid().notNull().references(() => serviceAreas.id),
    channel: complaintChannelEnum().notNull(),
    /** The resident's words, stored as written, with the language they wrote in. */
    whatHappened: text().notNull(),
    putRight: text().notNull(),
    language: text().notNull(),
    contactMethod: text().notNull(),
    contactDetail: text().notNull().default(""),
    status: complaintStatusEnum().notNull().default("received"),
    receivedOn: date().notNull(),
    lastEventOn: date().notNull(),
    escalatedOn: date(),
    closedOn: date(),
    causeCategory: causeCategoryEnum(),
    lessonsLearnt: text(),
    refusedOn: date(),
    refusalReason: refusalReasonEnum(),
    refusalExplanation: text(),
    withdrawnOn: date(),
    /**
     * When the step the landlord owes next is due (null when nothing is owed).
     * Derived by the domain on every change and stored so queues can filter and
     * sort by it in SQL.
     */
    nextDueOn: date(),
    /** Staff member who recorded a phone, letter or in-person complaint. */
    recordedByUserId: uuid().references(() => users.id),
    /** Bumped by every change: two officers acting at once cannot both win. */
    version: integer().notNull().default(1),
    updatedByUserId: uuid().references(() => users.id),
    ...stamps(),
  },
  (t) => [
    index().on(t.residentId),
    index().on(t.landlordId, t.status),
    index().on(t.serviceAreaId),
    index().on(t.receivedOn),
    index().on(t.nextDueOn),
  ],
);

/** A stage (1 or 2) once acknowledged: who handles it, its extension and its response. */
export const complaintStages = pgTable(
  "complaint_stages",
  {
    complaintId: uuid()
      .notNull()
      .references(() => complaints.id, { onDelete: "cascade" }),
    stage: smallint().notNull(),
    acknowledgedOn: date().notNull(),
    handlerUserId: uuid()
      .notNull()
      .references(() => users.id),
    extensionGrantedOn: date(),
    extensionWorkingDays: integer(),
    extensionReason: text(),
    respondedOn: date(),
    /** Who sent the response: stage 2 must come from someone else. */
    respondedByUserId: uuid().references(() => users.id),
    compensationPence: integer(),
    apology: boolean(),
    /** The plain-language letter text that goes with the decisions. */
    responseSummary: text(),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.complaintId, t.stage] }),
    index().on(t.handlerUserId),
    check("complaint_stages_stage_check", sql`${t.stage} in (1, 2)`),
    check("complaint_stages_compensation_check", sql`${t.compensationPence} is null or ${t.compensationPence} >= 0`),
  ],
);

export const complaintPoints = pgTable(
  "complaint_points",
  {
    id: id(),
    complaintId: uuid()
      .notNull()
      .references(() => complaints.id, { onDelete: "cascade" }),
    stage: smallint().notNull(),
    position: smallint().notNull(),
    summary: text().notNull(),
    decision: pointDecisionEnum(),
    reasons: text(),
  },
  (t) => [uniqueIndex().on(t.complaintId, t.stage, t.position)],
);

/** Outstanding actions promised in a response, tracked to done. */
export const complaintActions = pgTable(
  "complaint_actions",
  {
    id: id(),
    complaintId: uuid()
      .notNull()
      .references(() => complaints.id, { onDelete: "cascade" }),
    stage: smallint().notNull(),
    description: text().notNull(),
    ownerUserId: uuid()
      .notNull()
      .references(() => users.id),
    dueOn: date().notNull(),
    doneOn: date(),
    ...stamps(),
  },
  (t) => [index().on(t.complaintId), index().on(t.ownerUserId, t.doneOn)],
);

/**
 * The complaint's story: life-cycle events and recorded contact. Residents see
 * the events marked for them; internal notes stay with staff.
 */
export const complaintEvents = pgTable(
  "complaint_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    complaintId: uuid()
      .notNull()
      .references(() => complaints.id, { onDelete: "cascade" }),
    type: text().notNull(),
    on: date().notNull(),
    actorUserId: uuid().references(() => users.id),
    visibleToResident: boolean().notNull(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.complaintId, t.id)],
);

/**
 * Files a resident adds. Kept in the database (not on a local disk) so any
 * app instance can serve them, and only ever served as a download with the
 * type we sniffed. A null complaint means it belongs to the resident's draft.
 */
export const complaintAttachments = pgTable(
  "complaint_attachments",
  {
    id: id(),
    residentId: uuid()
      .notNull()
      .references(() => residents.id),
    complaintId: uuid().references(() => complaints.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    uploadedByUserId: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.complaintId), index().on(t.residentId, t.complaintId)],
);

/** Answers to the "make a complaint" questions so far: one draft per resident, kept until sent. */
export const complaintDrafts = pgTable("complaint_drafts", {
  residentId: uuid()
    .primaryKey()
    .references(() => residents.id, { onDelete: "cascade" }),
  answers: jsonb().$type<Record<string, string>>().notNull().default({}),
  ...stamps(),
});
