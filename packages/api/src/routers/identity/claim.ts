import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "@hearth/db";
import { normalisePostcode, normaliseTenancyReference, passwordProblem } from "@hearth/domain/identity";
import { writeAudit } from "../../audit.js";
import { hashPassword } from "../../auth/password.js";
import { createSession } from "../../auth/session.js";
import { checkThrottle, recordAttempt } from "../../auth/throttle.js";
import { generateToken, hashToken } from "../../auth/tokens.js";
import { refuse } from "../../errors.js";
import { emailTaken, grantRoles } from "../../repositories/users.js";
import { publicProcedure, router } from "../../trpc.js";
import { emailInput } from "./inputs.js";

const { accountClaims, homes, residentProfiles, residents, tenancies, users } = schema;
const CLAIM_TICKET_MINUTES = 30;

const ticketInput = z.string({ error: "errors.claim.expired" }).min(10, { error: "errors.claim.expired" }).max(64);

async function openTicket(db: Executor, ticket: string, now: Date) {
  const claim = await findClaim(db, ticket, now);
  if (!claim) throw refuse("BAD_REQUEST", "errors.claim.expired");
  return claim;
}

async function findClaim(db: Executor, ticket: string, now: Date) {
  const [row] = await db
    .select({ id: accountClaims.id, residentId: accountClaims.residentId, firstName: residents.firstName, lastName: residents.lastName, landlordId: residents.landlordId })
    .from(accountClaims)
    .innerJoin(residents, eq(residents.id, accountClaims.residentId))
    .where(and(eq(accountClaims.id, hashToken(ticket)), gt(accountClaims.expiresAt, now)));
  return row ?? null;
}

export const claimRouter = router({
  /** Step 1: the resident proves who they are with what is on their tenancy agreement. */
  verify: publicProcedure
    .input(
      z.object({
        tenancyReference: z
          .string({ error: "errors.claim.referenceRequired" })
          .trim()
          .min(1, { error: "errors.claim.referenceRequired" })
          .transform((value, issue) => {
            const reference = normaliseTenancyReference(value);
            if (!reference) issue.addIssue({ code: "custom", message: "errors.claim.referenceInvalid" });
            return reference ?? "";
          }),
        postcode: z
          .string({ error: "errors.postcode.required" })
          .trim()
          .min(1, { error: "errors.postcode.required" })
          .transform((value, issue) => {
            const postcode = normalisePostcode(value);
            if (!postcode) issue.addIssue({ code: "custom", message: "errors.postcode.invalid" });
            return postcode ?? "";
          }),
        lastName: z
          .string({ error: "errors.claim.lastNameRequired" })
          .trim()
          .min(1, { error: "errors.claim.lastNameRequired" })
          .max(120, { error: "errors.name.tooLong" }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const throttle = await checkThrottle(ctx.db, "claim", input.tenancyReference, ctx.address, now);
      if (!throttle.allowed) {
        throw refuse("TOO_MANY_REQUESTS", "errors.signIn.throttled", {
          params: { count: Math.max(1, Math.ceil(throttle.retryAfterSeconds / 60)) },
        });
      }
      const [match] = await ctx.db
        .select({ residentId: residents.id, firstName: residents.firstName, userId: users.id })
        .from(tenancies)
        .innerJoin(homes, eq(homes.id, tenancies.homeId))
        .innerJoin(residents, eq(residents.tenancyId, tenancies.id))
        .leftJoin(users, eq(users.residentId, residents.id))
        .where(
          and(
            eq(tenancies.reference, input.tenancyReference),
            isNull(tenancies.endDate),
            eq(homes.postcode, input.postcode),
            inArray(residents.tenancyRole, ["lead-tenant", "joint-tenant"]),
            sql`lower(${residents.lastName}) = ${input.lastName.toLowerCase()}`,
          ),
        );
      await recordAttempt(ctx.db, "claim", input.tenancyReference, ctx.address, Boolean(match), now);
      // One message for every mismatch, so the form cannot be used to probe which detail was wrong.
      if (!match) throw refuse("BAD_REQUEST", "errors.claim.noMatch", { field: "tenancyReference" });
      if (match.userId) throw refuse("CONFLICT", "errors.claim.alreadyClaimed", { field: "tenancyReference" });

      const ticket = generateToken();
      await ctx.db.insert(accountClaims).values({
        id: hashToken(ticket),
        residentId: match.residentId,
        expiresAt: new Date(now.getTime() + CLAIM_TICKET_MINUTES * 60_000),
      });
      return { ticket, firstName: match.firstName };
    }),

  /** Who a ticket belongs to, so step 2 can greet them; fails once it has expired. */
  ticket: publicProcedure.input(z.object({ ticket: ticketInput })).query(async ({ ctx, input }) => {
    const claim = await openTicket(ctx.db, input.ticket, ctx.now());
    return { firstName: claim.firstName };
  }),

  /** Step 2: choose sign-in details; the account exists only if everything is valid. */
  complete: publicProcedure
    .input(
      z.object({
        ticket: ticketInput,
        email: emailInput,
        password: z.string({ error: "errors.password.required" }).min(1, { error: "errors.password.required" }),
        confirmPassword: z.string({ error: "errors.password.mismatch" }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const claim = await openTicket(ctx.db, input.ticket, now);
      const problem = passwordProblem(input.password, { email: input.email });
      if (problem) throw refuse("BAD_REQUEST", `errors.password.${problem}`, { field: "password" });
      if (input.password !== input.confirmPassword) {
        throw refuse("BAD_REQUEST", "errors.password.mismatch", { field: "confirmPassword" });
      }
      if (await emailTaken(ctx.db, input.email)) throw refuse("CONFLICT", "errors.email.taken", { field: "email" });
      const passwordHash = await hashPassword(input.password);

      return ctx.db.transaction(async (tx) => {
        const [already] = await tx.select({ id: users.id }).from(users).where(eq(users.residentId, claim.residentId));
        if (already) throw refuse("CONFLICT", "errors.claim.alreadyClaimed");
        const [user] = await tx
          .insert(users)
          .values({ email: input.email, name: `${claim.firstName} ${claim.lastName}`, passwordHash, residentId: claim.residentId })
          .returning({ id: users.id });
        if (!user) throw new Error("insert returned no row");
        await grantRoles(tx, user.id, ["resident"], null);
        await tx
          .insert(residentProfiles)
          .values({ residentId: claim.residentId, preferredLanguage: ctx.locale, contactMethods: ["email"], updatedByUserId: user.id })
          .onConflictDoNothing();
        await tx.delete(accountClaims).where(eq(accountClaims.residentId, claim.residentId));
        await writeAudit(tx, { actorUserId: user.id, action: "account.claimed", subjectType: "resident", subjectId: claim.residentId, address: ctx.address }, now);
        const session = await createSession(tx, user.id, "portal", now);
        return { token: session.token, expiresAt: session.expiresAt };
      });
    }),
});
