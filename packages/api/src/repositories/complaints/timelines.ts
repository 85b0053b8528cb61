import { eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { openDeadline, type CalendarOptions, type ReportableComplaint } from "@hearth/domain/complaints";

const { complaints, complaintStages, complaintPoints, serviceAreas } = schema;

export interface ReportComplaint extends ReportableComplaint {
  id: string;
  neighbourhoodId: string;
  nextDueOn: string | null;
}

/** Every complaint of a landlord as the reporting rules need it: one query per table, not per complaint. */
export async function reportComplaints(db: Executor, landlordId: string): Promise<ReportComplaint[]> {
  const rows = await db
    .select({
      id: complaints.id,
      reference: complaints.reference,
      status: complaints.status,
      receivedOn: complaints.receivedOn,
      escalatedOn: complaints.escalatedOn,
      closedOn: complaints.closedOn,
      causeCategory: complaints.causeCategory,
      lessonsLearnt: complaints.lessonsLearnt,
      nextDueOn: complaints.nextDueOn,
      serviceArea: serviceAreas.slug,
      neighbourhoodId: schema.homes.neighbourhoodId,
    })
    .from(complaints)
    .innerJoin(serviceAreas, eq(serviceAreas.id, complaints.serviceAreaId))
    .innerJoin(schema.residents, eq(schema.residents.id, complaints.residentId))
    .innerJoin(schema.tenancies, eq(schema.tenancies.id, schema.residents.tenancyId))
    .innerJoin(schema.homes, eq(schema.homes.id, schema.tenancies.homeId))
    .where(eq(complaints.landlordId, landlordId));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const stages = await db.select().from(complaintStages).where(inArray(complaintStages.complaintId, ids));
  const points = await db
    .select({ complaintId: complaintPoints.complaintId, stage: complaintPoints.stage, decision: complaintPoints.decision })
    .from(complaintPoints)
    .where(inArray(complaintPoints.complaintId, ids));
  const stagesOf = groupBy(stages, (s) => s.complaintId);
  const pointsOf = groupBy(points, (p) => p.complaintId);
  return rows.map((row) => {
    const own = stagesOf.get(row.id) ?? [];
    const timeline = (n: number) => {
      const s = own.find((x) => x.stage === n);
      if (!s) return undefined;
      return {
        acknowledgedOn: s.acknowledgedOn,
        ...(s.extensionWorkingDays ? { extension: { workingDays: s.extensionWorkingDays } } : {}),
        ...(s.respondedOn ? { response: { respondedOn: s.respondedOn } } : {}),
      };
    };
    const stage1 = timeline(1);
    const stage2 = timeline(2);
    return {
      ...row,
      escalatedOn: row.escalatedOn ?? undefined,
      ...(stage1 ? { stage1 } : {}),
      ...(stage2 ? { stage2 } : {}),
      compensationPence: { 1: own.find((x) => x.stage === 1)?.compensationPence ?? null, 2: own.find((x) => x.stage === 2)?.compensationPence ?? null },
      decisions: (pointsOf.get(row.id) ?? []).map((p) => ({ stage: p.stage, decision: p.decision })),
    };
  });
}

// Map.groupBy needs Node 21; the project supports Node 20.
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Re-derives every open complaint's stored next due date, e.g. after the
 * landlord adds or removes a closure day that moves deadlines.
 */
export async function refreshDueDates(db: Executor, landlordId: string, calendar: CalendarOptions): Promise<number> {
  let changed = 0;
  for (const complaint of await reportComplaints(db, landlordId)) {
    const dueOn = openDeadline(complaint, calendar)?.dueOn ?? null;
    if (dueOn === complaint.nextDueOn) continue;
    await db.update(complaints).set({ nextDueOn: dueOn }).where(eq(complaints.id, complaint.id));
    changed++;
  }
  return changed;
}
