import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { schema } from "@hearth/db";
import { BRIEF_SECTIONS, FINAL_CHECKLIST, type BriefSection } from "@hearth/domain/reviews";
import { messagesFromError } from "../../errors.js";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { filledSection, workspaceWorld, type WorkspaceWorld } from "./workspace-test-support.js";

const keys = async (call: Promise<unknown>) => (await problems(call)).map((p) => p.key);

/** Every message of a refused call, parameters included (`problems` leaves them out). */
async function messages(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    return messagesFromError(error);
  }
  throw new Error("expected the call to be refused");
}

async function current(world: WorkspaceWorld, reference: string) {
  return world.asOfficer.reviews.header({ reference });
}

async function advance(world: WorkspaceWorld, reference: string, note = "") {
  const review = await current(world, reference);
  const next = (await world.asOfficer.reviews.workspace({ reference })).next!.stage;
  return world.asOfficer.reviews.advance({ reviewId: review.id, version: review.version, to: next, note });
}

async function save(world: WorkspaceWorld, reference: string, section: BriefSection, fields = filledSection(section)) {
  const review = await current(world, reference);
  return world.asOfficer.reviews.saveSection({ reviewId: review.id, version: review.version, section, fields });
}

async function stageOf(world: WorkspaceWorld, id: string) {
  const [row] = await world.db.select().from(schema.serviceReviews).where(eq(schema.serviceReviews.id, id));
  return row!;
}

