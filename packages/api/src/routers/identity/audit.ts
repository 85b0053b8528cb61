import { and, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@hearth/db";
import { router, staffProcedure } from "../../trpc.js";
import { pageInput } from "./inputs.js";

const { auditLog, users } = schema;
const PAGE_SIZE = 25;

const dateInput = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "errors.date.invalid" })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { error: "errors.date.invalid" })
  .optional()
  .or(z.literal("").transform(() => undefined));

export const auditRouter = router({
  list: staffProcedure
    .meta({ roles: ["admin"] })
    .input(
      z
        .object({
          page: pageInput,
          action: z.string().trim().max(100).default(""),
          actor: z.string().trim().max(254).default(""),
          subjectType: z.string().trim().max(50).default(""),
          from: dateInput,
          to: dateInput,
        })
        .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], error: "errors.date.rangeBackwards" }),
    )
    .query(async ({ ctx, input }) => {
      const filters: SQL[] = [];
      if (input.action) filters.push(eq(auditLog.action, input.action));
      if (input.subjectType) filters.push(eq(auditLog.subjectType, input.subjectType));
      if (input.actor) filters.push(sql`lower(${users.email}) = ${input.actor.toLowerCase()}`);
      if (input.from) filters.push(gte(auditLog.occurredAt, new Date(`${input.from}T00:00:00Z`)));
      if (input.to) filters.push(lt(auditLog.occurredAt, new Date(Date.parse(`${input.to}T00:00:00Z`) + 86_400_000)));
      const where = filters.length ? and(...filters) : undefined;
      const [total] = await ctx.db.select({ n: count() }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorUserId)).where(where);
      const rows = await ctx.db
        .select({
          id: auditLog.id,
          occurredAt: auditLog.occurredAt,
          action: auditLog.action,
          subjectType: auditLog.subjectType,
          subjectId: auditLog.subjectId,
          details: auditLog.details,
          actorName: users.name,
          actorEmail: users.email,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorUserId))
        .where(where)
        .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
        .limit(PAGE_SIZE)
        .offset((input.page - 1) * PAGE_SIZE);
      const actions = await ctx.db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
      return { rows, total: total?.n ?? 0, page: input.page, pageSize: PAGE_SIZE, actions: actions.map((a) => a.action) };
    }),
});
