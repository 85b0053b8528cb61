// The review's plan as stored: SMART objectives and their tasks, the risk
// register, indicators, options, the action plan and six-monthly updates.
// Reads return rows in the order pages show them; `requirePlanRow` makes sure
// an id sent with a change belongs to the review being changed.
import { and, asc, desc, eq, inArray, max } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { orderRiskRegister, assessRisk } from "@hearth/domain/reviews";
import { refuse } from "../../errors.js";

const { reviewObjectives, reviewObjectiveTasks, reviewRisks, reviewIndicators, reviewOptions, reviewActions, reviewImprovementUpdates, users } = schema;

export async function listObjectives(db: Executor, reviewId: string) {
  const objectives = await db.select().from(reviewObjectives).where(eq(reviewObjectives.reviewId, reviewId)).orderBy(asc(reviewObjectives.position));
  const tasks = objectives.length
    ? await db
        .select()
        .from(reviewObjectiveTasks)
        .where(inArray(reviewObjectiveTasks.objectiveId, objectives.map((o) => o.id)))
        .orderBy(asc(reviewObjectiveTasks.startOn), asc(reviewObjectiveTasks.endOn), asc(reviewObjectiveTasks.createdAt))
    : [];
  return objectives.map((objective, index) => ({
    id: objective.id,
    /** Objectives are numbered 1, 2, 3 on the page whatever gaps removals left in `position`. */
    number: index + 1,
    assessmentDetails: objective.assessmentDetails,
    improvementAction: objective.improvementAction,
    measure: objective.measure,
    owner: objective.owner,
    dueOn: objective.dueOn,
    evidenceSummary: objective.evidenceSummary,
    residentBenefit: objective.residentBenefit,
    tasks: tasks.filter((t) => t.objectiveId === objective.id).map(({ id, task, owner, startOn, endOn }) => ({ id, task, owner, startOn, endOn })),
  }));
}

export async function nextObjectivePosition(db: Executor, reviewId: string): Promise<number> {
  const [row] = await db.select({ last: max(reviewObjectives.position) }).from(reviewObjectives).where(eq(reviewObjectives.reviewId, reviewId));
  return (row?.last ?? 0) + 1;
}

/** The register highest rating first, each risk with its rating and band. */
export async function listRisks(db: Executor, reviewId: string) {
  const rows = await db.select().from(reviewRisks).where(eq(reviewRisks.reviewId, reviewId)).orderBy(asc(reviewRisks.createdAt), asc(reviewRisks.id));
  return orderRiskRegister(rows).map(({ reviewId: _, createdAt: __, updatedAt: ___, ...risk }) => ({ ...risk, ...assessRisk(risk) }));
}

export async function listIndicators(db: Executor, reviewId: string) {
  return db
    .select({ id: reviewIndicators.id, name: reviewIndicators.name, current: reviewIndicators.current, target: reviewIndicators.target, isNew: reviewIndicators.isNew, source: reviewIndicators.source })
    .from(reviewIndicators)
    .where(eq(reviewIndicators.reviewId, reviewId))
    .orderBy(asc(reviewIndicators.createdAt), asc(reviewIndicators.id));
}

export async function listOptions(db: Executor, reviewId: string) {
  return db
    .select({ id: reviewOptions.id, title: reviewOptions.title, description: reviewOptions.description, costPence: reviewOptions.costPence, benefits: reviewOptions.benefits, recommended: reviewOptions.recommended })
    .from(reviewOptions)
    .where(eq(reviewOptions.reviewId, reviewId))
    .orderBy(asc(reviewOptions.createdAt), asc(reviewOptions.id));
}

export async function listActions(db: Executor, reviewId: string) {
  return db
    .select({ id: reviewActions.id, action: reviewActions.action, owner: reviewActions.owner, dueOn: reviewActions.dueOn, status: reviewActions.status, completedOn: reviewActions.completedOn })
    .from(reviewActions)
    .where(eq(reviewActions.reviewId, reviewId))
    .orderBy(asc(reviewActions.dueOn), asc(reviewActions.createdAt), asc(reviewActions.id));
}

/** Newest first, with who wrote each. */
export async function listUpdates(db: Executor, reviewId: string) {
  return db
    .select({
      id: reviewImprovementUpdates.id,
      on: reviewImprovementUpdates.on,
      progress: reviewImprovementUpdates.progress,
      changes: reviewImprovementUpdates.changes,
      reason: reviewImprovementUpdates.reason,
      by: users.name,
    })
    .from(reviewImprovementUpdates)
    .innerJoin(users, eq(users.id, reviewImprovementUpdates.createdByUserId))
    .where(eq(reviewImprovementUpdates.reviewId, reviewId))
    .orderBy(desc(reviewImprovementUpdates.on), desc(reviewImprovementUpdates.createdAt));
}

/** One row of each kind, looked up only within its own review. */
const finders = {
  objective: (tx: Executor, reviewId: string, id: string) => tx.select().from(reviewObjectives).where(and(eq(reviewObjectives.id, id), eq(reviewObjectives.reviewId, reviewId))),
  risk: (tx: Executor, reviewId: string, id: string) => tx.select().from(reviewRisks).where(and(eq(reviewRisks.id, id), eq(reviewRisks.reviewId, reviewId))),
  indicator: (tx: Executor, reviewId: string, id: string) => tx.select().from(reviewIndicators).where(and(eq(reviewIndicators.id, id), eq(reviewIndicators.reviewId, reviewId))),
  option: (tx: Executor, reviewId: string, id: string) => tx.select().from(reviewOptions).where(and(eq(reviewOptions.id, id), eq(reviewOptions.reviewId, reviewId))),
  action: (tx: Executor, reviewId: string, id: string) => tx.select().from(reviewActions).where(and(eq(reviewActions.id, id), eq(reviewActions.reviewId, reviewId))),
};
export type PlanRowKind = keyof typeof finders;

/** The row `id` of this review, or NOT_FOUND: an id from another review is never touched. */
export async function requirePlanRow<K extends PlanRowKind>(tx: Executor, kind: K, reviewId: string, id: string): Promise<Awaited<ReturnType<(typeof finders)[K]>>[number]> {
  const [row] = await finders[kind](tx, reviewId, id);
  if (!row) throw refuse("NOT_FOUND", "errors.notFound");
  return row as Awaited<ReturnType<(typeof finders)[K]>>[number];
}

/** A task whose objective belongs to this review, or NOT_FOUND. */
export async function requireTask(tx: Executor, reviewId: string, id: string) {
  const [row] = await tx
    .select({ task: reviewObjectiveTasks })
    .from(reviewObjectiveTasks)
    .innerJoin(reviewObjectives, eq(reviewObjectives.id, reviewObjectiveTasks.objectiveId))
    .where(and(eq(reviewObjectiveTasks.id, id), eq(reviewObjectives.reviewId, reviewId)));
  if (!row) throw refuse("NOT_FOUND", "errors.notFound");
  return row.task;
}
