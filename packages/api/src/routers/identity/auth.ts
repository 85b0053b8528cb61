import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@hearth/db";
import { canUseConsole, passwordProblem } from "@hearth/domain/identity";
import { writeAudit } from "../../audit.js";
import { refuse } from "../../errors.js";
import { burnPasswordCheck, hashPassword, verifyPassword } from "../../auth/password.js";
import { createSession, invalidateSession, invalidateUserSessions } from "../../auth/session.js";
import { checkThrottle, recordAttempt } from "../../auth/throttle.js";
import { findUserByEmail, rolesOf } from "../../repositories/users.js";
import { publicProcedure, router, signedInProcedure } from "../../trpc.js";
import { passwordInput, emailInput } from "./inputs.js";

const { users } = schema;

function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

export const authRouter = router({
  signIn: publicProcedure
    .input(z.object({ email: emailInput, password: passwordInput }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const throttle = await checkThrottle(ctx.db, "sign-in", input.email, ctx.address, now);
      if (!throttle.allowed) {
        throw refuse("TOO_MANY_REQUESTS", "errors.signIn.throttled", {
          params: { count: minutesToWait(throttle.retryAfterSeconds) },
        });
      }
      const user = await findUserByEmail(ctx.db, input.email);
      if (!user) await burnPasswordCheck(input.password);
      const passwordOk = user ? await verifyPassword(user.passwordHash, input.password) : false;
      const ok = Boolean(user && user.active && passwordOk);
      await recordAttempt(ctx.db, "sign-in", input.email, ctx.address, ok, now);
      if (!user || !ok) throw refuse("BAD_REQUEST", "errors.signIn.invalid", { field: "email" });

      const roles = await rolesOf(ctx.db, user.id);
      const allowed = ctx.app === "console" ? canUseConsole(roles) : roles.includes("resident") && user.residentId !== null;
      if (!allowed) {
        throw refuse("FORBIDDEN", ctx.app === "console" ? "errors.signIn.notStaff" : "errors.signIn.notResident");
      }

      return ctx.db.transaction(async (tx) => {
        const session = await createSession(tx, user.id, ctx.app, now);
        await tx.update(users).set({ lastSignedInAt: now }).where(eq(users.id, user.id));
        if (ctx.app === "console") {
          await writeAudit(tx, { actorUserId: user.id, action: "session.signed-in", subjectType: "user", subjectId: user.id, address: ctx.address }, now);
        }
        return { token: session.token, expiresAt: session.expiresAt, mustChangePassword: user.mustChangePassword };
      });
    }),

  signOut: signedInProcedure.meta({ allowTemporaryPassword: true }).mutation(async ({ ctx }) => {
    await invalidateSession(ctx.db, ctx.sessionId);
    return { signedOut: true };
  }),

  me: signedInProcedure.meta({ allowTemporaryPassword: true }).query(({ ctx }) => ctx.user),

  changePassword: signedInProcedure
    .meta({ allowTemporaryPassword: true })
    .input(
      z.object({
        currentPassword: passwordInput,
        newPassword: z.string({ error: "errors.password.required" }).min(1, { error: "errors.password.required" }),
        confirmPassword: z.string(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.user.id));
      if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw refuse("BAD_REQUEST", "errors.password.currentWrong", { field: "currentPassword" });
      }
      const problem = passwordProblem(input.newPassword, { email: user.email });
      if (problem) throw refuse("BAD_REQUEST", `errors.password.${problem}`, { field: "newPassword" });
      if (input.newPassword !== input.confirmPassword) {
        throw refuse("BAD_REQUEST", "errors.password.mismatch", { field: "confirmPassword" });
      }
      const passwordHash = await hashPassword(input.newPassword);
      // Every device signed in with the old password is signed out; this one
      // gets a fresh session so the person carries on where they were.
      return ctx.db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash, mustChangePassword: false, updatedAt: now, updatedByUserId: user.id })
          .where(eq(users.id, user.id));
        await invalidateUserSessions(tx, user.id);
        const session = await createSession(tx, user.id, ctx.app, now);
        await writeAudit(tx, { actorUserId: user.id, action: "user.password-changed", subjectType: "user", subjectId: user.id, address: ctx.address }, now);
        return { token: session.token, expiresAt: session.expiresAt };
      });
    }),
});
