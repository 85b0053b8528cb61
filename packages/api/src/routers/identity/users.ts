import { and, count, desc, eq, exists, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "@hearth/db";
import { GRANTABLE_ROLES, passwordProblem, type Role } from "@hearth/domain/identity";
import { writeAudit } from "../../audit.js";
import { hashPassword } from "../../auth/password.js";
import { invalidateUserSessions } from "../../auth/session.js";
import { refuse } from "../../errors.js";
import { emailTaken, grantRoles, revokeRoles, rolesOf, userRoleList } from "../../repositories/users.js";
import { router, staffProcedure } from "../../trpc.js";
import { emailInput, nameInput, pageInput, uuidInput } from "./inputs.js";

const { users, userRoles } = schema;
const PAGE_SIZE = 20;
const admin = staffProcedure.meta({ roles: ["admin"] });

const grantable = z
  .array(z.enum(GRANTABLE_ROLES as [Role, ...Role[]], { error: "errors.roles.invalid" }))
  .max(GRANTABLE_ROLES.length)
  .transform((roles) => [...new Set(roles)].sort())
  .refine((roles) => roles.length > 0, { error: "errors.roles.required" });

async function loadUser(db: Executor, id: string) {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, active: users.active, residentId: users.residentId, lastSignedInAt: users.lastSignedInAt, createdAt: users.createdAt, mustChangePassword: users.mustChangePassword, roles: userRoleList })
    .from(users)
    .where(eq(users.id, id));
  if (!user) throw refuse("NOT_FOUND", "errors.notFound");
  return user;
}

export const usersRouter = router({
  list: admin
    .input(
      z.object({
        page: pageInput,
        search: z.string().trim().max(100).default(""),
        role: z.enum(["resident", ...GRANTABLE_ROLES] as [Role, ...Role[]]).optional(),
        status: z.enum(["active", "inactive"]).optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const filters: SQL[] = [];
      if (input.search) {
        const pattern = `%${input.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
        const match = or(ilike(users.email, pattern), ilike(users.name, pattern));
        if (match) filters.push(match);
      }
      if (input.role) {
        filters.push(exists(ctx.db.select({ one: sql`1` }).from(userRoles).where(and(eq(userRoles.userId, users.id), eq(userRoles.role, input.role)))));
      }
      if (input.status) filters.push(eq(users.active, input.status === "active"));
      const where = filters.length ? and(...filters) : undefined;
      const [total] = await ctx.db.select({ n: count() }).from(users).where(where);
      const rows = await ctx.db
        .select({ id: users.id, name: users.name, email: users.email, active: users.active, lastSignedInAt: users.lastSignedInAt, roles: userRoleList })
        .from(users)
        .where(where)
        .orderBy(desc(users.active), users.name, users.id)
        .limit(PAGE_SIZE)
        .offset((input.page - 1) * PAGE_SIZE);
      return { rows, total: total?.n ?? 0, page: input.page, pageSize: PAGE_SIZE };
    }),

  get: admin.input(z.object({ id: uuidInput })).query(({ ctx, input }) => loadUser(ctx.db, input.id)),

  create: admin
    .input(
      z.object({
        name: nameInput,
        email: emailInput,
        roles: grantable,
        temporaryPassword: z.string({ error: "errors.password.required" }).min(1, { error: "errors.password.required" }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const problem = passwordProblem(input.temporaryPassword, { email: input.email });
      if (problem) throw refuse("BAD_REQUEST", `errors.password.${problem}`, { field: "temporaryPassword" });
      if (await emailTaken(ctx.db, input.email)) throw refuse("CONFLICT", "errors.email.taken", { field: "email" });
      const passwordHash = await hashPassword(input.temporaryPassword);
      return ctx.db.transaction(async (tx) => {
        const [user] = await tx
          .insert(users)
          .values({ name: input.name, email: input.email, passwordHash, mustChangePassword: true, createdByUserId: ctx.user.id, updatedByUserId: ctx.user.id })
          .returning({ id: users.id });
        if (!user) throw new Error("insert returned no row");
        await grantRoles(tx, user.id, input.roles, ctx.user.id);
        await writeAudit(tx, { actorUserId: ctx.user.id, action: "user.created", subjectType: "user", subjectId: user.id, details: { email: input.email, roles: input.roles }, address: ctx.address }, now);
        return { id: user.id };
      });
    }),

  setRoles: admin.input(z.object({ id: uuidInput, roles: grantable })).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const user = await loadUser(tx, input.id);
      if (user.id === ctx.user.id && !input.roles.includes("admin")) {
        throw refuse("BAD_REQUEST", "errors.roles.keepOwnAdmin", { field: "roles" });
      }
      const before = user.roles.filter((role) => GRANTABLE_ROLES.includes(role));
      const added = input.roles.filter((role) => !before.includes(role));
      const removed = before.filter((role) => !input.roles.includes(role));
      await grantRoles(tx, user.id, added, ctx.user.id);
      await revokeRoles(tx, user.id, removed);
      await tx.update(users).set({ updatedAt: now, updatedByUserId: ctx.user.id }).where(eq(users.id, user.id));
      // Sessions carry no roles (they are read per request), so a change applies at once.
      await writeAudit(tx, { actorUserId: ctx.user.id, action: "user.roles-changed", subjectType: "user", subjectId: user.id, details: { added, removed }, address: ctx.address }, now);
      return { roles: await rolesOf(tx, user.id) };
    });
  }),

  setActive: admin.input(z.object({ id: uuidInput, active: z.boolean() })).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    if (input.id === ctx.user.id && !input.active) throw refuse("BAD_REQUEST", "errors.users.cannotDeactivateSelf");
    return ctx.db.transaction(async (tx) => {
      const user = await loadUser(tx, input.id);
      if (user.active === input.active) return { active: user.active };
      await tx.update(users).set({ active: input.active, updatedAt: now, updatedByUserId: ctx.user.id }).where(eq(users.id, user.id));
      if (!input.active) await invalidateUserSessions(tx, user.id);
      await writeAudit(tx, { actorUserId: ctx.user.id, action: input.active ? "user.reactivated" : "user.deactivated", subjectType: "user", subjectId: user.id, address: ctx.address }, now);
      return { active: input.active };
    });
  }),
});
