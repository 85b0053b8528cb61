// Staff handling complaints: the queue, one complaint, and each step of the
// Code. Every step is checked by the domain life cycle, written in one
// transaction with its audit entry and the resident's notification.
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "@hearth/db";
import { COMPLAINT_STATUSES, type ComplaintEvent } from "@hearth/domain/complaints";
import { writeAudit } from "../../audit.js";
import { refuse } from "../../errors.js";
import { attachmentContent } from "../../repositories/complaints/attachments.js";
import { landlordCalendar, ukToday } from "../../repositories/complaints/calendar.js";
import { createComplaint } from "../../repositories/complaints/create.js";
import { queuePage, type QueueFilters } from "../../repositories/complaints/queue.js";
import { loadComplaint, type LoadedComplaint } from "../../repositories/complaints/state.js";
import { recordTransition } from "../../repositories/complaints/transitions.js";
import { activeServiceAreas, installationLandlordId, serviceAreaBySlug } from "../../repositories/service-areas.js";
import type { Context, SessionUser } from "../../context.js";
import { router, staffProcedure } from "../../trpc.js";
import { pageInput, uuidInput } from "../identity/inputs.js";
import {
  actionInput,
  causeInput,
  checkContact,
  contactShape,
  decisionInput,
  isoDateInput,
  pointsInput,
  poundsInput,
  putRightInput,
  referenceInput,
  refusalReasonInput,
  requestChannelInput,
  serviceAreaInput,
  staffChannelInput,
  versionInput,
  whatHappenedInput,
} from "./inputs.js";
import { staffView } from "./staff-view.js";

const { users, userRoles, residents, tenancies, homes, complaintEvents } = schema;
const PAGE_SIZE = 25;
export const EXPORT_LIMIT = 10_000;
const handler = staffProcedure.meta({ roles: ["staff"] });

export const queueFiltersInput = z.object({
  stage: z.coerce.number().pipe(z.union([z.literal(1), z.literal(2)])).optional(),
  status: z.enum(COMPLAINT_STATUSES).optional(),
  serviceArea: z.string().trim().max(80).optional(),
  neighbourhood: z.string().trim().max(80).optional(),
  handler: z.union([z.uuid(), z.literal("unassigned")]).optional(),
  due: z.enum(["overdue", "soon"]).optional(),
  sort: z.enum(["due", "received", "reference"]).default("due"),
  direction: z.enum(["asc", "desc"]).default("asc"),
});

/** Active staff who can own a complaint stage or an action. */
async function staffMembers(db: Executor) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "staff")))
    .where(eq(users.active, true))
    .orderBy(asc(users.name));
}

async function requireStaffMember(db: Executor, id: string, field: string): Promise<void> {
  const [member] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "staff")))
    .where(and(eq(users.id, id), eq(users.active, true)));
  if (!member) throw refuse("BAD_REQUEST", "errors.complaints.handlerRequired", { field });
}

type StaffContext = Context & { user: SessionUser };

/** Today and the installation's calendar, which decide "overdue" and "due soon" for the queue and its export alike. */
async function queueDay(ctx: Context) {
  const landlordId = await installationLandlordId(ctx.db);
  const calendar = landlordId ? await landlordCalendar(ctx.db, landlordId) : { calendar: "england-and-wales" as const };
  return { today: ukToday(ctx.now()), calendar };
}

/** Loads, locks, applies one event and returns the refreshed page data. */
async function transition(
  ctx: StaffContext,
  input: { reference: string; version: number },
  build: (complaint: LoadedComplaint, on: string, tx: Executor) => Promise<ComplaintEvent> | ComplaintEvent,
  options: { responseSummary?: string; auditAction?: string } = {},
) {
  const now = ctx.now();
  const on = ukToday(now);
  return ctx.db.transaction(async (tx) => {
    const complaint = await loadComplaint(tx, { reference: input.reference }, { lock: true });
    const event = await build(complaint, on, tx);
    const next = await recordTransition(tx, complaint, event, { actorUserId: ctx.user.id, address: ctx.address, now, expectedVersion: input.version, ...options });
    return { reference: complaint.row.reference, status: next.status };
  });
}

