// Everything a complaint handler needs on one page: the resident and home, the
// resident's words, each stage with names, the full event history and what
// may happen next.
import { asc, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { allowedEvents, complaintDeadlines } from "@hearth/domain/complaints";
import { complaintAttachmentList } from "../../repositories/complaints/attachments.js";
import { landlordCalendar } from "../../repositories/complaints/calendar.js";
import type { LoadedComplaint } from "../../repositories/complaints/state.js";

const { residents, tenancies, homes, neighbourhoods, serviceAreas, users, complaintEvents, residentProfiles } = schema;

export async function staffView(db: Executor, complaint: LoadedComplaint, today: string) {
  const { row, stages, points, actions, state } = complaint;
  const [who] = await db
    .select({
      id: residents.id,
      firstName: residents.firstName,
      lastName: residents.lastName,
      tenancyReference: tenancies.reference,
      addressLine1: homes.addressLine1,
      town: homes.town,
      postcode: homes.postcode,
      neighbourhood: neighbourhoods.name,
      preferredLanguage: residentProfiles.preferredLanguage,
      supportNeeds: residentProfiles.supportNeeds,
      preferredFormat: residentProfiles.preferredFormat,
    })
    .from(residents)
    .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, homes.neighbourhoodId))
    .leftJoin(residentProfiles, eq(residentProfiles.residentId, residents.id))
    .where(eq(residents.id, row.residentId));
  const [area] = await db.select({ slug: serviceAreas.slug, name: serviceAreas.name }).from(serviceAreas).where(eq(serviceAreas.id, row.serviceAreaId));
  const events = await db.select().from(complaintEvents).where(eq(complaintEvents.complaintId, row.id)).orderBy(asc(complaintEvents.id));

  const userIds = [
    ...new Set(
      [
        ...stages.flatMap((s) => [s.handlerUserId, s.respondedByUserId]),
        ...actions.map((a) => a.ownerUserId),
        ...events.map((e) => e.actorUserId),
        row.recordedByUserId,
      ].filter((id): id is string => typeof id === "string"),
    ),
  ];
  const names = new Map(
    userIds.length ? (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds))).map((u) => [u.id, u.name]) : [],
  );
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const calendar = await landlordCalendar(db, row.landlordId);

  return {
    id: row.id,
    reference: row.reference,
    version: row.version,
    status: row.status,
    allowed: allowedEvents(state.status),
    channel: row.channel,
    language: row.language,
    recordedBy: nameOf(row.recordedByUserId),
    serviceArea: area!,
    resident: who!,
    contact: { method: row.contactMethod, detail: row.contactDetail },
    whatHappened: row.whatHappened,
    putRight: row.putRight,
    receivedOn: row.receivedOn,
    escalatedOn: row.escalatedOn,
    nextDueOn: row.nextDueOn,
    overdue: row.nextDueOn !== null && row.nextDueOn < today,
    /** The UK date "overdue" was judged on, which is also the latest date a step can be dated. */
    today,
    closure: row.closedOn ? { closedOn: row.closedOn, causeCategory: row.causeCategory, lessonsLearnt: row.lessonsLearnt ?? "" } : null,
    refusal: row.refusedOn ? { on: row.refusedOn, reason: row.refusalReason!, explanation: row.refusalExplanation ?? "" } : null,
    withdrawnOn: row.withdrawnOn,
    deadlines: complaintDeadlines(state, calendar),
    stage1HandlerId: stages.find((s) => s.stage === 1)?.handlerUserId ?? null,
    stages: stages.map((s) => ({
      stage: s.stage,
      acknowledgedOn: s.acknowledgedOn,
      handler: { id: s.handlerUserId, name: nameOf(s.handlerUserId) },
      extension: s.extensionGrantedOn ? { grantedOn: s.extensionGrantedOn, workingDays: s.extensionWorkingDays ?? 0, reason: s.extensionReason ?? "" } : null,
      points: points.filter((p) => p.stage === s.stage).map((p) => ({ id: p.id, summary: p.summary, decision: p.decision, reasons: p.reasons })),
      response: s.respondedOn
        ? {
            respondedOn: s.respondedOn,
            respondedBy: nameOf(s.respondedByUserId),
            summary: s.responseSummary ?? "",
            apology: s.apology ?? false,
            compensationPence: s.compensationPence ?? 0,
            actions: actions
              .filter((a) => a.stage === s.stage)
              .map((a) => ({ id: a.id, description: a.description, owner: nameOf(a.ownerUserId), dueOn: a.dueOn, doneOn: a.doneOn })),
          }
        : null,
    })),
    events: events.map((e) => ({ id: e.id, type: e.type, on: e.on, actor: nameOf(e.actorUserId), visibleToResident: e.visibleToResident, details: e.details })),
    attachments: await complaintAttachmentList(db, row.id),
  };
}
