import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { validateSessionToken } from "../../auth/session.js";
import { TEST_PASSWORD, callerAs, createResidentUser, createUser, refusal, useTestDatabase } from "../../testing/index.js";

describe("sign in", () => {
  const db = useTestDatabase();

  it("issues a session whose token only the person holds", async () => {
    const { user } = await createResidentUser(db());
    const anonymous = await callerAs(db(), null);
    const session = await anonymous.auth.signIn({ email: user.email.toUpperCase(), password: TEST_PASSWORD });
    const stored = await db().select().from(schema.sessions).where(eq(schema.sessions.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.id).not.toBe(session.token);
    expect(stored[0]!.id).toMatch(/^[0-9a-f]{64}$/);
    const valid = await validateSessionToken(db(), session.token, "portal", new Date());
    expect(valid?.user.id).toBe(user.id);
    expect(await validateSessionToken(db(), session.token, "console", new Date())).toBeNull();
  });

  it("gives one message for unknown email and wrong password", async () => {
    const { user } = await createResidentUser(db());
    const anonymous = await callerAs(db(), null, { address: "10.0.0.1" });
    expect(await refusal(anonymous.auth.signIn({ email: user.email, password: "not the password" }))).toBe("errors.signIn.invalid");
    expect(await refusal(anonymous.auth.signIn({ email: "nobody@test.example", password: "whatever it is" }))).toBe("errors.signIn.invalid");
  });

  it("rejects bad input before touching the database", async () => {
    const anonymous = await callerAs(db(), null);
    const error = await anonymous.auth.signIn({ email: "not-an-email", password: "" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });

  it("throttles an account after five failures, even with the right password", async () => {
    const { user } = await createResidentUser(db());
    const anonymous = await callerAs(db(), null, { address: "10.0.0.2" });
    for (let i = 0; i < 5; i++) {
      expect(await refusal(anonymous.auth.signIn({ email: user.email, password: `wrong ${i} password` }))).toBe("errors.signIn.invalid");
    }
    const fromElsewhere = await callerAs(db(), null, { address: "10.0.0.3" });
    expect(await refusal(fromElsewhere.auth.signIn({ email: user.email, password: TEST_PASSWORD }))).toBe("errors.signIn.throttled");
    // A quarter of an hour later the window has passed.
    const later = await callerAs(db(), null, { address: "10.0.0.3", now: () => new Date(Date.now() + 16 * 60_000) });
    await expect(later.auth.signIn({ email: user.email, password: TEST_PASSWORD })).resolves.toHaveProperty("token");
  });

  it("throttles an address spraying many accounts", async () => {
    const address = "10.0.0.4";
    const anonymous = await callerAs(db(), null, { address });
    for (let i = 0; i < 20; i++) {
      await refusal(anonymous.auth.signIn({ email: `spray${i}@test.example`, password: "Summer2026!" }));
    }
    const { user } = await createResidentUser(db());
    expect(await refusal(anonymous.auth.signIn({ email: user.email, password: TEST_PASSWORD }))).toBe("errors.signIn.throttled");
  });

  it("keeps residents out of the console and staff out of the portal", async () => {
    const { user: resident } = await createResidentUser(db());
    const staff = await createUser(db(), { roles: ["staff"] });
    const consoleCaller = await callerAs(db(), null, { app: "console", address: "10.0.0.5" });
    const portalCaller = await callerAs(db(), null, { app: "portal", address: "10.0.0.5" });
    expect(await refusal(consoleCaller.auth.signIn({ email: resident.email, password: TEST_PASSWORD }))).toBe("errors.signIn.notStaff");
    expect(await refusal(portalCaller.auth.signIn({ email: staff.email, password: TEST_PASSWORD }))).toBe("errors.signIn.notResident");
    await expect(consoleCaller.auth.signIn({ email: staff.email, password: TEST_PASSWORD })).resolves.toHaveProperty("token");
  });

  it("refuses deactivated accounts", async () => {
    const staff = await createUser(db(), { roles: ["staff"] });
    await db().update(schema.users).set({ active: false }).where(eq(schema.users.id, staff.id));
    const caller = await callerAs(db(), null, { app: "console", address: "10.0.0.6" });
    expect(await refusal(caller.auth.signIn({ email: staff.email, password: TEST_PASSWORD }))).toBe("errors.signIn.invalid");
  });

  it("records console sign-ins in the audit log", async () => {
    const staff = await createUser(db(), { roles: ["staff"] });
    const caller = await callerAs(db(), null, { app: "console", address: "10.0.0.7" });
    await caller.auth.signIn({ email: staff.email, password: TEST_PASSWORD });
    const rows = await db().select().from(schema.auditLog).where(eq(schema.auditLog.actorUserId, staff.id));
    expect(rows.map((r) => r.action)).toEqual(["session.signed-in"]);
  });
});

describe("sessions", () => {
  const db = useTestDatabase();

  it("slides the expiry only in the second half of its life, and expires", async () => {
    const { user } = await createResidentUser(db());
    const session = await (await callerAs(db(), null)).auth.signIn({ email: user.email, password: TEST_PASSWORD });
    const soon = await validateSessionToken(db(), session.token, "portal", new Date(Date.now() + 60_000));
    expect(soon?.extended).toBe(false);
    const late = await validateSessionToken(db(), session.token, "portal", new Date(Date.now() + 20 * 86_400_000));
    expect(late?.extended).toBe(true);
    expect(late!.expiresAt.getTime()).toBeGreaterThan(session.expiresAt.getTime());
    const gone = await validateSessionToken(db(), session.token, "portal", new Date(Date.now() + 80 * 86_400_000));
    expect(gone).toBeNull();
    expect(await db().select().from(schema.sessions).where(eq(schema.sessions.userId, user.id))).toHaveLength(0);
  });

  it("signs out by deleting the session", async () => {
    const { user } = await createResidentUser(db());
    const caller = await callerAs(db(), user.id);
    await caller.auth.signOut();
    expect(await db().select().from(schema.sessions).where(eq(schema.sessions.userId, user.id))).toHaveLength(0);
  });

  it("changes a password, signs out other devices and checks the rules", async () => {
    const { user } = await createResidentUser(db());
    await callerAs(db(), user.id); // another device
    const caller = await callerAs(db(), user.id);
    expect(await refusal(caller.auth.changePassword({ currentPassword: "wrong password!", newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" }))).toBe("errors.password.currentWrong");
    expect(await refusal(caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "short", confirmPassword: "short" }))).toBe("errors.password.too-short");
    expect(await refusal(caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase", confirmPassword: "a different one" }))).toBe("errors.password.mismatch");
    const fresh = await caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" });
    const left = await db().select().from(schema.sessions).where(eq(schema.sessions.userId, user.id));
    expect(left).toHaveLength(1);
    expect(await validateSessionToken(db(), fresh.token, "portal", new Date())).not.toBeNull();
  });
});
