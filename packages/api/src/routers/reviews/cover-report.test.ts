import { describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { BRIEF_FIELDS, BRIEF_SECTIONS, FOUR_CS } from "@hearth/domain/reviews";
import { refusal, useTestDatabase } from "../../testing/index.js";
import { publicationWorld } from "./publication-test-support.js";

describe("the cover report", () => {
  const db = useTestDatabase();

  it("gathers every part of the review from its tables, in the report's order", async () => {
    const world = await publicationWorld(db());
    const review = await world.review("approved", { title: "Review of responsive repairs" });
    const by = world.officer.id;
    const d = db();

    await d.insert(schema.reviewSections).values([
      { reviewId: review.id, section: "main-details", fields: { seniorManager: "Gareth Lewis", leadOfficer: "Rhian Davies" }, updatedByUserId: by },
      { reviewId: review.id, section: "equality", fields: { assessmentCompleted: "yes" }, updatedByUserId: by },
    ]);
    const [objective] = await d
      .insert(schema.reviewObjectives)
      .values({ reviewId: review.id, position: 1, improvementAction: "Book every repair at a time residents choose", measure: "Share of appointments kept", owner: "Repairs manager", dueOn: "2027-03-31" })
      .returning();
    await d.insert(schema.reviewObjectiveTasks).values([
      { objectiveId: objective!.id, task: "Launch evening slots", owner: "Planner", startOn: "2026-09-01", endOn: "2026-10-31" },
      { objectiveId: objective!.id, task: "Agree slots with contractor", owner: "Contracts lead", startOn: "2026-06-01", endOn: "2026-07-31" },
    ]);
    await d.insert(schema.reviewRisks).values({ reviewId: review.id, summary: "Contractor cannot staff evenings", impact: "high", likelihood: "medium", residualRisk: "low" });
    await d.insert(schema.reviewIndicators).values({ reviewId: review.id, name: "Appointments kept", current: "82%", target: "95%" });
    const [, meeting] = await d
      .insert(schema.reviewEvidence)
      .values([
        { reviewId: review.id, kind: "note", title: "Call-centre logs", body: "Most calls are about rebooking.", createdByUserId: by },
        { reviewId: review.id, kind: "meeting", title: "Residents' focus group", meetingOn: "2026-03-10", createdByUserId: by },
      ])
      .returning();
    const [answer] = await d.insert(schema.reviewAnswers).values({ reviewId: review.id, fourC: "consult", question: "consult-residents", answer: "A focus group of twelve residents.", updatedByUserId: by }).returning();
    await d.insert(schema.reviewAnswerEvidence).values([{ answerId: answer!.id, evidenceId: meeting!.id }]);
    await d.insert(schema.marketTestScores).values(Array.from({ length: 21 }, (_, i) => ({ reviewId: review.id, criterion: i + 1, score: 2, updatedByUserId: by })));
    await d.insert(schema.reviewOptions).values({ reviewId: review.id, title: "Evening slots in house", costPence: 1_250_000, recommended: true });
    await d.insert(schema.reviewActions).values({ reviewId: review.id, action: "Offer evening slots", owner: "Repairs manager", dueOn: "2027-01-31" });
    await d.insert(schema.reviewGroupMembers).values([
      { reviewId: review.id, name: "Aled Jones", role: "Tenant", kind: "resident" },
      { reviewId: review.id, name: "Rhian Davies", role: "Lead officer", kind: "staff" },
    ]);
    await d.insert(schema.reviewChecklist).values({ reviewId: review.id, item: "objectives-addressed", checkedOn: "2026-05-01", checkedByUserId: by });

    const report = await world.asOfficer.reviewPublication.coverReport({ reference: review.reference });

    expect(report).toMatchObject({ reference: review.reference, title: "Review of responsive repairs", serviceArea: { name: "Responsive repairs" }, lead: "Rhian Officer", approvedBy: "Rhian Officer", approvedOn: "2026-05-14" });
    expect(report.sections.map((s) => s.section)).toEqual([...BRIEF_SECTIONS]);
    const main = report.sections[0]!;
    expect(main.fields.map((f) => f.id)).toEqual(BRIEF_FIELDS["main-details"].map((f) => f.id));
    expect(main.fields.find((f) => f.id === "seniorManager")?.value).toBe("Gareth Lewis");
    expect(main.fields.find((f) => f.id === "businessPlanLink")?.value).toBe("");
    expect(report.objectives[0]!.tasks.map((t) => t.task)).toEqual(["Agree slots with contractor", "Launch evening slots"]);
    expect(report.risks[0]).toMatchObject({ impact: "high", likelihood: "medium", residualRisk: "low", rating: 6, band: "high" });
    expect(report.indicators[0]).toMatchObject({ name: "Appointments kept", target: "95%" });
    expect(report.fourCs.map((c) => c.fourC)).toEqual([...FOUR_CS]);
    expect(report.fourCs.find((c) => c.fourC === "consult")?.answers).toEqual([
      { question: "consult-residents", answer: "A focus group of twelve residents.", evidence: [{ id: meeting!.id, title: "Residents' focus group", kind: "meeting" }] },
    ]);
    expect(report.evidence.map((e) => [e.title, e.kind, e.meetingOn]).sort()).toEqual([
      ["Call-centre logs", "note", null],
      ["Residents' focus group", "meeting", "2026-03-10"],
    ]);
    expect(report.marketTest.scores).toHaveLength(21);
    expect(report.marketTest.complete).toBe(true);
    expect(report.marketTest.decision).toBe("retain-in-house");
    expect(report.options[0]).toMatchObject({ costPence: 1_250_000, recommended: true });
    expect(report.actions[0]).toMatchObject({ action: "Offer evening slots", status: "not_started" });
    expect(report.group.map((m) => m.kind)).toEqual(["staff", "resident"]);
    expect(report.checklist).toEqual([{ item: "objectives-addressed", checkedOn: "2026-05-01" }]);
  });

  it("prints an empty review without inventing anything", async () => {
    const world = await publicationWorld(db());
    const review = await world.review("planning");
    const report = await world.asOfficer.reviewPublication.coverReport({ reference: review.reference });
    expect(report.sections.every((s) => s.fields.every((f) => f.value === ""))).toBe(true);
    expect([report.objectives, report.risks, report.indicators, report.evidence, report.options, report.actions, report.group]).toEqual([[], [], [], [], [], [], []]);
    expect(report.fourCs.every((c) => c.answers.length === 0)).toBe(true);
    expect(report.marketTest).toEqual({ scores: [], complete: false, decision: null });
  });

  it("is NOT_FOUND for an unknown reference", async () => {
    const world = await publicationWorld(db());
    expect(await refusal(world.asOfficer.reviewPublication.coverReport({ reference: "SR-1999-404" }))).toBe("errors.notFound");
  });
});
