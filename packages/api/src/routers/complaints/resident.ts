// The resident's side of complaints: a draft filled in one question at a time,
// sending it, following it, asking for stage 2 and withdrawing it.
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@hearth/db";
import { refuse } from "../../errors.js";
import { addDraftAttachment, attachmentContent, draftAttachments, removeDraftAttachment } from "../../repositories/complaints/attachments.js";
import { ukToday } from "../../repositories/complaints/calendar.js";
import { createComplaint } from "../../repositories/complaints/create.js";
import { discardDraft, mergeDraft, readDraft, type DraftAnswers } from "../../repositories/complaints/drafts.js";
import { loadOwnComplaint } from "../../repositories/complaints/state.js";
import { recordTransition } from "../../repositories/complaints/transitions.js";
import { activeServiceAreas, serviceAreaBySlug } from "../../repositories/service-areas.js";
import { residentProcedure, router } from "../../trpc.js";
import { pageInput, uuidInput } from "../identity/inputs.js";
import { checkContact, contactShape, putRightInput, referenceInput, serviceAreaInput, whatHappenedInput } from "./inputs.js";
import { residentView } from "./resident-view.js";

const { complaints, serviceAreas, residentProfiles } = schema;
const PAGE_SIZE = 20;

/** The question pages in order; the check page sends the resident back to the first unanswered one. */
export const DRAFT_STEPS = ["about", "what-happened", "put-right", "contact"] as const;
export type DraftStep = (typeof DRAFT_STEPS)[number];

function missingStep(answers: DraftAnswers): DraftStep | null {
  if (!answers.serviceArea) return "about";
  if (!answers.whatHappened) return "what-happened";
  if (!answers.putRight) return "put-right";
  if (!answers.contactMethod) return "contact";
  return null;
}

const stepInput = z.discriminatedUnion("step", [
  z.object({ step: z.literal("about"), serviceArea: serviceAreaInput }),
  z.object({ step: z.literal("what-happened"), whatHappened: whatHappenedInput }),
  z.object({ step: z.literal("put-right"), putRight: putRightInput }),
  z.object({ step: z.literal("contact"), ...contactShape }).superRefine(checkContact),
]);

