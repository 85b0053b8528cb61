import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { TEST_PASSWORD, callerAs, createUser, refusal, useTestDatabase } from "../../testing/index.js";

describe("staff account administration", () => {
  const db = useTestDatabase();

  it("creates a staff account who must change the password, and audits it", async () => {
    const admin = await createUser(db(), { roles: ["admin"] });
    const caller = await callerAs(db(), admin.id, { app: "console" });
    const { id } = await caller.users.create({ name: "Rhys Evans", email: "Rhys.Evans@Test.example", roles: ["staff", "election_officer"], temporaryPassword: "temporary passphrase" });
    const created = await caller.users.get({ id });
    expect(created).toMatchObject({ email: "rhys.evans@test.example", roles: ["election_officer", "staff"], mustChangePassword: true, active: true });
    const signIn = await (await callerAs(db(), null, { app: "console", address: "10.2.0.1" })).auth.signIn({ email: "rhys.evans@test.example", password: "temporary passphrase" });
    expect(signIn.mustChangePassword).toBe(true);
    // Until the temporary password is changed, only changing it (or signing out) works.
    const second = await caller.users.create({ name: "Second Admin", email: "second.admin@test.example", roles: ["admin"], temporaryPassword: "temporary passphrase" });
    const newcomer = await callerAs(db(), second.id, { app: "console" });
    expect(await refusal(newcomer.users.list({ page: 1 }))).toBe("errors.passwordChangeRequired");
    await newcomer.auth.changePassword({ currentPassword: "temporary passphrase", newPassword: "my own long passphrase", confirmPassword: "my own long passphrase" });
    const changed = await callerAs(db(), second.id, { app: "console" });
    await expect(changed.users.list({ page: 1 })).resolves.toHaveProperty("rows");
    const audit = await db().select().from(schema.auditLog).where(eq(schema.auditLog.subjectId, id));
    expect(audit.map((a) => a.action)).toContain("user.created");
  });

  it("refuses duplicate emails, weak passwords and no roles, writing nothing", async () => {
    const admin = await createUser(db(), { roles: ["admin"] });
    const caller = await callerAs(db(), admin.id, { app: "console" });
    expect(await refusal(caller.users.create({ name: "Dup", email: admin.email, roles: ["staff"], temporaryPassword: "temporary passphrase" }))).toBe("errors.email.taken");
    expect(await refusal(caller.users.create({ name: "Weak", email: "weak@test.example", roles: ["staff"], temporaryPassword: "password123" }))).toBe("errors.password.too-common");
    expect(await refusal(caller.users.create({ name: "None", email: "none@test.example", roles: [], temporaryPassword: "temporary passphrase" }))).toBe("BAD_REQUEST");
    expect(await refusal(caller.users.create({ name: "Res", email: "res@test.example", roles: ["resident" as never], temporaryPassword: "temporary passphrase" }))).toBe("BAD_REQUEST");
    const rows = await db().select().from(schema.users).where(eq(schema.users.email, "weak@test.example"));
    expect(rows).toHaveLength(0);
  });

  it("changes roles with an audit trail, and an admin cannot drop their own admin role", async () => {
    const admin = await createUser(db(), { roles: ["admin"] });
    const staff = await createUser(db(), { roles: ["staff"] });
    const caller = await callerAs(db(), admin.id, { app: "console" });
    await expect(caller.users.setRoles({ id: staff.id, roles: ["scrutiny", "staff"] })).resolves.toEqual({ roles: ["scrutiny", "staff"] });
    await caller.users.setRoles({ id: staff.id, roles: ["scrutiny"] });
    const audit = await db().select().from(schema.auditLog).where(eq(schema.auditLog.subjectId, staff.id));
    expect(audit.map((a) => a.details)).toEqual([{ added: ["scrutiny"], removed: [] }, { added: [], removed: ["staff"] }]);
    expect(await refusal(caller.users.setRoles({ id: admin.id, roles: ["staff"] }))).toBe("errors.roles.keepOwnAdmin");
  });

  it("deactivates an account and ends its sessions at once", async () => {
    const admin = await createUser(db(), { roles: ["admin"] });
    const staff = await createUser(db(), { roles: ["staff"] });
    await callerAs(db(), staff.id, { app: "console" });
    const caller = await callerAs(db(), admin.id, { app: "console" });
    await caller.users.setActive({ id: staff.id, active: false });
    expect(await db().select().from(schema.sessions).where(eq(schema.sessions.userId, staff.id))).toHaveLength(0);
    expect(await refusal((await callerAs(db(), null, { app: "console", address: "10.2.0.2" })).auth.signIn({ email: staff.email, password: TEST_PASSWORD }))).toBe("errors.signIn.invalid");
    expect(await refusal(caller.users.setActive({ id: admin.id, active: false }))).toBe("errors.users.cannotDeactivateSelf");
    await caller.users.setActive({ id: staff.id, active: true });
    const list = await caller.users.list({ search: staff.email, page: 1 });
    expect(list.rows.map((r) => r.active)).toEqual([true]);
  });

  it("filters the user list by role, status and text", async () => {
    const admin = await createUser(db(), { roles: ["admin"] });
    await createUser(db(), { roles: ["election_officer"], name: "Officer Findable" });
    const caller = await callerAs(db(), admin.id, { app: "console" });
    const officers = await caller.users.list({ role: "election_officer", page: 1 });
    expect(officers.rows.every((r) => r.roles.includes("election_officer"))).toBe(true);
    const found = await caller.users.list({ search: "findable", page: 1 });
    expect(found.rows.map((r) => r.name)).toEqual(["Officer Findable"]);
  });
});

describe("audit log", () => {
  const db = useTestDatabase();

  it("filters by action, actor and dates, newest first", async () => {
    const admin = await createUser(db(), { roles: ["admin"] });
    const caller = await callerAs(db(), admin.id, { app: "console" });
    const { id } = await caller.users.create({ name: "Audited", email: "audited@test.example", roles: ["staff"], temporaryPassword: "temporary passphrase" });
    await caller.users.setActive({ id, active: false });
    const all = await caller.audit.list({ page: 1, actor: admin.email });
    expect(all.rows.map((r) => r.action)).toEqual(["user.deactivated", "user.created"]);
    const created = await caller.audit.list({ page: 1, action: "user.created" });
    expect(created.rows.every((r) => r.action === "user.created")).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect((await caller.audit.list({ page: 1, from: today, to: today, actor: admin.email })).total).toBe(2);
    expect((await caller.audit.list({ page: 1, from: "2001-01-01", to: "2001-01-02" })).total).toBe(0);
    expect(await refusal(caller.audit.list({ page: 1, from: "2026-02-01", to: "2026-01-01" }))).toBe("BAD_REQUEST");
  });

  it("cannot be changed or deleted, even by the database owner", async () => {
    const admin = await createUser(db(), { roles: ["admin"] });
    await (await callerAs(db(), admin.id, { app: "console" })).users.create({ name: "X", email: "x@test.example", roles: ["staff"], temporaryPassword: "temporary passphrase" });
    const appendOnly = { cause: { message: expect.stringMatching(/append-only/) } };
    await expect(db().update(schema.auditLog).set({ action: "tampered" })).rejects.toMatchObject(appendOnly);
    await expect(db().delete(schema.auditLog)).rejects.toMatchObject(appendOnly);
  });
});
