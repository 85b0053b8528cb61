import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "@hearth/domain/identity";
import { appRouter } from "../router.js";
import { callerAs, createRoleAccounts, useTestDatabase } from "../testing/index.js";

type Who = Role | "anonymous";
const EVERYONE: Who[] = ["anonymous", ...ROLES];
const SIGNED_IN: Who[] = [...ROLES];
const CONSOLE: Who[] = ["staff", "scrutiny", "election_officer", "admin"];

/**
 * Who may call each procedure. Adding a procedure without a line here, or
 * whose declared roles differ from this line, fails the test: access is
 * decided on purpose, in review, not by accident.
 */
const MATRIX: Record<string, Who[]> = {
  "system.health": EVERYONE,
  "system.landlord": EVERYONE,
  "auth.signIn": EVERYONE,
  "auth.signOut": SIGNED_IN,
  "auth.me": SIGNED_IN,
  "auth.changePassword": SIGNED_IN,
  "claim.verify": EVERYONE,
  "claim.ticket": EVERYONE,
  "claim.complete": EVERYONE,
  "profile.get": ["resident", "scrutiny"],
  "profile.setLanguage": ["resident", "scrutiny"],
  "profile.setFormat": ["resident", "scrutiny"],
  "profile.setContact": ["resident", "scrutiny"],
  "profile.setSupport": ["resident", "scrutiny"],
  "profile.setEquality": ["resident", "scrutiny"],
  "users.list": ["admin"],
  "users.get": ["admin"],
  "users.create": ["admin"],
  "users.setRoles": ["admin"],
  "users.setActive": ["admin"],
  "audit.list": ["admin"],
  "complaints.serviceAreas": ["resident", "scrutiny"],
  "complaints.draft": ["resident", "scrutiny"],
  "complaints.saveStep": ["resident", "scrutiny"],
  "complaints.addAttachment": ["resident", "scrutiny"],
  "complaints.removeAttachment": ["resident", "scrutiny"],
  "complaints.submit": ["resident", "scrutiny"],
  "complaints.mine": ["resident", "scrutiny"],
  "complaints.get": ["resident", "scrutiny"],
  "complaints.escalate": ["resident", "scrutiny"],
  "complaints.attachment": ["resident", "scrutiny"],
  "complaintCases.queue": ["staff"],
  "complaintCases.export": ["staff"],
  "complaintCases.options": ["staff"],
  "complaintCases.get": ["staff"],
  "complaintCases.acknowledge": ["staff"],
  "complaintCases.assign": ["staff"],
  "complaintCases.extend": ["staff"],
  "complaintCases.respond": ["staff"],
  "complaintCases.close": ["staff"],
  "complaintCases.refuse": ["staff"],
  "complaintCases.withdraw": ["staff"],
  "complaintCases.recordContact": ["staff"],
  "complaintCases.completeAction": ["staff"],
  "complaintCases.findResidents": ["staff"],
  "complaintCases.resident": ["staff"],
  "complaintCases.record": ["staff"],
  "complaintCases.attachment": ["staff"],
  "complaintPerformance.report": ["staff", "scrutiny", "admin"],
  "holidays.list": ["staff", "admin"],
  "holidays.add": ["admin"],
  "holidays.remove": ["admin"],
  "messages.list": ["resident", "scrutiny"],
  "messages.get": ["resident", "scrutiny"],
  "messages.unreadCount": ["resident", "scrutiny"],
};

// Every scrutiny panel member is also a resident, so they keep resident access.
const HOLDS: Record<Who, Role[]> = {
  anonymous: [],
  resident: ["resident"],
  staff: ["staff"],
  scrutiny: ["resident", "scrutiny"],
  election_officer: ["election_officer"],
  admin: ["admin"],
};

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { roles?: "public" | readonly Role[] } } }>;

function declaredAccess(path: string): Who[] | null {
  const roles = procedures[path]?._def.meta?.roles;
  if (!roles) return null;
  if (roles === "public") return EVERYONE;
  return EVERYONE.filter((who) => HOLDS[who].some((role) => roles.includes(role)));
}

describe("role matrix", () => {
  const db = useTestDatabase();
  let accounts: Record<Role, string>;
  beforeAll(async () => {
    accounts = await createRoleAccounts(db());
  });

  it("lists every procedure, and only existing ones", () => {
    expect(Object.keys(procedures).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it.each(Object.keys(procedures))("%s declares the roles the matrix expects", (path) => {
    expect(declaredAccess(path), `${path} must declare roles with .meta({ roles })`).toEqual(MATRIX[path]);
  });

  it.each(Object.keys(MATRIX))("%s admits exactly its roles", async (path) => {
    for (const who of EVERYONE) {
      const caller = await callerAs(db(), who === "anonymous" ? null : accounts[who], {
        app: CONSOLE.includes(who) ? "console" : "portal",
      });
      const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input?: unknown) => Promise<unknown>;
      let denied = false;
      try {
        await fn({});
      } catch (error) {
        denied = error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN") && error.message.startsWith("errors.") && !error.cause;
      }
      expect(denied ? "denied" : "admitted", `${who} calling ${path}`).toBe(MATRIX[path]!.includes(who) ? "admitted" : "denied");
    }
  });
});