describe("moving a review through its life cycle", () => {
  const db = useTestDatabase();

  it("agrees the brief once main details, context and a lead are in place, and records the move", async () => {
    const world = await workspaceWorld(db());
    const review = await world.review("scheduled", { lead: false });
    expect(await keys(advance(world, review.reference))).toEqual([
      "errors.reviews.stage.sectionIncomplete.main-details",
      "errors.reviews.stage.sectionIncomplete.context",
      "errors.reviews.stage.leadRequired",
    ]);
    await save(world, review.reference, "main-details");
    await save(world, review.reference, "context");
    const { id, version } = await current(world, review.reference);
    await world.asOfficer.reviews.setLead({ reviewId: id, version, leadUserId: world.officer.id });

    await advance(world, review.reference, "Agreed at the senior team meeting");
    const row = await stageOf(world, review.id);
    expect(row.stage).toBe("brief_agreed");
    expect(row.briefAgreedOn).toBe("2026-11-24");
    const workspace = await world.asOfficer.reviews.workspace({ reference: review.reference });
    expect(workspace.history).toEqual([{ from: "scheduled", to: "brief_agreed", on: "2026-11-24", note: "Agreed at the senior team meeting", by: "Rhian Officer" }]);
    expect(workspace.next).toEqual({ stage: "planning", blockers: [] });
    expect(workspace.tasks[0]!.tasks.map((t) => t.status)).toEqual(["completed", "completed"]);
    const audit = await world.db.select().from(schema.auditLog).where(eq(schema.auditLog.subjectId, review.id));
    expect(audit.map((a) => a.action)).toContain("review.stage.changed");
  });

  it("leaves planning with a resident in the group, SMART objectives and an involvement plan", async () => {
    const world = await workspaceWorld(db());
    const review = await world.review("planning");
    await world.insert.objective(review.id, " ");
    expect(await keys(advance(world, review.reference))).toEqual([
      "errors.reviews.stage.residentRequired",
      "errors.reviews.stage.objectivesNotSmart",
      "errors.reviews.stage.sectionIncomplete.involvement-plan",
    ]);
    const { id, version } = await current(world, review.reference);
    await world.asOfficer.reviews.addMember({ reviewId: id, version, name: "Aisha Khan", role: "Tenant, Riverside estate", kind: "resident" });
    await world.db.update(schema.reviewObjectives).set({ owner: "Repairs manager" }).where(eq(schema.reviewObjectives.reviewId, review.id));
    await save(world, review.reference, "involvement-plan");
    await advance(world, review.reference);
    expect((await stageOf(world, review.id)).stage).toBe("fieldwork");
  });

  it("leaves fieldwork only when every C has an answer backed by evidence", async () => {
    const world = await workspaceWorld(db());
    const review = await world.review("fieldwork");
    await world.insert.answer(review.id, "challenge", true);
    await world.insert.answer(review.id, "compare", true);
    await world.insert.answer(review.id, "consult", true);
    await world.insert.answer(review.id, "compete", false);
    expect(await keys(advance(world, review.reference))).toEqual(["errors.reviews.stage.fourCNeedsEvidence.compete"]);
    await world.insert.answer(review.id, "compete", true);
    await advance(world, review.reference);
    expect((await stageOf(world, review.id)).stage).toBe("options_appraisal");
  });

  it("leaves the options appraisal with all 21 scores and a recommended option", async () => {
    const world = await workspaceWorld(db());
    const review = await world.review("options_appraisal");
    await world.insert.scores(review.id, 20);
    await world.insert.option(review.id, false);
    expect(await messages(advance(world, review.reference))).toEqual([
      { key: "errors.reviews.stage.marketTestIncomplete", params: { count: 1 } },
      { key: "errors.reviews.stage.recommendationRequired" },
    ]);
    await world.db.insert(schema.marketTestScores).values({ reviewId: review.id, criterion: 21, score: 5, updatedByUserId: world.officer.id });
    await world.insert.option(review.id, true);
    await advance(world, review.reference);
    expect((await stageOf(world, review.id)).stage).toBe("reporting");
  });

  it("refuses approval with an action 13 months out or an unticked checklist item, then approves", async () => {
    const world = await workspaceWorld(db());
    const review = await world.review("reporting");
    for (const section of BRIEF_SECTIONS.filter((s) => s !== "impact-assessment")) await world.insert.section(review.id, section);
    const late = await world.insert.action(review.id, "2027-12-24");
    await world.insert.action(review.id, "2027-06-30");
    let header = await current(world, review.reference);
    await world.asOfficer.reviews.setChecklist({ reviewId: header.id, version: header.version, items: FINAL_CHECKLIST.slice(1) });

    expect(await messages(advance(world, review.reference))).toEqual([
      { key: "errors.reviews.stage.actionPlanTooLong" },
      { key: "errors.reviews.stage.checklistIncomplete", params: { count: 1 } },
    ]);
    await world.db.update(schema.reviewActions).set({ dueOn: "2027-11-24" }).where(eq(schema.reviewActions.id, late));
    expect(await keys(advance(world, review.reference))).toEqual(["errors.reviews.stage.checklistIncomplete"]);

    header = await current(world, review.reference);
    await world.asOfficer.reviews.setChecklist({ reviewId: header.id, version: header.version, items: [...FINAL_CHECKLIST] });
    await advance(world, review.reference, "Approved by the senior team");
    const row = await stageOf(world, review.id);
    expect([row.stage, row.approvedOn, row.approvedByUserId]).toEqual(["approved", "2026-11-24", world.officer.id]);
  });

  it("gives feedback once the summary is published, assesses impact once that section is written, and stops there", async () => {
    const world = await workspaceWorld(db());
    const review = await world.review("approved");
    expect(await keys(advance(world, review.reference))).toEqual(["errors.reviews.stage.summaryNotPublished"]);
    await world.insert.publish(review.id);
    await advance(world, review.reference);
    expect((await stageOf(world, review.id)).feedbackGivenOn).toBe("2026-11-24");

    expect(await keys(advance(world, review.reference))).toEqual(["errors.reviews.stage.sectionIncomplete.impact-assessment"]);
    await save(world, review.reference, "impact-assessment");
    await advance(world, review.reference);
    const row = await stageOf(world, review.id);
    expect([row.stage, row.impactAssessedOn]).toEqual(["impact_assessed", "2026-11-24"]);

    const header = await current(world, review.reference);
    expect((await world.asOfficer.reviews.workspace({ reference: review.reference })).next).toBeNull();
    expect(await refusal(world.asOfficer.reviews.advance({ reviewId: header.id, version: header.version, to: "impact_assessed", note: "" }))).toBe("errors.reviews.stage.finished");
  });

  it("moves one stage at a time: a stale page naming another stage, or a stale version, is refused", async () => {
    const world = await workspaceWorld(db());
    const review = await world.review("brief_agreed");
    const header = await current(world, review.reference);
    expect(await refusal(world.asOfficer.reviews.advance({ reviewId: header.id, version: header.version, to: "fieldwork", note: "" }))).toBe("errors.reviews.changedMeanwhile");
    expect(await refusal(world.asOfficer.reviews.advance({ reviewId: header.id, version: header.version - 1 || 99, to: "planning", note: "" }))).toBe("errors.reviews.changedMeanwhile");
    expect((await stageOf(world, review.id)).stage).toBe("brief_agreed");
  });
});

