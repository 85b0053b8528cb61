import { describe, expect, it } from "vitest";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { planClock, planWorld } from "./plan-test-support.js";

const ACTION = { action: "Launch school-run appointment slots", owner: "Repairs manager" };

describe("the action plan", () => {
  const db = useTestDatabase();

  it("accepts a due date one year from today before approval and refuses the day after", async () => {
    const world = await planWorld(db(), planClock("2026-06-01"));
    const review = await world.review("reporting");
    const api = world.asOfficer.reviewPlan;

    const change = await world.at(review.id);
    expect(await problems(api.addAction({ ...change, ...ACTION, dueOn: "2027-06-02" }))).toEqual([{ field: "dueOn", key: "errors.reviews.plan.action.beyondOneYear" }]);
    await expect(api.addAction({ ...change, ...ACTION, dueOn: "2027-06-02" })).rejects.toMatchObject({ cause: { options: { params: { latest: "2027-06-01" } } } });
    expect(await world.at(review.id)).toEqual(change);

    const { id } = await api.addAction({ ...change, ...ACTION, dueOn: "2027-06-01" });
    expect(await problems(api.updateAction({ ...(await world.at(review.id)), id, ...ACTION, dueOn: "2027-06-02" }))).toEqual([
      { field: "dueOn", key: "errors.reviews.plan.action.beyondOneYear" },
    ]);

    // The limit moves with today: a month later, a month more is allowed.
    world.clock.set("2026-07-01");
    await api.updateAction({ ...(await world.at(review.id)), id, ...ACTION, dueOn: "2027-07-01" });
    const plan = await api.actions({ reference: review.reference });
    expect(plan).toMatchObject({ today: "2026-07-01", approvedOn: null, planEndsOn: null, latestDueOn: "2027-07-01" });
    expect(plan.actions).toEqual([{ id, ...ACTION, dueOn: "2027-07-01", status: "not_started", completedOn: null, overdue: false }]);
  });

  it("keeps a year from approval, counting 29 February approvals to 28 February", async () => {
    const world = await planWorld(db(), planClock("2028-03-10"));
    const review = await world.review("approved", "2028-02-29");
    const plan = await world.asOfficer.reviewPlan.actions({ reference: review.reference });
    expect(plan).toMatchObject({ approvedOn: "2028-02-29", planEndsOn: "2029-02-28", latestDueOn: "2029-02-28" });
  });

  it("needs an action, an owner and a real due date", async () => {
    const world = await planWorld(db());
    const review = await world.review("reporting");
    const change = await world.at(review.id);
    expect(await problems(world.asOfficer.reviewPlan.addAction({ ...change, action: "", owner: " ", dueOn: "" }))).toEqual([
      { field: "action", key: "errors.reviews.plan.action.actionRequired" },
      { field: "owner", key: "errors.reviews.plan.action.ownerRequired" },
      { field: "dueOn", key: "errors.reviews.plan.action.dueOnRequired" },
    ]);
    expect(await problems(world.asOfficer.reviewPlan.addAction({ ...change, ...ACTION, dueOn: "31/12/2026" }))).toEqual([{ field: "dueOn", key: "errors.date.invalid" }]);
  });

  it("after approval refuses edits to the plan but records progress, with overdue counts", async () => {
    const clock = planClock("2026-05-01");
    const world = await planWorld(db(), clock);
    const review = await world.review("reporting");
    const api = world.asOfficer.reviewPlan;
    const { id: first } = await api.addAction({ ...(await world.at(review.id)), ...ACTION, dueOn: "2026-09-30" });
    const { id: second } = await api.addAction({ ...(await world.at(review.id)), ...ACTION, action: "Send reminder texts", dueOn: "2026-07-31" });

    // Progress cannot be recorded on a plan that is not yet approved.
    expect(await refusal(api.setActionProgress({ ...(await world.at(review.id)), id: first, status: "in_progress" }))).toBe("errors.reviews.notEditable");

    await world.setStage(review.id, "approved", "2026-05-14");
    clock.set("2026-08-15");
    const change = await world.at(review.id);
    expect(await refusal(api.addAction({ ...change, ...ACTION, dueOn: "2026-12-01" }))).toBe("errors.reviews.notEditable");
    expect(await refusal(api.updateAction({ ...change, id: first, ...ACTION, dueOn: "2026-10-30" }))).toBe("errors.reviews.notEditable");
    expect(await refusal(api.removeAction({ ...change, id: first }))).toBe("errors.reviews.notEditable");

    expect(await problems(api.setActionProgress({ ...change, id: first, status: "done" }))).toEqual([{ field: "completedOn", key: "errors.reviews.plan.action.completedOnRequired" }]);
    expect(await problems(api.setActionProgress({ ...change, id: first, status: "done", completedOn: "2026-08-16" }))).toEqual([
      { field: "completedOn", key: "errors.reviews.plan.action.completedOnFuture" },
    ]);
    expect(await problems(api.setActionProgress({ ...change, id: first, status: "finished" as "done", completedOn: "2026-08-15" }))).toEqual([
      { field: "status", key: "errors.reviews.plan.action.statusRequired" },
    ]);
    expect(await world.at(review.id)).toEqual(change);

    await api.setActionProgress({ ...change, id: first, status: "done", completedOn: "2026-08-15" });
    let plan = await api.actions({ reference: review.reference });
    expect(plan.planEndsOn).toBe("2027-05-14");
    expect(plan.actions.map((a) => [a.id, a.status, a.completedOn, a.overdue])).toEqual([
      [second, "not_started", null, true],
      [first, "done", "2026-08-15", false],
    ]);
    expect(plan.progress).toEqual({ total: 2, done: 1, inProgress: 0, notStarted: 1, overdue: 1 });

    // Moving a done action back clears the day it was done.
    await api.setActionProgress({ ...(await world.at(review.id)), id: first, status: "in_progress", completedOn: "2026-08-15" });
    plan = await api.actions({ reference: review.reference });
    expect(plan.actions.find((a) => a.id === first)).toMatchObject({ status: "in_progress", completedOn: null });
    expect(await world.auditActions(review.id)).toContain("review.action-progress");

    await world.setStage(review.id, "impact_assessed");
    expect(await refusal(api.setActionProgress({ ...(await world.at(review.id)), id: first, status: "done", completedOn: "2026-08-15" }))).toBe("errors.reviews.notEditable");
  });
});

