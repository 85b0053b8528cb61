import { describe, expect, it } from "vitest";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { OBJECTIVE, RISK, planWorld } from "./plan-test-support.js";

describe("SMART objectives and their tasks", () => {
  const db = useTestDatabase();

  it("keeps every field of the cover report's SMART block and numbers objectives in order", async () => {
    const world = await planWorld(db());
    const review = await world.review("planning");
    const api = world.asOfficer.reviewPlan;
    const { id } = await api.addObjective({ ...(await world.at(review.id)), ...OBJECTIVE });
    await api.addObjective({ ...(await world.at(review.id)), ...OBJECTIVE, improvementAction: "Publish the repairs standards", assessmentDetails: "", evidenceSummary: "", residentBenefit: "" });

    const { objectives } = await api.objectives({ reference: review.reference });
    expect(objectives.map((o) => [o.number, o.improvementAction])).toEqual([
      [1, OBJECTIVE.improvementAction],
      [2, "Publish the repairs standards"],
    ]);
    expect(objectives[0]).toEqual({ id, number: 1, ...OBJECTIVE, tasks: [] });
    expect(await world.auditActions(review.id)).toEqual(["review.objective-added", "review.objective-added"]);
  });

  it("refuses an objective that is not SMART with a message on each missing field, and saves nothing", async () => {
    const world = await planWorld(db());
    const review = await world.review("planning");
    const api = world.asOfficer.reviewPlan;
    const change = await world.at(review.id);

    expect(await problems(api.addObjective({ ...change, ...OBJECTIVE, improvementAction: " ", measure: "", owner: "", dueOn: "" }))).toEqual([
      { field: "improvementAction", key: "errors.reviews.plan.objective.improvementActionRequired" },
      { field: "measure", key: "errors.reviews.plan.objective.measureRequired" },
      { field: "owner", key: "errors.reviews.plan.objective.ownerRequired" },
      { field: "dueOn", key: "errors.reviews.plan.objective.dueOnRequired" },
    ]);
    for (const field of ["improvementAction", "measure", "owner", "dueOn"] as const) {
      expect(await problems(api.addObjective({ ...change, ...OBJECTIVE, [field]: "" }))).toEqual([{ field, key: `errors.reviews.plan.objective.${field}Required` }]);
    }
    expect(await problems(api.addObjective({ ...change, ...OBJECTIVE, dueOn: "2027-02-30" }))).toEqual([{ field: "dueOn", key: "errors.date.invalid" }]);
    expect(await problems(api.addObjective({ ...change, ...OBJECTIVE, owner: "x".repeat(201) }))).toEqual([{ field: "owner", key: "errors.reviews.plan.shortTextTooLong" }]);

    expect((await api.objectives({ reference: review.reference })).objectives).toEqual([]);
    expect(await world.at(review.id)).toEqual(change);
  });

  it("edits and removes an objective, refusing an edit that would make it not SMART", async () => {
    const world = await planWorld(db());
    const review = await world.review("planning");
    const api = world.asOfficer.reviewPlan;
    const { id } = await api.addObjective({ ...(await world.at(review.id)), ...OBJECTIVE });

    expect(await problems(api.updateObjective({ ...(await world.at(review.id)), id, ...OBJECTIVE, measure: "" }))).toEqual([
      { field: "measure", key: "errors.reviews.plan.objective.measureRequired" },
    ]);
    await api.updateObjective({ ...(await world.at(review.id)), id, ...OBJECTIVE, owner: "Head of repairs", dueOn: "2027-01-31" });
    expect((await api.objectives({ reference: review.reference })).objectives[0]).toMatchObject({ owner: "Head of repairs", dueOn: "2027-01-31" });

    await api.addTask({ ...(await world.at(review.id)), objectiveId: id, task: "Agree slots with contractor", owner: "Contract manager", startOn: "2026-07-01", endOn: "2026-08-31" });
    await api.removeObjective({ ...(await world.at(review.id)), id });
    expect((await api.objectives({ reference: review.reference })).objectives).toEqual([]);
  });

  it("lists milestone tasks by start date and refuses a task that ends before it starts", async () => {
    const world = await planWorld(db());
    const review = await world.review("planning");
    const api = world.asOfficer.reviewPlan;
    const { id: objectiveId } = await api.addObjective({ ...(await world.at(review.id)), ...OBJECTIVE });
    const task = { objectiveId, task: "Text reminders live", owner: "ICT lead", startOn: "2026-09-01", endOn: "2026-10-15" };
    const { id: late } = await api.addTask({ ...(await world.at(review.id)), ...task });
    await api.addTask({ ...(await world.at(review.id)), ...task, task: "Agree slots with contractor", startOn: "2026-07-01", endOn: "2026-07-01" });

    const change = await world.at(review.id);
    expect(await problems(api.addTask({ ...change, ...task, startOn: "2026-09-02", endOn: "2026-09-01" }))).toEqual([{ field: "endOn", key: "errors.date.rangeBackwards" }]);
    expect(await problems(api.addTask({ ...change, objectiveId, task: "", owner: "", startOn: "", endOn: "" }))).toEqual([
      { field: "task", key: "errors.reviews.plan.task.taskRequired" },
      { field: "owner", key: "errors.reviews.plan.task.ownerRequired" },
      { field: "startOn", key: "errors.reviews.plan.task.startOnRequired" },
      { field: "endOn", key: "errors.reviews.plan.task.endOnRequired" },
    ]);
    expect(await problems(api.updateTask({ ...change, id: late, ...task, endOn: "2026-08-31" }))).toEqual([{ field: "endOn", key: "errors.date.rangeBackwards" }]);
    expect(await world.at(review.id)).toEqual(change);

    let [objective] = (await api.objectives({ reference: review.reference })).objectives;
    expect(objective!.tasks.map((t) => [t.task, t.startOn, t.endOn])).toEqual([
      ["Agree slots with contractor", "2026-07-01", "2026-07-01"],
      ["Text reminders live", "2026-09-01", "2026-10-15"],
    ]);

    await api.updateTask({ ...(await world.at(review.id)), id: late, ...task, endOn: "2026-11-30" });
    await api.removeTask({ ...(await world.at(review.id)), id: objective!.tasks[0]!.id });
    [objective] = (await api.objectives({ reference: review.reference })).objectives;
    expect(objective!.tasks.map((t) => [t.task, t.endOn])).toEqual([["Text reminders live", "2026-11-30"]]);
  });

  it("never touches a row of another review", async () => {
    const world = await planWorld(db());
    const mine = await world.review("planning");
    const theirs = await world.review("planning");
    const api = world.asOfficer.reviewPlan;
    const { id } = await api.addObjective({ ...(await world.at(theirs.id)), ...OBJECTIVE });
    expect(await refusal(api.removeObjective({ ...(await world.at(mine.id)), id }))).toBe("errors.notFound");
    expect(await refusal(api.addTask({ ...(await world.at(mine.id)), objectiveId: id, task: "T", owner: "O", startOn: "2026-07-01", endOn: "2026-07-02" }))).toBe("errors.notFound");
    expect((await api.objectives({ reference: theirs.reference })).objectives).toHaveLength(1);
  });
});