describe("cover-report sections", () => {
  const db = useTestDatabase();

  it("keeps a half-written section, stores amounts in pence and says when it is complete", async () => {
    const world = await workspaceWorld(db());
    const review = await world.review("planning");
    expect(await save(world, review.reference, "resources", { resourceNeeds: "Two officers for three months" })).toEqual({ complete: false });
    expect(await save(world, review.reference, "resources", { resourceNeeds: "Two officers", resourceAmount: "£12,500", valueForMoney: "Cost per repair against peers" })).toEqual({ complete: true });
    const section = await world.asOfficer.reviews.section({ reference: review.reference, section: "resources" });
    expect(section.fields).toEqual({ resourceNeeds: "Two officers", resourceAmount: "1250000", valueForMoney: "Cost per repair against peers" });
    expect(section).toMatchObject({ complete: true, editable: true });
  });

  it("refuses every wrong value at once, naming each field, and writes nothing", async () => {
    const world = await workspaceWorld(db());
    const review = await world.review("planning");
    await save(world, review.reference, "implementation", { serviceImplications: "Fewer visits while the review runs" });
    const before = await current(world, review.reference);
    expect(
      await problems(
        world.asOfficer.reviews.saveSection({
          reviewId: before.id,
          version: before.version,
          section: "implementation",
          fields: { staffInformed: "perhaps", briefingOn: "2026-02-30", areasAffected: "x".repeat(201), serviceImplications: "Changed" },
        }),
      ),
    ).toEqual([
      { field: "staffInformed", key: "errors.reviews.section.invalidChoice" },
      { field: "briefingOn", key: "errors.reviews.section.invalidDate" },
      { field: "areasAffected", key: "errors.reviews.section.tooLong" },
    ]);
    const tooLong = await messages(world.asOfficer.reviews.saveSection({ reviewId: before.id, version: before.version, section: "implementation", fields: { areasAffected: "x".repeat(201) } }));
    // The message names the field through its label, found by section and field id.
    expect(tooLong).toEqual([{ field: "areasAffected", key: "errors.reviews.section.tooLong", params: { section: "implementation", field: "areasAffected", max: 200 } }]);
    const after = await world.asOfficer.reviews.section({ reference: review.reference, section: "implementation" });
    expect(after.fields).toEqual({ serviceImplications: "Fewer visits while the review runs" });
    expect((await current(world, review.reference)).version).toBe(before.version);
  });

  it("refuses a stale form and a section that can no longer change", async () => {
    const world = await workspaceWorld(db());
    const review = await world.review("planning");
    const header = await current(world, review.reference);
    await save(world, review.reference, "context");
    expect(await refusal(world.asOfficer.reviews.saveSection({ reviewId: header.id, version: header.version, section: "context", fields: {} }))).toBe("errors.reviews.changedMeanwhile");

    const approved = await world.review("approved");
    const settled = await current(world, approved.reference);
    expect(settled.canEdit).toMatchObject({ brief: false, "impact-assessment": true, group: false });
    expect(await refusal(world.asOfficer.reviews.saveSection({ reviewId: settled.id, version: settled.version, section: "main-details", fields: filledSection("main-details") }))).toBe("errors.reviews.notEditable");
    await save(world, approved.reference, "impact-assessment");
  });
});

