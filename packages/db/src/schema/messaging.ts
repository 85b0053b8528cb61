import { bigint, bigserial, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { residents } from "./identity.js";

export const jobStateEnum = pgEnum("job_state", ["queued", "running", "done", "failed"]);
export const deliveryEnum = pgEnum("message_delivery", ["portal", "email"]);

/**
 * A Postgres job queue: jobs are inserted in the same transaction as the
 * change that causes them, so a notification is never lost or sent for a
 * change that rolled back. Workers claim with FOR UPDATE SKIP LOCKED, so any
 * number of app instances can share the queue.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    kind: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    state: jobStateEnum().notNull().default("queued"),
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(5),
    lockedAt: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.state, t.runAt)],
);

/**
 * Every message sent to a resident, in the language they chose, whether it went
 * by email or only to the portal. The portal's "Messages" page reads this.
 */
export const residentMessages = pgTable(
  "resident_messages",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    residentId: uuid()
      .notNull()
      .references(() => residents.id, { onDelete: "cascade" }),
    subject: text().notNull(),
    body: text().notNull(),
    language: text().notNull(),
    /** What it is about, e.g. { type: "complaint", id, reference }, so the portal can link to it. */
    topic: jsonb().$type<{ type: string; id: string; reference?: string }>(),
    delivery: deliveryEnum().notNull(),
    emailedTo: text(),
    /** Idempotency: one message per job, even if a worker retries. */
    jobId: bigint({ mode: "number" }).unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.residentId, t.createdAt)],
);
