// The review's plan: SMART objectives with milestone tasks, the risk register,
// performance indicators, the options appraisal, the action plan and the
// six-monthly improvement updates. Staff change them while the stage leaves
// each part open (reviewPartEditable); scrutiny panel members and admins read.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import {
  actionPlanEnd,
  actionPlanProgress,
  improvementUpdateSchedule,
  isActionOverdue,
  isSettled,
  latestActionDue,
  reviewPartEditable,
  riskMatrix,
  type ReviewPart,
} from "@hearth/domain/reviews";
import { refuse } from "../../errors.js";
import { ukToday } from "../../repositories/complaints/calendar.js";
import {
  listActions,
  listIndicators,
  listObjectives,
  listOptions,
  listRisks,
  listUpdates,
  nextObjectivePosition,
  requirePlanRow,
  requireTask,
} from "../../repositories/reviews/plan.js";
import { changeReview, loadReadableReview, type LoadedReview } from "../../repositories/reviews/review.js";
import type { Context } from "../../context.js";
import { router, staffProcedure } from "../../trpc.js";
import {
  actionProgressInput,
  addActionInput,
  addIndicatorInput,
  addObjectiveInput,
  addOptionInput,
  addRiskInput,
  addTaskInput,
  addUpdateInput,
  readInput,
  removeItemInput,
  updateActionInput,
  updateObjectiveInput,
  updateOptionInput,
  updateRiskInput,
  updateTaskInput,
} from "./plan-inputs.js";

const { reviewObjectives, reviewObjectiveTasks, reviewRisks, reviewIndicators, reviewOptions, reviewActions, reviewImprovementUpdates } = schema;

const reader = staffProcedure.meta({ roles: ["staff", "scrutiny", "admin"] });
const writer = staffProcedure.meta({ roles: ["staff"] });

/**
 * One change to one part of the plan: the version check and audit entry of
 * `changeReview`, refused while the review's stage keeps `part` closed.
 */
function changePart<T>(
  ctx: Context,
  input: { reviewId: string; version: number },
  part: ReviewPart,
  action: string,
  change: (tx: Executor, review: LoadedReview) => Promise<{ result: T; details?: Record<string, unknown> }>,
): Promise<T> {
  return changeReview(ctx, input, `review.${action}`, async (tx, review) => {
    if (!reviewPartEditable(review.row.stage, part)) throw refuse("CONFLICT", "errors.reviews.notEditable");
    return change(tx, review);
  });
}

const readable = (ctx: Context, reference: string) => loadReadableReview(ctx, { reference });

/** Only the row's own columns, never the review or position it hangs on. */
function pick<T extends Record<string, unknown>, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}

const OBJECTIVE_FIELDS = ["assessmentDetails", "improvementAction", "measure", "owner", "dueOn", "evidenceSummary", "residentBenefit"] as const;
const TASK_FIELDS = ["task", "owner", "startOn", "endOn"] as const;
const RISK_FIELDS = ["summary", "category", "impact", "likelihood", "nature", "effect", "controlMeasures", "contingency", "indicators", "residualRisk"] as const;
const OPTION_FIELDS = ["title", "description", "benefits", "recommended"] as const;

/** Refuses a due date past the plan's reach: a year from approval, or from today until then. */
function checkActionDue(ctx: Context, review: LoadedReview, dueOn: string): void {
  const latest = latestActionDue({ approvedOn: review.row.approvedOn, today: ukToday(ctx.now()) });
  if (dueOn > latest) throw refuse("BAD_REQUEST", "errors.reviews.plan.action.beyondOneYear", { field: "dueOn", params: { latest } });
}

