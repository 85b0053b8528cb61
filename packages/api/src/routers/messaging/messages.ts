// A resident's messages: only ever their own. Anyone else's is "not found",
// so message ids cannot be probed.
import { z } from "zod";
import { refuse } from "../../errors.js";
import { openResidentMessage, residentMessagePage, unreadMessageCount } from "../../repositories/messaging/resident-messages.js";
import { residentProcedure, router } from "../../trpc.js";
import { pageInput } from "../identity/inputs.js";

const PAGE_SIZE = 20;

const messageId = z.coerce.number({ error: "errors.notFound" }).int({ error: "errors.notFound" }).positive({ error: "errors.notFound" }).max(Number.MAX_SAFE_INTEGER, { error: "errors.notFound" });

export const messagesRouter = router({
  list: residentProcedure.input(z.object({ page: pageInput }).default({ page: 1 })).query(async ({ ctx, input }) => {
    const { rows, hasMore } = await residentMessagePage(ctx.db, ctx.residentId, input.page, PAGE_SIZE);
    return {
      rows: rows.map((r) => ({ id: r.id, subject: r.subject, language: r.language, sentAt: r.createdAt.toISOString(), read: r.readAt !== null })),
      page: input.page,
      hasMore,
    };
  }),

  /** Opening a message marks it read. */
  get: residentProcedure.input(z.object({ id: messageId })).query(async ({ ctx, input }) => {
    const row = await openResidentMessage(ctx.db, ctx.residentId, input.id, ctx.now());
    if (!row) throw refuse("NOT_FOUND", "errors.notFound");
    return {
      id: row.id,
      subject: row.subject,
      body: row.body,
      language: row.language,
      sentAt: row.createdAt.toISOString(),
      emailedTo: row.delivery === "email" ? row.emailedTo : null,
      complaintReference: row.topic?.type === "complaint" ? (row.topic.reference ?? null) : null,
    };
  }),

  unreadCount: residentProcedure.query(({ ctx }) => unreadMessageCount(ctx.db, ctx.residentId)),
});
