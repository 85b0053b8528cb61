import { beforeAll, describe, expect, it } from "vitest";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { makeComplaint } from "../complaints/test-support.js";
import { closedComplaint, evidenceWorld, type EvidenceWorld } from "./evidence-test-support.js";

describe("what residents told us: the golden-thread panel", () => {
  const db = useTestDatabase();
  let world: EvidenceWorld;
  let refs: { lastYear: string; closedDelay: string; closedComms: string; refused: string; open1: string; open2: string; damp: string };

  beforeAll(async () => {
    world = await evidenceWorld(db());
    const c = world.complaints;
    const on = (made: string, closed: string) => ({ clock: world.clock, made, closed });
    // Last financial year (2025-26) and this one (2026-27, from 1 April 2026).
    const lastYear = await closedComplaint(c, on("2025-09-01", "2025-09-15"), { cause: "delay", lesson: "Book the second visit before the operative leaves" });
    const closedDelay = await closedComplaint(c, on("2026-04-07", "2026-04-21"), { cause: "delay", lesson: "Chase the contractor's report every week" });
    const closedComms = await closedComplaint(c, on("2026-05-05", "2026-05-19"), { cause: "communication", lesson: "Ring back on the day a resident calls" });
    world.clock.set("2026-05-20");
    const refused = (await makeComplaint(c)).reference;
    let r = await c.asOfficer.complaintCases.get({ reference: refused });
    await c.asOfficer.complaintCases.refuse({ reference: refused, version: r.version, reason: "legal-proceedings-started", explanation: "A disrepair claim is in court" });
    world.clock.set("2026-06-01");
    const open1 = (await makeComplaint(c)).reference;
    // Escalated to stage 2 and not yet answered.
    world.clock.set("2026-05-01");
    const open2 = (await makeComplaint(c)).reference;
    r = await c.asOfficer.complaintCases.get({ reference: open2 });
    await c.asOfficer.complaintCases.acknowledge({ reference: open2, version: r.version, handlerId: c.officer.id, points: ["Leak"] });
    r = await c.asOfficer.complaintCases.get({ reference: open2 });
    await c.asOfficer.complaintCases.respond({ reference: open2, version: r.version, decisions: [{ pointId: r.stages[0]!.points[0]!.id, decision: "not-upheld", reasons: "Fixed" }], summary: "Fixed", compensation: "" });
    world.clock.set("2026-05-12");
    await c.asResident.complaints.escalate({ reference: open2 });
    world.clock.set("2026-06-02");
    const damp = (await makeComplaint(c, "damp-and-mould")).reference;
    world.clock.set("2026-06-15");
    refs = { lastYear, closedDelay, closedComms, refused, open1, open2, damp };
  });

  it("counts complaints per year exactly as the performance report does for the service area", async () => {
    const review = await world.review();
    const panel = await world.asOfficer.reviewEvidence.residentsSaid({ reference: review.reference });
    expect(panel.serviceArea).toEqual({ slug: "repairs", name: "Responsive repairs" });
    expect(panel.thisYear).toBe(2026);
    for (const year of [2026, 2025]) {
      const report = await world.asOfficer.complaintPerformance.report({ year });
      const source = report.byServiceArea.find((a) => a.serviceArea === "repairs")?.received ?? 0;
      expect(panel.byYear.find((y) => y.year === year)?.received).toBe(source);
    }
    // The refused complaint is not counted; the damp one belongs to another service.
    expect(panel.byYear.slice(0, 2)).toEqual([
      { year: 2026, received: 4 },
      { year: 2025, received: 1 },
    ]);
  });

  it("counts open complaints exactly as the queue filtered to the service area and stage does", async () => {
    const review = await world.review();
    const panel = await world.asOfficer.reviewEvidence.residentsSaid({ reference: review.reference });
    const queue = (stage: 1 | 2) => world.asOfficer.complaintCases.queue({ serviceArea: "repairs", stage, sort: "due", direction: "asc", page: 1 });
    const [stage1, stage2] = [await queue(1), await queue(2)];
    expect(panel.open).toEqual({ stage1: stage1.total, stage2: stage2.total, total: stage1.total + stage2.total });
    expect(panel.open).toEqual({ stage1: 1, stage2: 1, total: 2 });
  });

  it("shows the trend, causes, lessons and latest complaints, and names no resident", async () => {
    const review = await world.review();
    const panel = await world.asOfficer.reviewEvidence.residentsSaid({ reference: review.reference });
    expect(panel.trend.recent).toEqual({ from: "2025-07-01", to: "2026-06-15", received: 5 });
    expect(panel.trend.previous).toMatchObject({ received: 0 });
    expect(panel.trend.direction).toBe("up");
    expect(panel.causes).toEqual([
      { causeCategory: "delay", closed: 2 },
      { causeCategory: "communication", closed: 1 },
    ]);
    expect(panel.lessons.map((l) => l.reference)).toEqual([refs.closedComms, refs.closedDelay, refs.lastYear]);
    expect(panel.latest.map((l) => [l.reference, l.status, l.stage])).toEqual([
      [refs.open1, "received", 1],
      [refs.refused, "refused", null],
      [refs.closedComms, "closed", null],
      [refs.open2, "escalated", 2],
      [refs.closedDelay, "closed", null],
      [refs.lastYear, "closed", null],
    ]);
    expect(panel.notYetCollected).toEqual(["neighbourhood-targets", "budgeting", "surveys"]);
    expect(panel.canOpenComplaints).toBe(true);
    const text = JSON.stringify(panel);
    expect(text).not.toContain(world.complaints.resident.resident.lastName);
    expect(text).not.toContain(world.complaints.resident.resident.firstName);
    expect(text).not.toContain("boiler"); // the resident's own words stay in the complaint
  });

  it("links a complaint as evidence once per review, only from the review's own service", async () => {
    const review = await world.review();
    const api = world.asOfficer.reviewEvidence;
    const { id } = await api.linkComplaint({ ...(await world.current(review.id)), complaint: refs.closedDelay });
    const panel = await api.residentsSaid({ reference: review.reference });
    expect(panel.latest.find((l) => l.reference === refs.closedDelay)?.evidenceId).toBe(id);
    expect(panel.latest.find((l) => l.reference === refs.open1)?.evidenceId).toBeNull();

    const version = await world.current(review.id);
    expect(await problems(api.linkComplaint({ ...version, complaint: refs.closedDelay }))).toEqual([{ field: "complaint", key: "errors.reviews.evidence.complaintAlreadyLinked" }]);
    expect(await problems(api.linkComplaint({ ...version, complaint: refs.damp }))).toEqual([{ field: "complaint", key: "errors.reviews.evidence.complaintOtherArea" }]);
    expect(await refusal(api.linkComplaint({ ...version, complaint: "CMP-2026-99999" }))).toBe("errors.notFound");
    expect((await world.current(review.id)).version).toBe(version.version);

    const [entry] = (await api.list({ reference: review.reference, kind: "complaint" })).entries;
    expect(entry).toMatchObject({ kind: "complaint", title: refs.closedDelay, complaint: { reference: refs.closedDelay, status: "closed", causeCategory: "delay" } });

    // The same complaint may back another review of the same service.
    const second = await world.review();
    await api.linkComplaint({ ...(await world.current(second.id)), complaint: refs.closedDelay });
  });

  it("is read-only for scrutiny on approved reviews, hidden before, and refused to residents", async () => {
    const review = await world.review();
    expect(await refusal(world.asPanel.reviewEvidence.residentsSaid({ reference: review.reference }))).toBe("errors.notFound");
    await world.setStage(review.id, "approved");
    const panel = await world.asPanel.reviewEvidence.residentsSaid({ reference: review.reference });
    expect(panel).toMatchObject({ canEdit: false, canOpenComplaints: false, open: { total: expect.any(Number) } });
    const version = await world.current(review.id);
    expect(await refusal(world.asOfficer.reviewEvidence.linkComplaint({ ...version, complaint: refs.open1 }))).toBe("errors.reviews.notEditable");
    expect(await refusal(world.asOfficer.reviewEvidence.linkInsight({ ...version, figure: "all" }))).toBe("errors.reviews.notEditable");
    expect(await refusal(world.asPanel.reviewEvidence.linkComplaint({ ...version, complaint: refs.open1 }))).toBe("FORBIDDEN");
    expect(await refusal(world.asResident.reviewEvidence.residentsSaid({ reference: review.reference }))).toBe("FORBIDDEN");
    expect(await refusal(world.asResident.reviewEvidence.linkInsight({ ...version, figure: "all" }))).toBe("FORBIDDEN");
  });

  // Last: it adds a complaint the other tests do not expect.
  it("freezes the figures it links, so later complaints do not change the evidence", async () => {
    const review = await world.review();
    const api = world.asOfficer.reviewEvidence;
    const before = await api.residentsSaid({ reference: review.reference });
    await api.linkInsight({ ...(await world.current(review.id)), figure: "volume" });
    await api.linkInsight({ ...(await world.current(review.id)), figure: "all" });

    world.clock.set("2026-06-15");
    await makeComplaint(world.complaints);
    const after = await api.residentsSaid({ reference: review.reference });
    expect(after.byYear[0]!.received).toBe(before.byYear[0]!.received + 1);

    const entries = (await api.list({ reference: review.reference, kind: "insight" })).entries;
    expect(entries.map((e) => e.title)).toEqual(["volume", "all"]);
    expect(entries[0]!.snapshot).toEqual({ figure: "volume", asOf: "2026-06-15", serviceArea: before.serviceArea, thisYear: 2026, byYear: before.byYear });
    expect(entries[1]!.snapshot).toMatchObject({ figure: "all", byYear: before.byYear, trend: before.trend, open: before.open, causes: before.causes, lessons: before.lessons });
  });
});