const step = { reference: referenceInput, version: versionInput };

export const caseworkRouter = router({
  queue: handler
    .input(queueFiltersInput.extend({ page: pageInput }))
    .query(async ({ ctx, input }) => {
      const { today, calendar } = await queueDay(ctx);
      const page = await queuePage(ctx.db, input as QueueFilters, { today, calendar, limit: PAGE_SIZE, offset: (input.page - 1) * PAGE_SIZE });
      return { ...page, page: input.page, pageSize: PAGE_SIZE, today };
    }),

  /** The same rows as the queue with the same filters, unpaged, for CSV export. */
  export: handler.input(queueFiltersInput).query(async ({ ctx, input }) => {
    const { today, calendar } = await queueDay(ctx);
    const page = await queuePage(ctx.db, input as QueueFilters, { today, calendar, limit: EXPORT_LIMIT, offset: 0 });
    await writeAudit(ctx.db, { actorUserId: ctx.user.id, action: "complaint.queue-exported", subjectType: "complaint", details: { rows: page.rows.length, filters: input }, address: ctx.address }, ctx.now());
    return { ...page, today };
  }),

  /** Choices the queue filters and forms offer. */
  options: handler.query(async ({ ctx }) => {
    const landlordId = await installationLandlordId(ctx.db);
    return {
      serviceAreas: landlordId ? await activeServiceAreas(ctx.db, landlordId) : [],
      neighbourhoods: landlordId
        ? await ctx.db.select({ slug: schema.neighbourhoods.slug, name: schema.neighbourhoods.name }).from(schema.neighbourhoods).where(eq(schema.neighbourhoods.landlordId, landlordId)).orderBy(asc(schema.neighbourhoods.name))
        : [],
      staff: await staffMembers(ctx.db),
    };
  }),

  get: handler.input(z.object({ reference: referenceInput })).query(async ({ ctx, input }) => {
    const complaint = await loadComplaint(ctx.db, { reference: input.reference });
    return { ...(await staffView(ctx.db, complaint, ukToday(ctx.now()))), staff: await staffMembers(ctx.db) };
  }),

  acknowledge: handler.input(z.object({ ...step, handlerId: uuidInput, points: pointsInput })).mutation(({ ctx, input }) =>
    transition(ctx, input, async (_, on, tx) => {
      await requireStaffMember(tx, input.handlerId, "handlerId");
      return { type: "acknowledge", on, handlerId: input.handlerId, points: input.points.map((summary) => ({ id: crypto.randomUUID(), summary })) };
    }),
  ),

  assign: handler.input(z.object({ ...step, handlerId: uuidInput })).mutation(({ ctx, input }) =>
    transition(ctx, input, async (_, on, tx) => {
      await requireStaffMember(tx, input.handlerId, "handlerId");
      return { type: "assign", on, handlerId: input.handlerId };
    }),
  ),

  extend: handler
    .input(z.object({ ...step, workingDays: z.coerce.number({ error: "errors.complaints.extensionInvalid" }).int({ error: "errors.complaints.extensionInvalid" }), reason: z.string().trim().max(2000) }))
    .mutation(({ ctx, input }) => transition(ctx, input, (_, on) => ({ type: "extend", on, workingDays: input.workingDays, reason: input.reason }))),

  respond: handler
    .input(
      z.object({
        ...step,
        decisions: z.array(decisionInput).max(10),
        summary: z.string().trim().min(1, { error: "errors.complaints.summaryRequired" }).max(10_000, { error: "errors.complaints.summaryTooLong" }),
        apology: z.boolean().default(false),
        compensation: poundsInput,
        actions: z.array(actionInput).max(10).default([]),
      }),
    )
    .mutation(({ ctx, input }) =>
      transition(
        ctx,
        input,
        async (complaint, on, tx) => {
          // The Code: stage 2 is decided by someone other than whoever dealt with stage 1.
          const stage1 = complaint.stages.find((s) => s.stage === 1);
          if (complaint.state.status.startsWith("stage2-") && stage1 && (stage1.handlerUserId === ctx.user.id || stage1.respondedByUserId === ctx.user.id)) {
            throw refuse("FORBIDDEN", "errors.complaints.sameHandler");
          }
          for (const [index, action] of input.actions.entries()) await requireStaffMember(tx, action.ownerId, `actions.${index}.ownerId`);
          return { type: "respond", on, decisions: input.decisions, remedy: { compensationPence: input.compensation, apology: input.apology, actions: input.actions } };
        },
        { responseSummary: input.summary },
      ),
    ),

  close: handler
    .input(z.object({ ...step, causeCategory: causeInput, lessonsLearnt: z.string().trim().max(3000, { error: "errors.complaints.lessonsTooLong" }) }))
    .mutation(({ ctx, input }) => transition(ctx, input, (_, on) => ({ type: "close", on, causeCategory: input.causeCategory, lessonsLearnt: input.lessonsLearnt }))),

  refuse: handler
    .input(z.object({ ...step, reason: refusalReasonInput, explanation: z.string().trim().max(3000, { error: "errors.complaints.explanationTooLong" }) }))
    .mutation(({ ctx, input }) => transition(ctx, input, (_, on) => ({ type: "refuse", on, reason: input.reason, explanation: input.explanation }))),

  /**
   * The resident asked for stage 2 by phone, letter, email or in person (the
   * Code accepts any means and needs no reason). Dated the day the request
   * reached us, which starts the stage 2 clock; the resident is told as if they
   * had asked in the portal.
   */
  recordStage2Request: handler
    .input(z.object({ ...step, channel: requestChannelInput, receivedOn: isoDateInput("errors.complaints.requestDateRequired") }))
    .mutation(({ ctx, input }) =>
      transition(ctx, input, (_, today) => ({ type: "escalate", on: input.receivedOn, request: { channel: input.channel, recordedOn: today } }), {
        auditAction: "complaint.escalated-by-staff",
      }),
    ),

  /** The resident has told us they no longer want it pursued. */
  withdraw: handler.input(z.object(step)).mutation(({ ctx, input }) => transition(ctx, input, (_, on) => ({ type: "withdraw", on }))),

  /** A call, visit or letter about the complaint: part of the record, not the life cycle. */
  recordContact: handler
    .input(
      z.object({
        reference: referenceInput,
        method: z.enum(["phone", "email", "letter", "visit", "text"], { error: "errors.complaints.contactMethodRequired" }),
        summary: z.string().trim().min(1, { error: "errors.complaints.contactSummaryRequired" }).max(3000, { error: "errors.complaints.contactSummaryTooLong" }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      return ctx.db.transaction(async (tx) => {
        const complaint = await loadComplaint(tx, { reference: input.reference });
        const details = { method: input.method, summary: input.summary };
        await tx.insert(complaintEvents).values({ complaintId: complaint.row.id, type: "contact", on: ukToday(now), actorUserId: ctx.user.id, visibleToResident: false, details });
        await writeAudit(tx, { actorUserId: ctx.user.id, action: "complaint.contact-recorded", subjectType: "complaint", subjectId: complaint.row.reference, details: { method: input.method }, address: ctx.address }, now);
        return { reference: complaint.row.reference };
      });
    }),

  completeAction: handler.input(z.object({ reference: referenceInput, actionId: uuidInput })).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const complaint = await loadComplaint(tx, { reference: input.reference });
      const action = complaint.actions.find((a) => a.id === input.actionId);
      if (!action) throw refuse("NOT_FOUND", "errors.notFound");
      if (action.doneOn) return { doneOn: action.doneOn };
      const doneOn = ukToday(now);
      await tx.update(schema.complaintActions).set({ doneOn, updatedAt: now }).where(eq(schema.complaintActions.id, action.id));
      const details = { action: action.description };
      await tx.insert(complaintEvents).values({ complaintId: complaint.row.id, type: "action-done", on: doneOn, actorUserId: ctx.user.id, visibleToResident: true, details });
      await writeAudit(tx, { actorUserId: ctx.user.id, action: "complaint.action-done", subjectType: "complaint", subjectId: complaint.row.reference, details, address: ctx.address }, now);
      return { doneOn };
    });
  }),

  /** Residents to record a phone, letter or in-person complaint for: by name, tenancy reference or postcode. */
  findResidents: handler.input(z.object({ query: z.string().trim().min(2, { error: "errors.complaints.searchTooShort" }).max(100) })).query(async ({ ctx, input }) => {
    const pattern = `%${input.query.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    return ctx.db
      .select({
        id: residents.id,
        firstName: residents.firstName,
        lastName: residents.lastName,
        tenancyReference: tenancies.reference,
        addressLine1: homes.addressLine1,
        postcode: homes.postcode,
      })
      .from(residents)
      .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
      .innerJoin(homes, eq(homes.id, tenancies.homeId))
      .where(
        or(
          ilike(sql`${residents.firstName} || ' ' || ${residents.lastName}`, pattern),
          ilike(tenancies.reference, pattern),
          ilike(sql`replace(${homes.postcode}, ' ', '')`, pattern.replace(/\s/g, "")),
        ),
      )
      .orderBy(asc(residents.lastName), asc(residents.firstName))
      .limit(20);
  }),

  resident: handler.input(z.object({ id: uuidInput })).query(async ({ ctx, input }) => {
    const [resident] = await ctx.db
      .select({ id: residents.id, landlordId: residents.landlordId, firstName: residents.firstName, lastName: residents.lastName, tenancyReference: tenancies.reference, addressLine1: homes.addressLine1, postcode: homes.postcode })
      .from(residents)
      .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
      .innerJoin(homes, eq(homes.id, tenancies.homeId))
      .where(eq(residents.id, input.id));
    if (!resident) throw refuse("NOT_FOUND", "errors.notFound");
    return { ...resident, serviceAreas: await activeServiceAreas(ctx.db, resident.landlordId) };
  }),

  /** A complaint made by phone, letter, email or in person, recorded for the resident. */
  record: handler
    .input(
      z
        .object({
          residentId: uuidInput,
          channel: staffChannelInput,
          receivedOn: isoDateInput("errors.complaints.receivedOnRequired"),
          serviceArea: serviceAreaInput,
          whatHappened: whatHappenedInput,
          putRight: putRightInput,
          ...contactShape,
        })
        .superRefine(checkContact),
    )
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      if (input.receivedOn > ukToday(now)) throw refuse("BAD_REQUEST", "errors.complaints.receivedInFuture", { field: "receivedOn" });
      return ctx.db.transaction(async (tx) => {
        const [resident] = await tx
          .select({ id: residents.id, landlordId: residents.landlordId, email: users.email })
          .from(residents)
          .leftJoin(users, eq(users.residentId, residents.id))
          .where(eq(residents.id, input.residentId));
        if (!resident) throw refuse("NOT_FOUND", "errors.notFound");
        const area = await serviceAreaBySlug(tx, resident.landlordId, input.serviceArea);
        if (!area) throw refuse("BAD_REQUEST", "errors.complaints.serviceAreaRequired", { field: "serviceArea" });
        const [profile] = await tx.select({ language: schema.residentProfiles.preferredLanguage }).from(schema.residentProfiles).where(eq(schema.residentProfiles.residentId, resident.id));
        const detail = input.contactMethod === "email" ? (resident.email ?? "") : input.contactMethod === "post" ? "" : (input.phone ?? "");
        if (input.contactMethod === "email" && !detail) throw refuse("BAD_REQUEST", "errors.complaints.noEmailOnFile", { field: "contactMethod" });
        return createComplaint(tx, {
          landlordId: resident.landlordId,
          residentId: resident.id,
          serviceAreaId: area.id,
          channel: input.channel,
          whatHappened: input.whatHappened,
          putRight: input.putRight,
          language: profile?.language ?? "en",
          contactMethod: input.contactMethod,
          contactDetail: detail,
          receivedOn: input.receivedOn,
          recordedByUserId: ctx.user.id,
          actorUserId: ctx.user.id,
          address: ctx.address,
          now,
        });
      });
    }),

  attachment: handler.input(z.object({ id: uuidInput })).query(({ ctx, input }) => attachmentContent(ctx.db, input.id)),
});