export const reviewPlanRouter = router({
  objectives: reader.input(readInput).query(async ({ ctx, input }) => {
    const review = await readable(ctx, input.reference);
    return { objectives: await listObjectives(ctx.db, review.row.id) };
  }),

  addObjective: writer.input(addObjectiveInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "objectives", "objective-added", async (tx, review) => {
      const [row] = await tx
        .insert(reviewObjectives)
        .values({ reviewId: review.row.id, position: await nextObjectivePosition(tx, review.row.id), ...pick(input, OBJECTIVE_FIELDS) })
        .returning({ id: reviewObjectives.id });
      return { result: { id: row!.id }, details: { objectiveId: row!.id } };
    }),
  ),

  updateObjective: writer.input(updateObjectiveInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "objectives", "objective-updated", async (tx, review) => {
      await requirePlanRow(tx, "objective", review.row.id, input.id);
      await tx.update(reviewObjectives).set({ ...pick(input, OBJECTIVE_FIELDS), updatedAt: ctx.now() }).where(eq(reviewObjectives.id, input.id));
      return { result: { id: input.id }, details: { objectiveId: input.id } };
    }),
  ),

  /** Its tasks go with it (cascade). */
  removeObjective: writer.input(removeItemInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "objectives", "objective-removed", async (tx, review) => {
      const row = await requirePlanRow(tx, "objective", review.row.id, input.id);
      await tx.delete(reviewObjectives).where(eq(reviewObjectives.id, input.id));
      return { result: { id: input.id }, details: { objectiveId: input.id, improvementAction: row.improvementAction } };
    }),
  ),

  addTask: writer.input(addTaskInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "objectives", "task-added", async (tx, review) => {
      await requirePlanRow(tx, "objective", review.row.id, input.objectiveId);
      const [row] = await tx.insert(reviewObjectiveTasks).values({ objectiveId: input.objectiveId, ...pick(input, TASK_FIELDS) }).returning({ id: reviewObjectiveTasks.id });
      return { result: { id: row!.id }, details: { objectiveId: input.objectiveId, taskId: row!.id } };
    }),
  ),

  updateTask: writer.input(updateTaskInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "objectives", "task-updated", async (tx, review) => {
      const task = await requireTask(tx, review.row.id, input.id);
      await tx.update(reviewObjectiveTasks).set({ ...pick(input, TASK_FIELDS), updatedAt: ctx.now() }).where(eq(reviewObjectiveTasks.id, input.id));
      return { result: { id: input.id }, details: { objectiveId: task.objectiveId, taskId: input.id } };
    }),
  ),

  removeTask: writer.input(removeItemInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "objectives", "task-removed", async (tx, review) => {
      const task = await requireTask(tx, review.row.id, input.id);
      await tx.delete(reviewObjectiveTasks).where(eq(reviewObjectiveTasks.id, input.id));
      return { result: { id: input.id }, details: { objectiveId: task.objectiveId, taskId: input.id, task: task.task } };
    }),
  ),

  /** The register highest rating first, and the 3×3 heat map of how many risks sit in each cell. */
  risks: reader.input(readInput).query(async ({ ctx, input }) => {
    const review = await readable(ctx, input.reference);
    const risks = await listRisks(ctx.db, review.row.id);
    return { risks, matrix: riskMatrix(risks) };
  }),

  addRisk: writer.input(addRiskInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "risks", "risk-added", async (tx, review) => {
      const [row] = await tx.insert(reviewRisks).values({ reviewId: review.row.id, ...pick(input, RISK_FIELDS) }).returning({ id: reviewRisks.id });
      return { result: { id: row!.id }, details: { riskId: row!.id, impact: input.impact, likelihood: input.likelihood } };
    }),
  ),

  updateRisk: writer.input(updateRiskInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "risks", "risk-updated", async (tx, review) => {
      const before = await requirePlanRow(tx, "risk", review.row.id, input.id);
      await tx.update(reviewRisks).set({ ...pick(input, RISK_FIELDS), updatedAt: ctx.now() }).where(eq(reviewRisks.id, input.id));
      return {
        result: { id: input.id },
        details: { riskId: input.id, from: { impact: before.impact, likelihood: before.likelihood }, to: { impact: input.impact, likelihood: input.likelihood } },
      };
    }),
  ),

  removeRisk: writer.input(removeItemInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "risks", "risk-removed", async (tx, review) => {
      const row = await requirePlanRow(tx, "risk", review.row.id, input.id);
      await tx.delete(reviewRisks).where(eq(reviewRisks.id, input.id));
      return { result: { id: input.id }, details: { riskId: input.id, summary: row.summary } };
    }),
  ),

  indicators: reader.input(readInput).query(async ({ ctx, input }) => {
    const review = await readable(ctx, input.reference);
    return { indicators: await listIndicators(ctx.db, review.row.id) };
  }),

  addIndicator: writer.input(addIndicatorInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "indicators", "indicator-added", async (tx, review) => {
      const [row] = await tx
        .insert(reviewIndicators)
        .values({ reviewId: review.row.id, ...pick(input, ["name", "current", "target", "isNew", "source"] as const) })
        .returning({ id: reviewIndicators.id });
      return { result: { id: row!.id }, details: { indicatorId: row!.id, name: input.name } };
    }),
  ),

  removeIndicator: writer.input(removeItemInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "indicators", "indicator-removed", async (tx, review) => {
      const row = await requirePlanRow(tx, "indicator", review.row.id, input.id);
      await tx.delete(reviewIndicators).where(eq(reviewIndicators.id, input.id));
      return { result: { id: input.id }, details: { indicatorId: input.id, name: row.name } };
    }),
  ),

  options: reader.input(readInput).query(async ({ ctx, input }) => {
    const review = await readable(ctx, input.reference);
    return { options: await listOptions(ctx.db, review.row.id) };
  }),

  addOption: writer.input(addOptionInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "options", "option-added", async (tx, review) => {
      const [row] = await tx
        .insert(reviewOptions)
        .values({ reviewId: review.row.id, ...pick(input, OPTION_FIELDS), costPence: input.cost })
        .returning({ id: reviewOptions.id });
      return { result: { id: row!.id }, details: { optionId: row!.id, costPence: input.cost, recommended: input.recommended } };
    }),
  ),

  updateOption: writer.input(updateOptionInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "options", "option-updated", async (tx, review) => {
      await requirePlanRow(tx, "option", review.row.id, input.id);
      await tx.update(reviewOptions).set({ ...pick(input, OPTION_FIELDS), costPence: input.cost, updatedAt: ctx.now() }).where(eq(reviewOptions.id, input.id));
      return { result: { id: input.id }, details: { optionId: input.id, costPence: input.cost, recommended: input.recommended } };
    }),
  ),

  removeOption: writer.input(removeItemInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "options", "option-removed", async (tx, review) => {
      const row = await requirePlanRow(tx, "option", review.row.id, input.id);
      await tx.delete(reviewOptions).where(eq(reviewOptions.id, input.id));
      return { result: { id: input.id }, details: { optionId: input.id, title: row.title } };
    }),
  ),

  /**
   * The plan in due-date order with each action's overdue flag; its end (a
   * year from approval, once approved), the latest due date a new action may
   * have today, and counts by status.
   */
  actions: reader.input(readInput).query(async ({ ctx, input }) => {
    const review = await readable(ctx, input.reference);
    const today = ukToday(ctx.now());
    const actions = await listActions(ctx.db, review.row.id);
    const approvedOn = review.row.approvedOn;
    return {
      today,
      approvedOn,
      planEndsOn: approvedOn ? actionPlanEnd(approvedOn) : null,
      latestDueOn: latestActionDue({ approvedOn, today }),
      progress: actionPlanProgress(actions, today),
      actions: actions.map((action) => ({ ...action, overdue: isActionOverdue(action, today) })),
    };
  }),

  addAction: writer.input(addActionInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "action-plan", "action-added", async (tx, review) => {
      checkActionDue(ctx, review, input.dueOn);
      const [row] = await tx.insert(reviewActions).values({ reviewId: review.row.id, action: input.action, owner: input.owner, dueOn: input.dueOn }).returning({ id: reviewActions.id });
      return { result: { id: row!.id }, details: { actionId: row!.id, dueOn: input.dueOn } };
    }),
  ),

  updateAction: writer.input(updateActionInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "action-plan", "action-updated", async (tx, review) => {
      const before = await requirePlanRow(tx, "action", review.row.id, input.id);
      checkActionDue(ctx, review, input.dueOn);
      await tx.update(reviewActions).set({ action: input.action, owner: input.owner, dueOn: input.dueOn, updatedAt: ctx.now() }).where(eq(reviewActions.id, input.id));
      return { result: { id: input.id }, details: { actionId: input.id, from: { owner: before.owner, dueOn: before.dueOn }, to: { owner: input.owner, dueOn: input.dueOn } } };
    }),
  ),

  removeAction: writer.input(removeItemInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "action-plan", "action-removed", async (tx, review) => {
      const row = await requirePlanRow(tx, "action", review.row.id, input.id);
      await tx.delete(reviewActions).where(eq(reviewActions.id, input.id));
      return { result: { id: input.id }, details: { actionId: input.id, action: row.action } };
    }),
  ),

  /** After approval the plan is settled; only how far each action has got moves. */
  setActionProgress: writer.input(actionProgressInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "action-progress", "action-progress", async (tx, review) => {
      const before = await requirePlanRow(tx, "action", review.row.id, input.id);
      if (input.completedOn && input.completedOn > ukToday(ctx.now())) throw refuse("BAD_REQUEST", "errors.reviews.plan.action.completedOnFuture", { field: "completedOn" });
      await tx.update(reviewActions).set({ status: input.status, completedOn: input.completedOn, updatedAt: ctx.now() }).where(eq(reviewActions.id, input.id));
      return { result: { id: input.id }, details: { actionId: input.id, from: before.status, to: input.status, completedOn: input.completedOn } };
    }),
  ),

  /** Updates newest first and, once approved, when the next is due (no schedule before approval, nothing due once closed). */
  updates: reader.input(readInput).query(async ({ ctx, input }) => {
    const review = await readable(ctx, input.reference);
    const today = ukToday(ctx.now());
    const updates = await listUpdates(ctx.db, review.row.id);
    const approvedOn = review.row.approvedOn;
    // Once the review's impact is assessed the plan is closed: nothing more falls due, so nothing is overdue.
    const closed = isSettled(review.row.stage) && !reviewPartEditable(review.row.stage, "updates");
    const schedule = approvedOn ? improvementUpdateSchedule({ approvedOn, updates: updates.map((u) => u.on), today }) : null;
    return {
      today,
      approvedOn,
      closed,
      schedule: schedule && closed ? { ...schedule, nextDueOn: null, overdue: false, daysOverdue: 0 } : schedule,
      updates,
    };
  }),

  /** An update is dated between approval and today. */
  addUpdate: writer.input(addUpdateInput).mutation(({ ctx, input }) =>
    changePart(ctx, input, "updates", "update-added", async (tx, review) => {
      const approvedOn = review.row.approvedOn;
      if (approvedOn && input.on < approvedOn) throw refuse("BAD_REQUEST", "errors.reviews.plan.update.onBeforeApproval", { field: "on", params: { approvedOn } });
      if (input.on > ukToday(ctx.now())) throw refuse("BAD_REQUEST", "errors.reviews.plan.update.onInFuture", { field: "on" });
      const user = ctx.user!;
      const [row] = await tx
        .insert(reviewImprovementUpdates)
        .values({ reviewId: review.row.id, on: input.on, progress: input.progress, changes: input.changes, reason: input.reason, createdByUserId: user.id })
        .returning({ id: reviewImprovementUpdates.id });
      return { result: { id: row!.id }, details: { updateId: row!.id, on: input.on, changed: input.changes !== "" } };
    }),
  ),
});

