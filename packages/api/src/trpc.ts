import { initTRPC, TRPCError } from "@trpc/server";
import { CONSOLE_ROLES, type Role } from "@hearth/domain/identity";
import type { Context, SessionUser } from "./context.js";
import { messagesFromError, refuse } from "./errors.js";

/**
 * Every procedure declares who may call it. "public" is anyone, signed in or
 * not; otherwise the caller must hold at least one of the listed roles.
 */
export interface ProcedureMeta {
  roles?: "public" | readonly Role[];
  /** Callable while the account still has an administrator-issued temporary password. */
  allowTemporaryPassword?: boolean;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error }) {
      return { ...shape, data: { ...shape.data, stack: undefined, messages: messagesFromError(error) } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const authorise = t.middleware(({ ctx, meta, next, path }) => {
  const roles = meta?.roles;
  if (!roles) {
    // Fail closed: a procedure nobody declared roles for is callable by nobody.
    throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: `Procedure ${path} declares no roles` });
  }
  if (roles === "public") return next();
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "errors.signInRequired" });
  if (!ctx.user.roles.some((role) => roles.includes(role))) {
    throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
  }
  // A temporary password is a shared secret until changed: nothing else until it is.
  if (ctx.user.mustChangePassword && !meta.allowTemporaryPassword) {
    throw refuse("FORBIDDEN", "errors.passwordChangeRequired");
  }
  return next({ ctx: { ...ctx, user: ctx.user as SessionUser } });
});

/** Anyone. Declared explicitly so the role matrix sees it. */
export const publicProcedure = t.procedure.meta({ roles: "public" }).use(authorise);

/** A signed-in resident acting for themselves; `ctx.residentId` is theirs. */
export const residentProcedure = t.procedure
  .meta({ roles: ["resident"] })
  .use(authorise)
  .use(({ ctx, next }) => {
    const user = ctx.user;
    if (!user?.residentId || !user.landlordId || !user.roles.includes("resident")) {
      throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
    }
    return next({ ctx: { ...ctx, user, residentId: user.residentId, landlordId: user.landlordId } });
  });

/**
 * Console users. Each procedure narrows with `.meta({ roles: [...] })`; the
 * default admits any console role.
 */
export const staffProcedure = t.procedure
  .meta({ roles: CONSOLE_ROLES })
  .use(authorise)
  .use(({ ctx, next }) => {
    const user = ctx.user;
    if (!user || !user.roles.some((role) => CONSOLE_ROLES.includes(role))) {
      throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
    }
    return next({ ctx: { ...ctx, user } });
  });

/** Any signed-in person, resident or staff (sign out, change own password). */
export const signedInProcedure = t.procedure
  .meta({ roles: ["resident", "staff", "scrutiny", "election_officer", "admin"] })
  .use(authorise)
  .use(({ ctx, next }) => {
    if (!ctx.user || !ctx.sessionId) throw new TRPCError({ code: "UNAUTHORIZED", message: "errors.signInRequired" });
    return next({ ctx: { ...ctx, user: ctx.user, sessionId: ctx.sessionId } });
  });
