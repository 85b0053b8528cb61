// Rebuilds a complaint's life-cycle state from its rows, so every change is
// checked by the domain's state machine before anything is written.
import { and, asc, eq } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import type { ComplaintStage, ComplaintState, PointDecision, StageRecord } from "@hearth/domain/complaints";
import { refuse } from "../../errors.js";

const { complaints, complaintStages, complaintPoints, complaintActions } = schema;

export type ComplaintRow = typeof complaints.$inferSelect;
export type StageRow = typeof complaintStages.$inferSelect;
export type PointRow = typeof complaintPoints.$inferSelect;
export type ActionRow = typeof complaintActions.$inferSelect;

export interface LoadedComplaint {
  row: ComplaintRow;
  stages: StageRow[];
  points: PointRow[];
  actions: ActionRow[];
  state: ComplaintState;
}

function stageRecord(stage: StageRow, points: PointRow[], actions: ActionRow[]): StageRecord {
  const own = points.filter((p) => p.stage === stage.stage).sort((a, b) => a.position - b.position);
  return {
    acknowledgedOn: stage.acknowledgedOn,
    handlerId: stage.handlerUserId,
    points: own.map((p) => ({ id: p.id, summary: p.summary })),
    ...(stage.extensionGrantedOn && stage.extensionWorkingDays !== null
      ? { extension: { grantedOn: stage.extensionGrantedOn, workingDays: stage.extensionWorkingDays, reason: stage.extensionReason ?? "" } }
      : {}),
    ...(stage.respondedOn
      ? {
          response: {
            respondedOn: stage.respondedOn,
            decisions: own.map((p) => ({ pointId: p.id, decision: p.decision as PointDecision, reasons: p.reasons ?? "" })),
            remedy: {
              compensationPence: stage.compensationPence ?? 0,
              apology: stage.apology ?? false,
              actions: actions
                .filter((a) => a.stage === stage.stage)
                .map((a) => ({ description: a.description, ownerId: a.ownerUserId, dueOn: a.dueOn })),
            },
          },
        }
      : {}),
  };
}

export function stateOf(row: ComplaintRow, stages: StageRow[], points: PointRow[], actions: ActionRow[]): ComplaintState {
  const stage = (n: ComplaintStage) => stages.find((s) => s.stage === n);
  const s1 = stage(1);
  const s2 = stage(2);
  return {
    status: row.status,
    receivedOn: row.receivedOn,
    lastEventOn: row.lastEventOn,
    ...(s1 ? { stage1: stageRecord(s1, points, actions) } : {}),
    ...(row.escalatedOn ? { escalatedOn: row.escalatedOn } : {}),
    ...(s2 ? { stage2: stageRecord(s2, points, actions) } : {}),
    ...(row.closedOn && row.causeCategory ? { closure: { closedOn: row.closedOn, causeCategory: row.causeCategory, lessonsLearnt: row.lessonsLearnt ?? "" } } : {}),
    ...(row.refusedOn && row.refusalReason
      ? { refusal: { refusedOn: row.refusedOn, reason: row.refusalReason, explanation: row.refusalExplanation ?? "" } }
      : {}),
    ...(row.withdrawnOn ? { withdrawnOn: row.withdrawnOn } : {}),
  };
}

/**
 * Loads one complaint with everything the life cycle needs. With `lock`, the
 * complaint row is locked for the rest of the transaction so two officers
 * cannot apply conflicting steps at once.
 */
export async function loadComplaint(db: Executor, where: { id: string } | { reference: string }, options: { lock?: boolean } = {}): Promise<LoadedComplaint> {
  const condition = "id" in where ? eq(complaints.id, where.id) : eq(complaints.reference, where.reference);
  const query = db.select().from(complaints).where(condition);
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw refuse("NOT_FOUND", "errors.notFound");
  const [stages, points, actions] = await Promise.all([
    db.select().from(complaintStages).where(eq(complaintStages.complaintId, row.id)).orderBy(asc(complaintStages.stage)),
    db.select().from(complaintPoints).where(eq(complaintPoints.complaintId, row.id)).orderBy(asc(complaintPoints.stage), asc(complaintPoints.position)),
    db.select().from(complaintActions).where(eq(complaintActions.complaintId, row.id)).orderBy(asc(complaintActions.dueOn), asc(complaintActions.id)),
  ]);
  return { row, stages, points, actions, state: stateOf(row, stages, points, actions) };
}

/** A resident's own complaint; anyone else's is "not found" so references cannot be probed. */
export async function loadOwnComplaint(db: Executor, residentId: string, reference: string, options: { lock?: boolean } = {}): Promise<LoadedComplaint> {
  const [owned] = await db
    .select({ id: complaints.id })
    .from(complaints)
    .where(and(eq(complaints.reference, reference), eq(complaints.residentId, residentId)));
  if (!owned) throw refuse("NOT_FOUND", "errors.notFound");
  return loadComplaint(db, { id: owned.id }, options);
}
