// The staff queue: filters, sort and paging in SQL. Overdue and "due soon" use
// the stored next due date, which the domain derives on every change.
import { and, asc, count, desc, eq, exists, gte, lte, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { schema, type Executor } from "@hearth/db";
import { type CalendarOptions, type ComplaintStatus } from "@hearth/domain/complaints";
import { addWorkingDays } from "@hearth/domain/calendar";

const { complaints, complaintStages, serviceAreas, residents, tenancies, homes, neighbourhoods, users } = schema;

export interface QueueFilters {
  stage?: 1 | 2;
  status?: ComplaintStatus;
  serviceArea?: string;
  neighbourhood?: string;
  /** A user id, or "unassigned". */
  handler?: string;
  due?: "overdue" | "soon";
  sort: "due" | "received" | "reference";
  direction: "asc" | "desc";
}

const STAGE1 = sql`('received', 'stage1-acknowledged', 'stage1-extended', 'stage1-responded')`;
const STAGE2 = sql`('escalated', 'stage2-acknowledged', 'stage2-extended', 'final-response')`;
const currentStage = sql<number | null>`case when ${complaints.status} in ${STAGE1} then 1 when ${complaints.status} in ${STAGE2} then 2 else null end`;

export function queueWhere(db: Executor, filters: QueueFilters, today: string, calendar: CalendarOptions): SQL | undefined {
  const where: SQL[] = [];
  if (filters.stage === 1) where.push(sql`${complaints.status} in ${STAGE1}`);
  if (filters.stage === 2) where.push(sql`${complaints.status} in ${STAGE2}`);
  if (filters.status) where.push(eq(complaints.status, filters.status));
  if (filters.serviceArea) where.push(eq(serviceAreas.slug, filters.serviceArea));
  if (filters.neighbourhood) where.push(eq(neighbourhoods.slug, filters.neighbourhood));
  if (filters.handler) {
    const stageNow = sql`${complaintStages.stage} = (select max(s.stage) from ${complaintStages} s where s.complaint_id = ${complaints.id})`;
    const handled = (condition: SQL) => exists(db.select({ one: sql`1` }).from(complaintStages).where(and(eq(complaintStages.complaintId, complaints.id), stageNow, condition)));
    if (filters.handler === "unassigned") {
      // Nobody owns it yet: received, or escalated and not yet acknowledged at stage 2.
      where.push(sql`${complaints.status} in ('received', 'escalated')`);
    } else {
      where.push(handled(eq(complaintStages.handlerUserId, filters.handler)));
      where.push(sql`${complaints.status} not in ('escalated')`);
    }
  }
  if (filters.due === "overdue") where.push(sql`${complaints.nextDueOn} < ${today}`);
  if (filters.due === "soon") {
    where.push(gte(complaints.nextDueOn, today));
    where.push(lte(complaints.nextDueOn, addWorkingDays(today, 2, calendar.calendar, calendar.extraHolidays)));
  }
  return where.length ? and(...where) : undefined;
}

const handlerUser = alias(users, "handler");

export async function queuePage(db: Executor, filters: QueueFilters, options: { today: string; calendar: CalendarOptions; limit: number; offset: number }) {
  const where = queueWhere(db, filters, options.today, options.calendar);
  const base = () =>
    db
      .select({ n: count() })
      .from(complaints)
      .innerJoin(serviceAreas, eq(serviceAreas.id, complaints.serviceAreaId))
      .innerJoin(residents, eq(residents.id, complaints.residentId))
      .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
      .innerJoin(homes, eq(homes.id, tenancies.homeId))
      .innerJoin(neighbourhoods, eq(neighbourhoods.id, homes.neighbourhoodId))
      .where(where);
  const [total] = await base();
  const order =
    filters.sort === "due"
      ? [filters.direction === "asc" ? sql`${complaints.nextDueOn} asc nulls last` : sql`${complaints.nextDueOn} desc nulls last`, asc(complaints.reference)]
      : filters.sort === "reference"
        ? [filters.direction === "asc" ? asc(complaints.reference) : desc(complaints.reference)]
        : [filters.direction === "asc" ? asc(complaints.receivedOn) : desc(complaints.receivedOn), desc(complaints.reference)];
  const rows = await db
    .select({
      id: complaints.id,
      reference: complaints.reference,
      status: complaints.status,
      stage: currentStage,
      receivedOn: complaints.receivedOn,
      nextDueOn: complaints.nextDueOn,
      channel: complaints.channel,
      serviceArea: serviceAreas.slug,
      serviceAreaName: serviceAreas.name,
      neighbourhood: neighbourhoods.name,
      residentName: sql<string>`${residents.firstName} || ' ' || ${residents.lastName}`,
      handlerName: handlerUser.name,
    })
    .from(complaints)
    .innerJoin(serviceAreas, eq(serviceAreas.id, complaints.serviceAreaId))
    .innerJoin(residents, eq(residents.id, complaints.residentId))
    .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, homes.neighbourhoodId))
    .leftJoin(
      complaintStages,
      and(eq(complaintStages.complaintId, complaints.id), sql`${complaintStages.stage} = (select max(s.stage) from ${complaintStages} s where s.complaint_id = ${complaints.id})`),
    )
    .leftJoin(handlerUser, eq(handlerUser.id, complaintStages.handlerUserId))
    .where(where)
    .orderBy(...order)
    .limit(options.limit)
    .offset(options.offset);
  return {
    rows: rows.map((r) => ({
      ...r,
      // Until someone acknowledges the open stage, nobody handles it.
      handlerName: r.status === "received" || r.status === "escalated" ? null : r.handlerName,
      overdue: r.nextDueOn !== null && r.nextDueOn < options.today,
    })),
    total: total?.n ?? 0,
  };
}