describe("the review group and the final checklist", () => {
  const db = useTestDatabase();

  it("adds and removes members, and only this review's members", async () => {
    const world = await workspaceWorld(db());
    const review = await world.review("planning");
    const other = await world.review("planning");
    let h = await current(world, review.reference);
    expect(await problems(world.asOfficer.reviews.addMember({ reviewId: h.id, version: h.version, name: " ", role: "", kind: "visitor" as never }))).toEqual([
      { field: "name", key: "errors.reviews.group.nameRequired" },
      { field: "role", key: "errors.reviews.group.roleRequired" },
      { field: "kind", key: "errors.reviews.group.kindRequired" },
    ]);
    const { id } = await world.asOfficer.reviews.addMember({ reviewId: h.id, version: h.version, name: "Aisha Khan", role: "Tenant", kind: "resident" });
    const o = await current(world, other.reference);
    expect(await refusal(world.asOfficer.reviews.removeMember({ reviewId: o.id, version: o.version, memberId: id }))).toBe("errors.notFound");
    h = await current(world, review.reference);
    expect((await world.asOfficer.reviews.group({ reference: review.reference })).members).toEqual([{ id, name: "Aisha Khan", role: "Tenant", kind: "resident" }]);
    await world.asOfficer.reviews.removeMember({ reviewId: h.id, version: h.version, memberId: id });
    expect((await world.asOfficer.reviews.group({ reference: review.reference })).members).toEqual([]);
  });

  it("names only an active staff member as lead", async () => {
    const world = await workspaceWorld(db());
    const review = await world.review("scheduled", { lead: false });
    const h = await current(world, review.reference);
    const notStaff = (await world.db.select().from(schema.users).where(eq(schema.users.name, "Rhian Officer")))[0]!;
    expect(await refusal(world.asOfficer.reviews.setLead({ reviewId: h.id, version: h.version, leadUserId: "00000000-0000-4000-8000-000000000000" }))).toBe("errors.reviews.group.leadRequired");
    await world.asOfficer.reviews.setLead({ reviewId: h.id, version: h.version, leadUserId: notStaff.id });
    expect((await world.asOfficer.reviews.group({ reference: review.reference })).lead).toEqual({ id: notStaff.id, name: "Rhian Officer" });
  });

  it("keeps who ticked an item and when, and unticks what is left out", async () => {
    const world = await workspaceWorld(db());
    const review = await world.review("reporting");
    let h = await current(world, review.reference);
    await world.asOfficer.reviews.setChecklist({ reviewId: h.id, version: h.version, items: ["objectives-addressed", "standards-met"] });
    world.clock.set("2026-12-01");
    h = await current(world, review.reference);
    expect(await world.asOfficer.reviews.setChecklist({ reviewId: h.id, version: h.version, items: ["standards-met", "costs-established", "costs-established"] })).toEqual({ complete: false });
    const { items } = await world.asOfficer.reviews.checklist({ reference: review.reference });
    expect(items.filter((i) => i.checked).map((i) => [i.item, i.checkedOn, i.checkedBy])).toEqual([
      ["standards-met", "2026-11-24", "Rhian Officer"],
      ["costs-established", "2026-12-01", "Rhian Officer"],
    ]);
    expect(items).toHaveLength(FINAL_CHECKLIST.length);
  });
});

describe("who may read and change a review", () => {
  const db = useTestDatabase();

  const code = async (call: () => Promise<unknown>) => {
    try {
      await call();
      return "allowed";
    } catch (error) {
      if (error instanceof TRPCError) return error.code;
      throw error;
    }
  };

  it("lets scrutiny read settled reviews only, and change nothing; residents get nothing", async () => {
    const world = await workspaceWorld(db());
    const approved = await world.review("approved");
    const running = await world.review("fieldwork");
    const reads = (api: WorkspaceWorld["asPanel"], reference: string) => [
      () => api.reviews.header({ reference }),
      () => api.reviews.workspace({ reference }),
      () => api.reviews.section({ reference, section: "main-details" }),
      () => api.reviews.group({ reference }),
      () => api.reviews.checklist({ reference }),
    ];
    for (const call of reads(world.asPanel, approved.reference)) expect(await code(call)).toBe("allowed");
    for (const call of reads(world.asPanel, running.reference)) expect(await code(call)).toBe("NOT_FOUND");
    for (const call of reads(world.asAdmin, running.reference)) expect(await code(call)).toBe("allowed");
    for (const call of reads(world.asResident, approved.reference)) expect(await code(call)).toBe("FORBIDDEN");
    expect((await world.asPanel.reviews.header({ reference: approved.reference })).canEdit["impact-assessment"]).toBe(false);
    expect((await world.asPanel.reviews.group({ reference: approved.reference })).staff).toEqual([]);

    const h = await current(world, approved.reference);
    const change = { reviewId: h.id, version: h.version };
    for (const api of [world.asPanel, world.asResident, world.asAdmin]) {
      const writes = [
        () => api.reviews.saveSection({ ...change, section: "impact-assessment", fields: {} }),
        () => api.reviews.addMember({ ...change, name: "A", role: "B", kind: "resident" }),
        () => api.reviews.removeMember({ ...change, memberId: "00000000-0000-4000-8000-000000000000" }),
        () => api.reviews.setLead({ ...change, leadUserId: world.officer.id }),
        () => api.reviews.setChecklist({ ...change, items: [] }),
        () => api.reviews.advance({ ...change, to: "feedback_given", note: "" }),
      ];
      for (const call of writes) expect(await code(call)).toBe("FORBIDDEN");
    }
    expect((await current(world, approved.reference)).version).toBe(h.version);
  });
});
