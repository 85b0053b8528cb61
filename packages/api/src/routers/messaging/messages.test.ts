import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { schema, type Database } from "@hearth/db";
import { callerAs, createResidentUser, refusal, useTestDatabase } from "../../testing/index.js";

async function addMessages(db: Database, residentId: string, n: number, topic?: { type: string; id: string; reference?: string }) {
  const base = Date.UTC(2025, 4, 1, 9);
  return db
    .insert(schema.residentMessages)
    .values(
      Array.from({ length: n }, (_, i) => ({
        residentId,
        subject: `Message ${i + 1}`,
        body: `First paragraph.\n\nSecond paragraph of ${i + 1}.`,
        language: "en",
        delivery: "portal" as const,
        topic: topic ?? null,
        createdAt: new Date(base + i * 3_600_000),
      })),
    )
    .returning();
}

describe("resident messages", () => {
  const db = useTestDatabase();

  it("lists only the resident's own messages, newest first, a page at a time", async () => {
    const me = await createResidentUser(db());
    const someoneElse = await createResidentUser(db());
    await addMessages(db(), me.resident.id, 22);
    await addMessages(db(), someoneElse.resident.id, 3);
    const caller = await callerAs(db(), me.user.id);

    const first = await caller.messages.list();
    expect(first.rows).toHaveLength(20);
    expect(first.hasMore).toBe(true);
    expect(first.rows[0]).toMatchObject({ subject: "Message 22", read: false, sentAt: "2025-05-02T06:00:00.000Z" });
    const second = await caller.messages.list({ page: 2 });
    expect(second.rows.map((r) => r.subject)).toEqual(["Message 2", "Message 1"]);
    expect(second.hasMore).toBe(false);
  });

  it("opens a message, marks it read once, and links to its complaint", async () => {
    const me = await createResidentUser(db());
    const [message] = await addMessages(db(), me.resident.id, 1, { type: "complaint", id: crypto.randomUUID(), reference: "CMP-2025-00007" });
    let now = new Date("2025-06-01T10:00:00Z");
    const caller = await callerAs(db(), me.user.id, { now: () => now });
    expect(await caller.messages.unreadCount()).toBe(1);

    const opened = await caller.messages.get({ id: message!.id });
    expect(opened).toMatchObject({ subject: "Message 1", body: "First paragraph.\n\nSecond paragraph of 1.", complaintReference: "CMP-2025-00007", emailedTo: null });
    expect(await caller.messages.unreadCount()).toBe(0);
    expect((await caller.messages.list()).rows[0]!.read).toBe(true);

    now = new Date("2025-06-02T10:00:00Z");
    await caller.messages.get({ id: message!.id });
    const [row] = await db().select({ readAt: schema.residentMessages.readAt }).from(schema.residentMessages).where(eq(schema.residentMessages.id, message!.id));
    expect(row!.readAt).toEqual(new Date("2025-06-01T10:00:00Z"));
  });

  it("treats another resident's message as not found, and leaves it unread", async () => {
    const me = await createResidentUser(db());
    const someoneElse = await createResidentUser(db());
    const [theirs] = await addMessages(db(), someoneElse.resident.id, 1);
    const caller = await callerAs(db(), me.user.id);
    expect(await refusal(caller.messages.get({ id: theirs!.id }))).toBe("errors.notFound");
    expect(await refusal(caller.messages.get({ id: "not-a-number" as never }))).toBe("BAD_REQUEST");
    expect(await (await callerAs(db(), someoneElse.user.id)).messages.unreadCount()).toBe(1);
  });
});