describe("the risk register", () => {
  const db = useTestDatabase();

  it("keeps every field and reads highest rating first with a heat map of counts", async () => {
    const world = await planWorld(db());
    const review = await world.review("fieldwork");
    const api = world.asOfficer.reviewPlan;
    await api.addRisk({ ...(await world.at(review.id)), ...RISK, summary: "Low one", impact: "low", likelihood: "low", residualRisk: null });
    const { id } = await api.addRisk({ ...(await world.at(review.id)), ...RISK });
    await api.addRisk({ ...(await world.at(review.id)), ...RISK, summary: "Worst", impact: "high", likelihood: "high" });

    const { risks, matrix } = await api.risks({ reference: review.reference });
    expect(risks.map((r) => [r.summary, r.rating, r.band])).toEqual([
      ["Worst", 9, "high"],
      [RISK.summary, 6, "high"],
      ["Low one", 1, "low"],
    ]);
    expect(risks[1]).toEqual({ id, ...RISK, rating: 6, band: "high" });
    expect(risks[2]!.residualRisk).toBeNull();
    expect(matrix.map((row) => row.map((cell) => cell.count))).toEqual([
      [0, 0, 1],
      [0, 0, 1],
      [1, 0, 0],
    ]);

    await api.updateRisk({ ...(await world.at(review.id)), id, ...RISK, likelihood: "low" });
    expect((await api.risks({ reference: review.reference })).risks.map((r) => r.rating)).toEqual([9, 3, 1]);
    await api.removeRisk({ ...(await world.at(review.id)), id });
    expect((await api.risks({ reference: review.reference })).risks).toHaveLength(2);
  });

  it("needs a summary, an impact and a likelihood", async () => {
    const world = await planWorld(db());
    const review = await world.review("fieldwork");
    const change = await world.at(review.id);
    expect(await problems(world.asOfficer.reviewPlan.addRisk({ ...change, ...RISK, summary: "", impact: "" as "high", likelihood: "very" as "high" }))).toEqual([
      { field: "summary", key: "errors.reviews.plan.risk.summaryRequired" },
      { field: "impact", key: "errors.reviews.plan.risk.impactRequired" },
      { field: "likelihood", key: "errors.reviews.plan.risk.likelihoodRequired" },
    ]);
  });
});

