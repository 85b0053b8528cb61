import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@hearth/domain/identity";

const { residentMessages, residents, residentProfiles, users, landlords } = schema;

export type ResidentMessageRow = typeof residentMessages.$inferSelect;
export type NewResidentMessage = Omit<typeof residentMessages.$inferInsert, "id" | "createdAt" | "readAt" | "delivery" | "emailedTo"> & { jobId: number };

/** Who a message goes to and how they asked to be reached. */
export interface MessageRecipient {
  name: string;
  landlordName: string;
  language: Locale;
  contactMethods: string[];
  /** The resident's account email; null when they have not set up an account. */
  accountEmail: string | null;
}

export async function messageRecipient(db: Executor, residentId: string): Promise<MessageRecipient | null> {
  const [row] = await db
    .select({
      firstName: residents.firstName,
      lastName: residents.lastName,
      landlordName: landlords.name,
      language: residentProfiles.preferredLanguage,
      contactMethods: residentProfiles.contactMethods,
      accountEmail: users.email,
    })
    .from(residents)
    .innerJoin(landlords, eq(landlords.id, residents.landlordId))
    .leftJoin(residentProfiles, eq(residentProfiles.residentId, residents.id))
    .leftJoin(users, eq(users.residentId, residents.id))
    .where(eq(residents.id, residentId));
  if (!row) return null;
  return {
    name: `${row.firstName} ${row.lastName}`,
    landlordName: row.landlordName,
    language: row.language && isLocale(row.language) ? row.language : DEFAULT_LOCALE,
    contactMethods: row.contactMethods ?? [],
    accountEmail: row.accountEmail,
  };
}

/** The message for a job, written once: a retried job gets back the row its first attempt wrote. */
export async function saveMessageForJob(db: Executor, message: NewResidentMessage): Promise<ResidentMessageRow> {
  const [inserted] = await db.insert(residentMessages).values({ ...message, delivery: "portal" }).onConflictDoNothing({ target: residentMessages.jobId }).returning();
  if (inserted) return inserted;
  const [existing] = await db.select().from(residentMessages).where(eq(residentMessages.jobId, message.jobId));
  return existing!;
}

export async function markMessageEmailed(db: Executor, id: number, emailedTo: string): Promise<void> {
  await db.update(residentMessages).set({ delivery: "email", emailedTo }).where(eq(residentMessages.id, id));
}

export async function residentMessagePage(db: Executor, residentId: string, page: number, size: number) {
  const rows = await db
    .select({ id: residentMessages.id, subject: residentMessages.subject, language: residentMessages.language, createdAt: residentMessages.createdAt, readAt: residentMessages.readAt })
    .from(residentMessages)
    .where(eq(residentMessages.residentId, residentId))
    .orderBy(desc(residentMessages.createdAt), desc(residentMessages.id))
    .limit(size + 1)
    .offset((page - 1) * size);
  return { rows: rows.slice(0, size), hasMore: rows.length > size };
}

/** The resident's own message, marked read the first time it is opened; null for anyone else's. */
export async function openResidentMessage(db: Executor, residentId: string, id: number, now: Date): Promise<ResidentMessageRow | null> {
  const [row] = await db
    .update(residentMessages)
    .set({ readAt: sql`coalesce(${residentMessages.readAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(residentMessages.id, id), eq(residentMessages.residentId, residentId)))
    .returning();
  return row ?? null;
}

export async function unreadMessageCount(db: Executor, residentId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(residentMessages)
    .where(and(eq(residentMessages.residentId, residentId), isNull(residentMessages.readAt)));
  return row?.n ?? 0;
}
