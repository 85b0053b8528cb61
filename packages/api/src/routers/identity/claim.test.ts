import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { callerAs, createResidentUser, createTenancy, refusal, useTestDatabase } from "../../testing/index.js";

describe("claim your account", () => {
  const db = useTestDatabase();

  it("lets a tenant prove who they are, then choose sign-in details", async () => {
    const { tenancy, resident } = await createTenancy(db(), { postcode: "CF24 3AA", lastName: "Pryce" });
    const caller = await callerAs(db(), null, { address: "10.1.0.1" });
    const verified = await caller.claim.verify({ tenancyReference: tenancy.reference.toLowerCase().replace("-", ""), postcode: "cf243aa", lastName: "pryce" });
    expect(verified.firstName).toBe(resident.firstName);
    await expect(caller.claim.ticket({ ticket: verified.ticket })).resolves.toEqual({ firstName: resident.firstName });
    const session = await caller.claim.complete({ ticket: verified.ticket, email: "nia.pryce@test.example", password: "valley hills and rain", confirmPassword: "valley hills and rain" });
    expect(session.token).toBeTruthy();
    const [user] = await db().select().from(schema.users).where(eq(schema.users.residentId, resident.id));
    expect(user?.email).toBe("nia.pryce@test.example");
    const roles = await db().select().from(schema.userRoles).where(eq(schema.userRoles.userId, user!.id));
    expect(roles.map((r) => r.role)).toEqual(["resident"]);
    const audit = await db().select().from(schema.auditLog).where(eq(schema.auditLog.subjectId, resident.id));
    expect(audit.map((a) => a.action)).toEqual(["account.claimed"]);
    // The ticket is spent.
    expect(await refusal(caller.claim.ticket({ ticket: verified.ticket }))).toBe("errors.claim.expired");
  });

  it("gives one message whichever detail is wrong", async () => {
    const { tenancy, resident } = await createTenancy(db(), { postcode: "CF24 3AB" });
    const caller = await callerAs(db(), null, { address: "10.1.0.2" });
    const wrongPostcode = refusal(caller.claim.verify({ tenancyReference: tenancy.reference, postcode: "CF24 3AC", lastName: resident.lastName }));
    const wrongName = refusal(caller.claim.verify({ tenancyReference: tenancy.reference, postcode: "CF24 3AB", lastName: "Someone" }));
    expect(await wrongPostcode).toBe("errors.claim.noMatch");
    expect(await wrongName).toBe("errors.claim.noMatch");
  });

  it("keeps former tenants and household members out", async () => {
    const former = await createTenancy(db(), { ended: true });
    const member = await createTenancy(db(), { tenancyRole: "household-member" });
    const caller = await callerAs(db(), null, { address: "10.1.0.3" });
    for (const t of [former, member]) {
      expect(await refusal(caller.claim.verify({ tenancyReference: t.tenancy.reference, postcode: t.home.postcode, lastName: t.resident.lastName }))).toBe("errors.claim.noMatch");
    }
  });

  it("refuses an account that is already claimed", async () => {
    const { tenancy, resident, home } = await createResidentUser(db());
    const caller = await callerAs(db(), null, { address: "10.1.0.4" });
    expect(await refusal(caller.claim.verify({ tenancyReference: tenancy.reference, postcode: home.postcode, lastName: resident.lastName }))).toBe("errors.claim.alreadyClaimed");
  });

  it("validates sign-in details and writes nothing when they are bad", async () => {
    const { tenancy, resident, home } = await createTenancy(db());
    const taken = await createResidentUser(db());
    const caller = await callerAs(db(), null, { address: "10.1.0.5" });
    const { ticket } = await caller.claim.verify({ tenancyReference: tenancy.reference, postcode: home.postcode, lastName: resident.lastName });
    expect(await refusal(caller.claim.complete({ ticket, email: "new@test.example", password: "short", confirmPassword: "short" }))).toBe("errors.password.too-short");
    expect(await refusal(caller.claim.complete({ ticket, email: "new@test.example", password: "a long enough phrase", confirmPassword: "not the same phrase" }))).toBe("errors.password.mismatch");
    expect(await refusal(caller.claim.complete({ ticket, email: taken.user.email, password: "a long enough phrase", confirmPassword: "a long enough phrase" }))).toBe("errors.email.taken");
    expect(await refusal(caller.claim.complete({ ticket, email: "not an email", password: "a long enough phrase", confirmPassword: "a long enough phrase" }))).toBe("BAD_REQUEST");
    expect(await db().select().from(schema.users).where(eq(schema.users.residentId, resident.id))).toHaveLength(0);
  });

  it("rejects malformed references and postcodes with field messages", async () => {
    const caller = await callerAs(db(), null, { address: "10.1.0.6" });
    const error = await caller.claim.verify({ tenancyReference: "12", postcode: "nowhere", lastName: "" }).catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });

  it("throttles guessing tenancy references from one address", async () => {
    const caller = await callerAs(db(), null, { address: "10.1.0.7" });
    for (let i = 0; i < 20; i++) {
      await refusal(caller.claim.verify({ tenancyReference: `TEN-9${String(i).padStart(5, "0")}`, postcode: "CF10 1AA", lastName: "Guess" }));
    }
    const { tenancy, resident, home } = await createTenancy(db());
    expect(await refusal(caller.claim.verify({ tenancyReference: tenancy.reference, postcode: home.postcode, lastName: resident.lastName }))).toBe("errors.signIn.throttled");
  });
});