describe("indicators and options", () => {
  const db = useTestDatabase();

  it("adds and removes performance indicators", async () => {
    const world = await planWorld(db());
    const review = await world.review("planning");
    const api = world.asOfficer.reviewPlan;
    const { id } = await api.addIndicator({ ...(await world.at(review.id)), name: "Appointments kept", current: "91%", target: "97%", isNew: false, source: "Scheduling system" });
    await api.addIndicator({ ...(await world.at(review.id)), name: "Reminder texts delivered", isNew: true });
    expect(await problems(api.addIndicator({ ...(await world.at(review.id)), name: " " }))).toEqual([{ field: "name", key: "errors.reviews.plan.indicator.nameRequired" }]);

    const { indicators } = await api.indicators({ reference: review.reference });
    expect(indicators).toEqual([
      { id, name: "Appointments kept", current: "91%", target: "97%", isNew: false, source: "Scheduling system" },
      { id: indicators[1]!.id, name: "Reminder texts delivered", current: "", target: "", isNew: true, source: "" },
    ]);
    await api.removeIndicator({ ...(await world.at(review.id)), id });
    expect((await api.indicators({ reference: review.reference })).indicators.map((i) => i.name)).toEqual(["Reminder texts delivered"]);
  });

  it("stores an option's cost in pence and refuses a cost that is not an amount", async () => {
    const world = await planWorld(db());
    const review = await world.review("options_appraisal");
    const api = world.asOfficer.reviewPlan;
    const option = { title: "Extend the contractor's hours", description: "Vary the contract to 8 to 6.", cost: "£12,500.5", benefits: "More slots", recommended: true };
    const { id } = await api.addOption({ ...(await world.at(review.id)), ...option });
    expect((await api.options({ reference: review.reference })).options).toEqual([
      { id, title: option.title, description: option.description, costPence: 1_250_050, benefits: "More slots", recommended: true },
    ]);

    const change = await world.at(review.id);
    for (const cost of ["-5", "12.345", "ten pounds"]) {
      expect(await problems(api.addOption({ ...change, ...option, cost }))).toEqual([{ field: "cost", key: "errors.reviews.plan.option.costInvalid" }]);
    }
    expect(await problems(api.updateOption({ ...change, id, ...option, title: "" }))).toEqual([{ field: "title", key: "errors.reviews.plan.option.titleRequired" }]);

    await api.updateOption({ ...change, id, ...option, cost: "0", recommended: false });
    expect((await api.options({ reference: review.reference })).options[0]).toMatchObject({ costPence: 0, recommended: false });
    await api.removeOption({ ...(await world.at(review.id)), id });
    expect((await api.options({ reference: review.reference })).options).toEqual([]);
  });
});