export const complaintsRouter = router({
  serviceAreas: residentProcedure.query(({ ctx }) => activeServiceAreas(ctx.db, ctx.landlordId)),

  draft: residentProcedure.query(async ({ ctx }) => {
    const answers = await readDraft(ctx.db, ctx.residentId);
    const [profile] = await ctx.db
      .select({ phone: residentProfiles.phone, contactMethods: residentProfiles.contactMethods })
      .from(residentProfiles)
      .where(eq(residentProfiles.residentId, ctx.residentId));
    return {
      answers,
      attachments: await draftAttachments(ctx.db, ctx.residentId),
      missingStep: missingStep(answers),
      /** What we already know, to suggest on the contact page. */
      profile: { email: ctx.user.email, phone: profile?.phone ?? null, contactMethods: profile?.contactMethods ?? [] },
    };
  }),

  saveStep: residentProcedure.input(stepInput).mutation(async ({ ctx, input }) => {
    let answers: DraftAnswers;
    switch (input.step) {
      case "about":
        if (!(await serviceAreaBySlug(ctx.db, ctx.landlordId, input.serviceArea))) {
          throw refuse("BAD_REQUEST", "errors.complaints.serviceAreaRequired", { field: "serviceArea" });
        }
        answers = { serviceArea: input.serviceArea };
        break;
      case "what-happened":
        answers = { whatHappened: input.whatHappened };
        break;
      case "put-right":
        answers = { putRight: input.putRight };
        break;
      case "contact":
        answers = { contactMethod: input.contactMethod, phone: input.phone ?? "" };
        break;
    }
    await mergeDraft(ctx.db, ctx.residentId, answers, ctx.now());
    return { saved: input.step };
  }),

  addAttachment: residentProcedure
    .input(z.object({ fileName: z.string().max(1000).default(""), bytes: z.instanceof(Uint8Array, { error: "errors.complaints.attachment.empty" }) }))
    .mutation(({ ctx, input }) => addDraftAttachment(ctx.db, { residentId: ctx.residentId, fileName: input.fileName, bytes: input.bytes, uploadedByUserId: ctx.user.id })),

  removeAttachment: residentProcedure.input(z.object({ id: uuidInput })).mutation(async ({ ctx, input }) => {
    await removeDraftAttachment(ctx.db, ctx.residentId, input.id);
    return { removed: input.id };
  }),

  /** Sends the draft as a complaint: all or nothing. */
  submit: residentProcedure.mutation(async ({ ctx }) => {
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const answers = await readDraft(tx, ctx.residentId);
      const missing = missingStep(answers);
      if (missing) throw refuse("BAD_REQUEST", "errors.complaints.draftIncomplete", { field: missing });
      const area = await serviceAreaBySlug(tx, ctx.landlordId, answers.serviceArea!);
      if (!area) throw refuse("BAD_REQUEST", "errors.complaints.serviceAreaRequired", { field: "about" });
      const method = answers.contactMethod!;
      const created = await createComplaint(tx, {
        landlordId: ctx.landlordId,
        residentId: ctx.residentId,
        serviceAreaId: area.id,
        channel: "portal",
        whatHappened: answers.whatHappened!,
        putRight: answers.putRight!,
        language: ctx.locale,
        contactMethod: method,
        contactDetail: method === "email" ? ctx.user.email : method === "phone" || method === "text" ? (answers.phone ?? "") : "",
        receivedOn: ukToday(now),
        recordedByUserId: null,
        actorUserId: ctx.user.id,
        address: ctx.address,
        now,
      });
      await tx
        .update(schema.complaintAttachments)
        .set({ complaintId: created.id })
        .where(and(eq(schema.complaintAttachments.residentId, ctx.residentId), isNull(schema.complaintAttachments.complaintId)));
      await discardDraft(tx, ctx.residentId);
      return { reference: created.reference, acknowledgeBy: created.acknowledgeBy };
    });
  }),

  mine: residentProcedure.input(z.object({ page: pageInput }).default({ page: 1 })).query(async ({ ctx, input }) => {
    const rows = await ctx.db
      .select({
        reference: complaints.reference,
        status: complaints.status,
        serviceArea: serviceAreas.slug,
        receivedOn: complaints.receivedOn,
        nextDueOn: complaints.nextDueOn,
        escalatedOn: complaints.escalatedOn,
      })
      .from(complaints)
      .innerJoin(serviceAreas, eq(serviceAreas.id, complaints.serviceAreaId))
      .where(eq(complaints.residentId, ctx.residentId))
      .orderBy(desc(complaints.receivedOn), desc(complaints.reference))
      .limit(PAGE_SIZE + 1)
      .offset((input.page - 1) * PAGE_SIZE);
    return { rows: rows.slice(0, PAGE_SIZE), hasMore: rows.length > PAGE_SIZE, page: input.page };
  }),

  get: residentProcedure.input(z.object({ reference: referenceInput })).query(async ({ ctx, input }) => {
    const complaint = await loadOwnComplaint(ctx.db, ctx.residentId, input.reference);
    return residentView(ctx.db, complaint);
  }),

  /** Stage 2 on request: the Code lets the resident escalate without giving a reason. */
  escalate: residentProcedure.input(z.object({ reference: referenceInput })).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    return ctx.db.transaction(async (tx) => {
      const complaint = await loadOwnComplaint(tx, ctx.residentId, input.reference, { lock: true });
      const next = await recordTransition(tx, complaint, { type: "escalate", on: ukToday(now) }, { actorUserId: ctx.user.id, address: ctx.address, now, auditAction: "complaint.escalated-by-resident" });
      return { reference: complaint.row.reference, status: next.status };
    });
  }),

  /**
   * The resident no longer wants their open complaint pursued. A reason is
   * theirs to give or not; it is kept as written, in the language they wrote it.
   */
  withdraw: residentProcedure
    .input(z.object({ reference: referenceInput, reason: z.string().trim().max(1000, { error: "errors.complaints.withdrawReasonTooLong" }).default("") }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      return ctx.db.transaction(async (tx) => {
        const complaint = await loadOwnComplaint(tx, ctx.residentId, input.reference, { lock: true });
        const next = await recordTransition(tx, complaint, { type: "withdraw", on: ukToday(now), ...(input.reason ? { reason: input.reason } : {}) }, {
          actorUserId: ctx.user.id,
          address: ctx.address,
          now,
          auditAction: "complaint.withdrawn-by-resident",
          notice: "withdrawn",
          details: input.reason ? { language: ctx.locale } : {},
        });
        return { reference: complaint.row.reference, status: next.status };
      });
    }),

  attachment: residentProcedure.input(z.object({ id: uuidInput })).query(({ ctx, input }) => attachmentContent(ctx.db, input.id, { residentId: ctx.residentId })),
});
