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
  "complaints.withdraw": ["resident", "scrutiny"],
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
  "complaintCases.recordStage2Request": ["staff"],
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
  "reviewPublication.summary": ["staff", "scrutiny", "admin"],
  "reviewPublication.saveSummary": ["staff"],
  "reviewPublication.removeTranslation": ["staff"],
  "reviewPublication.setEnglishOnly": ["staff"],
  "reviewPublication.publish": ["staff"],
  "reviewPublication.coverReport": ["staff", "scrutiny", "admin"],
  "publishedReviews.list": EVERYONE,
  "publishedReviews.get": EVERYONE,
  "reviews.header": ["staff", "scrutiny", "admin"],
  "reviews.workspace": ["staff", "scrutiny", "admin"],
  "reviews.section": ["staff", "scrutiny", "admin"],
  "reviews.saveSection": ["staff"],
  "reviews.group": ["staff", "scrutiny", "admin"],
  "reviews.addMember": ["staff"],
  "reviews.removeMember": ["staff"],
  "reviews.setLead": ["staff"],
  "reviews.checklist": ["staff", "scrutiny", "admin"],
  "reviews.setChecklist": ["staff"],
  "reviews.advance": ["staff"],
  "reviewEvidence.list": ["staff", "scrutiny", "admin"],
  "reviewEvidence.file": ["staff", "scrutiny", "admin"],
  "reviewEvidence.addNote": ["staff"],
  "reviewEvidence.addLink": ["staff"],
  "reviewEvidence.addMeeting": ["staff"],
  "reviewEvidence.addFile": ["staff"],
  "reviewEvidence.remove": ["staff"],
  "reviewEvidence.residentsSaid": ["staff", "scrutiny", "admin"],
  "reviewEvidence.linkComplaint": ["staff"],
  "reviewEvidence.linkInsight": ["staff"],
  "fourCs.bank": ["staff", "scrutiny", "admin"],
  "fourCs.saveAnswer": ["staff"],
  "fourCs.removeAnswer": ["staff"],
  "fourCs.progress": ["staff", "scrutiny", "admin"],
  "reviewPlan.objectives": ["staff", "scrutiny", "admin"],
  "reviewPlan.addObjective": ["staff"],
  "reviewPlan.updateObjective": ["staff"],
  "reviewPlan.removeObjective": ["staff"],
  "reviewPlan.addTask": ["staff"],
  "reviewPlan.updateTask": ["staff"],
  "reviewPlan.removeTask": ["staff"],
  "reviewPlan.risks": ["staff", "scrutiny", "admin"],
  "reviewPlan.addRisk": ["staff"],
  "reviewPlan.updateRisk": ["staff"],
  "reviewPlan.removeRisk": ["staff"],
  "reviewPlan.indicators": ["staff", "scrutiny", "admin"],
  "reviewPlan.addIndicator": ["staff"],
  "reviewPlan.removeIndicator": ["staff"],
  "reviewPlan.options": ["staff", "scrutiny", "admin"],
  "reviewPlan.addOption": ["staff"],
  "reviewPlan.updateOption": ["staff"],
  "reviewPlan.removeOption": ["staff"],
  "reviewPlan.actions": ["staff", "scrutiny", "admin"],
  "reviewPlan.addAction": ["staff"],
  "reviewPlan.updateAction": ["staff"],
  "reviewPlan.removeAction": ["staff"],
  "reviewPlan.setActionProgress": ["staff"],
  "reviewPlan.updates": ["staff", "scrutiny", "admin"],
  "reviewPlan.addUpdate": ["staff"],
  "reviewProgramme.view": ["staff", "scrutiny", "admin"],
  "reviewProgramme.scheduleOptions": ["staff"],
  "reviewProgramme.schedule": ["staff"],
  "reviewProgramme.reschedule": ["staff"],
  "reviewProgramme.changes": ["staff", "scrutiny", "admin"],
  "reviewProgramme.priorities": ["staff", "scrutiny", "admin"],
  "reviewProgramme.export": ["staff", "scrutiny", "admin"],
  "stars.list": ["staff", "scrutiny", "admin"],
  "stars.get": ["staff", "scrutiny", "admin"],
  "stars.create": ["staff"],
  "marketTest.get": ["staff", "scrutiny", "admin"],
  "marketTest.save": ["staff"],
  "elections.header": ["election_officer"],
  "elections.list": ["election_officer"],
  "elections.neighbourhoods": ["election_officer"],
  "elections.get": ["election_officer"],
  "elections.create": ["election_officer"],
  "elections.update": ["election_officer"],
  "elections.buildRoll": ["election_officer"],
  "elections.roll": ["election_officer"],
  "elections.findResidents": ["election_officer"],
  "elections.addToRoll": ["election_officer"],
  "elections.removeFromRoll": ["election_officer"],
  "elections.rollExport": ["election_officer"],
  "elections.candidates": ["election_officer"],
  "elections.candidate": ["election_officer"],
  "elections.setEligibility": ["election_officer"],
  "elections.scoreCandidate": ["election_officer"],
  "elections.shortlist": ["election_officer"],
  "elections.notifyCandidates": ["election_officer"],
  "elections.open": ["election_officer"],
  "elections.issueCodes": ["election_officer"],
  "elections.turnout": ["election_officer"],
  "nominations.open": ["resident", "scrutiny"],
  "nominations.form": ["resident", "scrutiny"],
  "nominations.mine": ["resident", "scrutiny"],
  "nominations.check": ["resident", "scrutiny"],
  "nominations.submit": ["resident", "scrutiny"],
  "voting.elections": ["resident", "scrutiny"],
  "voting.ballot": ["resident", "scrutiny"],
  "voting.check": ["resident", "scrutiny"],
  "voting.cast": ["resident", "scrutiny"],
  "voting.list": EVERYONE,
  "voting.election": EVERYONE,
  "voting.codeBallot": EVERYONE,
  "voting.checkWithCode": EVERYONE,
  "voting.castWithCode": EVERYONE,
  "voting.results": EVERYONE,
  "voting.checkReceipt": EVERYONE,
  "electionCount.paper": ["election_officer"],
  "electionCount.returns": ["election_officer"],
  "electionCount.markPaperReturned": ["election_officer"],
  "electionCount.keying": ["election_officer"],
  "electionCount.keyBatch": ["election_officer"],
  "electionCount.batch": ["election_officer"],
  "electionCount.confirmBatch": ["election_officer"],
  "electionCount.rejectBatch": ["election_officer"],
  "electionCount.status": ["election_officer"],
  "electionCount.close": ["election_officer"],
  "electionCount.count": ["election_officer"],
  "electionCount.certify": ["election_officer"],
  "electionCount.publish": ["election_officer"],
  "electionCount.result": ["election_officer"],
  "electionCount.verifyChain": ["election_officer"],
  "electionCount.blt": ["election_officer"],
  "electionCount.bundle": ["election_officer"],
  "electionCount.publishedBlt": EVERYONE,
  "electionCount.publishedBundle": EVERYONE,
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