describe("six-monthly improvement updates", () => {
  const db = useTestDatabase();

  it("says when the next update is due and whether it is overdue", async () => {
    const clock = planClock("2026-11-13");
    const world = await planWorld(db(), clock);
    const review = await world.review("approved", "2026-05-14");
    const api = world.asOfficer.reviewPlan;

    let updates = await api.updates({ reference: review.reference });
    expect(updates.schedule).toMatchObject({ planEndsOn: "2027-05-14", lastUpdateOn: null, nextDueOn: "2026-11-14", overdue: false });
    clock.set("2026-11-16");
    updates = await api.updates({ reference: review.reference });
    expect(updates.schedule).toMatchObject({ nextDueOn: "2026-11-14", overdue: true, daysOverdue: 2 });

    await api.addUpdate({ ...(await world.at(review.id)), on: "2026-11-16", progress: "Slots agreed; texts live in two areas.", changes: "Texts moved to January", reason: "Supplier delay" });
    updates = await api.updates({ reference: review.reference });
    expect(updates.schedule).toMatchObject({ lastUpdateOn: "2026-11-16", nextDueOn: "2027-05-14", overdue: false });
    expect(updates.updates).toEqual([
      { id: updates.updates[0]!.id, on: "2026-11-16", progress: "Slots agreed; texts live in two areas.", changes: "Texts moved to January", reason: "Supplier delay", by: "Rhian Officer" },
    ]);
  });

  it("needs a reason for every change, and a date between approval and today", async () => {
    const world = await planWorld(db(), planClock("2026-11-20"));
    const review = await world.review("feedback_given", "2026-05-14");
    const api = world.asOfficer.reviewPlan;
    const change = await world.at(review.id);

    expect(await problems(api.addUpdate({ ...change, on: "2026-11-20", progress: "On track", changes: "Owner changed to the new manager", reason: " " }))).toEqual([
      { field: "reason", key: "errors.reviews.plan.update.reasonRequired" },
    ]);
    expect(await problems(api.addUpdate({ ...change, on: "", progress: "" }))).toEqual([
      { field: "on", key: "errors.reviews.plan.update.onRequired" },
      { field: "progress", key: "errors.reviews.plan.update.progressRequired" },
    ]);
    expect(await problems(api.addUpdate({ ...change, on: "2026-05-13", progress: "On track" }))).toEqual([{ field: "on", key: "errors.reviews.plan.update.onBeforeApproval" }]);
    expect(await problems(api.addUpdate({ ...change, on: "2026-11-21", progress: "On track" }))).toEqual([{ field: "on", key: "errors.reviews.plan.update.onInFuture" }]);
    expect(await world.at(review.id)).toEqual(change);

    await api.addUpdate({ ...change, on: "2026-05-14", progress: "Plan agreed and shared with the group" });
    expect((await api.updates({ reference: review.reference })).updates).toHaveLength(1);
  });

  it("has no schedule before approval, where updates cannot be added", async () => {
    const world = await planWorld(db());
    const review = await world.review("reporting");
    const updates = await world.asOfficer.reviewPlan.updates({ reference: review.reference });
    expect(updates).toMatchObject({ approvedOn: null, schedule: null, updates: [] });
    expect(await refusal(world.asOfficer.reviewPlan.addUpdate({ ...(await world.at(review.id)), on: "2026-06-01", progress: "Early" }))).toBe("errors.reviews.notEditable");
  });

  it("lets scrutiny panel members read updates of a settled review but not add them", async () => {
    const world = await planWorld(db(), planClock("2026-12-01"));
    const review = await world.review("approved", "2026-05-14");
    expect((await world.asPanel.reviewPlan.updates({ reference: review.reference })).schedule).toMatchObject({ nextDueOn: "2026-11-14", overdue: true });
    // Once the impact is assessed the plan is closed: nothing is due or overdue any more.
    await world.setStage(review.id, "impact_assessed");
    expect(await world.asPanel.reviewPlan.updates({ reference: review.reference })).toMatchObject({ closed: true, schedule: { nextDueOn: null, overdue: false } });
    expect(await refusal(world.asPanel.reviewPlan.addUpdate({ ...(await world.at(review.id)), on: "2026-12-01", progress: "Fine" }))).toBe("FORBIDDEN");
  });
});