describe("who may read and change the plan", () => {
  const db = useTestDatabase();

  it("refuses a form drawn from an older version, saving nothing", async () => {
    const world = await planWorld(db());
    const review = await world.review("planning");
    const api = world.asOfficer.reviewPlan;
    const stale = await world.at(review.id);
    await api.addIndicator({ ...stale, name: "Appointments kept" });
    expect(await refusal(api.addRisk({ ...stale, ...RISK }))).toBe("errors.reviews.changedMeanwhile");
    expect(await refusal(api.addObjective({ ...stale, ...OBJECTIVE }))).toBe("errors.reviews.changedMeanwhile");
    expect((await api.risks({ reference: review.reference })).risks).toEqual([]);
    expect((await world.at(review.id)).version).toBe(stale.version + 1);
  });

  it("settles objectives, risks, indicators and options at approval", async () => {
    const world = await planWorld(db());
    const review = await world.review("reporting");
    const api = world.asOfficer.reviewPlan;
    const { id: objectiveId } = await api.addObjective({ ...(await world.at(review.id)), ...OBJECTIVE });
    const { id: riskId } = await api.addRisk({ ...(await world.at(review.id)), ...RISK });
    await world.setStage(review.id, "approved");

    const change = await world.at(review.id);
    const refusals = await Promise.all([
      refusal(api.addObjective({ ...change, ...OBJECTIVE })),
      refusal(api.updateObjective({ ...change, id: objectiveId, ...OBJECTIVE })),
      refusal(api.addTask({ ...change, objectiveId, task: "T", owner: "O", startOn: "2026-07-01", endOn: "2026-07-02" })),
      refusal(api.updateRisk({ ...change, id: riskId, ...RISK })),
      refusal(api.removeRisk({ ...change, id: riskId })),
      refusal(api.addIndicator({ ...change, name: "Appointments kept" })),
      refusal(api.addOption({ ...change, title: "Do nothing" })),
    ]);
    expect(refusals).toEqual(Array(7).fill("errors.reviews.notEditable"));
    expect(await world.at(review.id)).toEqual(change);
  });

  it("lets scrutiny panel members and admins read settled plans only, and never change them", async () => {
    const world = await planWorld(db());
    const running = await world.review("fieldwork");
    const approved = await world.review("approved");
    await world.asOfficer.reviewPlan.addRisk({ ...(await world.at(running.id)), ...RISK });

    expect((await world.asPanel.reviewPlan.risks({ reference: approved.reference })).risks).toEqual([]);
    expect(await refusal(world.asPanel.reviewPlan.risks({ reference: running.reference }))).toBe("errors.notFound");
    expect(await refusal(world.asPanel.reviewPlan.objectives({ reference: running.reference }))).toBe("errors.notFound");
    expect((await world.asAdmin.reviewPlan.risks({ reference: running.reference })).risks).toHaveLength(1);

    const change = await world.at(running.id);
    expect(await refusal(world.asPanel.reviewPlan.addRisk({ ...change, ...RISK }))).toBe("FORBIDDEN");
    expect(await refusal(world.asAdmin.reviewPlan.addIndicator({ ...change, name: "Appointments kept" }))).toBe("FORBIDDEN");
  });

  it("refuses residents outright", async () => {
    const world = await planWorld(db());
    const review = await world.review("approved");
    expect(await refusal(world.asResident.reviewPlan.objectives({ reference: review.reference }))).toBe("FORBIDDEN");
    expect(await refusal(world.asResident.reviewPlan.addUpdate({ ...(await world.at(review.id)), on: "2026-06-01", progress: "Going well" }))).toBe("FORBIDDEN");
  });
});
