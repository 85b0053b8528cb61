// The review's evidence log and the golden-thread panel that feeds it. Staff
// add and remove entries while the stage allows; scrutiny panel members and
// admins read (scrutiny only settled reviews, see loadReadableReview).
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@hearth/db";
import { safeAttachmentName, sniffAttachmentType } from "@hearth/domain/complaints";
import { evidenceFileProblem } from "@hearth/domain/reviews";
import { refuse } from "../../errors.js";
import { ukToday } from "../../repositories/complaints/calendar.js";
import { citingQuestions, evidenceFile, evidenceLog, filesHeld, requireEditable } from "../../repositories/reviews/evidence.js";
import { insightSnapshot, residentsSaidPanel } from "../../repositories/reviews/residents-said.js";
import { changeReview, loadReadableReview } from "../../repositories/reviews/review.js";
import { router, staffProcedure } from "../../trpc.js";
import {
  addFileInput,
  addLinkInput,
  addMeetingInput,
  addNoteInput,
  evidenceIdInput,
  evidenceKindInput,
  linkComplaintInput,
  linkInsightInput,
  removeEvidenceInput,
} from "./evidence-inputs.js";
import { editableParts } from "./workspace.js";
import { reviewReferenceInput } from "./workspace-inputs.js";

const { reviewEvidence, complaints } = schema;
const reader = staffProcedure.meta({ roles: ["staff", "scrutiny", "admin"] });
const writer = staffProcedure.meta({ roles: ["staff"] });

export const reviewEvidenceRouter = router({
  /** The log, oldest first, with what cites each entry; `kind` narrows it. */
  list: reader.input(z.object({ reference: reviewReferenceInput, kind: evidenceKindInput.optional() })).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    const all = await evidenceLog(ctx.db, review.row.id);
    const counts = Object.fromEntries(all.reduce((m, e) => m.set(e.kind, (m.get(e.kind) ?? 0) + 1), new Map<string, number>()));
    return {
      reviewId: review.row.id,
      version: review.row.version,
      canEdit: editableParts(ctx.user, review).evidence,
      total: all.length,
      counts: counts as Partial<Record<(typeof all)[number]["kind"], number>>,
      entries: input.kind ? all.filter((e) => e.kind === input.kind) : all,
    };
  }),

  /** One stored file. The caller decides the type from the bytes again; the name is already safe. */
  file: reader.input(z.object({ reference: reviewReferenceInput, id: evidenceIdInput })).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    return evidenceFile(ctx.db, review.row.id, input.id);
  }),

  addNote: writer.input(addNoteInput).mutation(({ ctx, input }) =>
    changeReview(ctx, input, "review.evidence-added", async (tx, review) => {
      requireEditable(review, "evidence");
      const [row] = await tx.insert(reviewEvidence).values({ reviewId: review.row.id, kind: "note", title: input.title, body: input.body, createdByUserId: ctx.user.id }).returning({ id: reviewEvidence.id });
      return { result: { id: row!.id }, details: { kind: "note", id: row!.id } };
    }),
  ),

  addLink: writer.input(addLinkInput).mutation(({ ctx, input }) =>
    changeReview(ctx, input, "review.evidence-added", async (tx, review) => {
      requireEditable(review, "evidence");
      const [row] = await tx
        .insert(reviewEvidence)
        .values({ reviewId: review.row.id, kind: "link", title: input.title, url: new URL(input.url).href, body: input.body, createdByUserId: ctx.user.id })
        .returning({ id: reviewEvidence.id });
      return { result: { id: row!.id }, details: { kind: "link", id: row!.id } };
    }),
  ),

  addMeeting: writer.input(addMeetingInput).mutation(({ ctx, input }) => {
    // A record of a meeting that has happened: a future date is a plan, not evidence.
    if (input.meetingOn > ukToday(ctx.now())) throw refuse("BAD_REQUEST", "errors.reviews.evidence.meetingInFuture", { field: "meetingOn" });
    return changeReview(ctx, input, "review.evidence-added", async (tx, review) => {
      requireEditable(review, "evidence");
      const [row] = await tx
        .insert(reviewEvidence)
        .values({
          reviewId: review.row.id,
          kind: "meeting",
          title: input.title,
          meetingOn: input.meetingOn,
          body: input.body,
          // The schema has no attendees column; the entry's jsonb details keep them.
          snapshot: { attendees: input.attendees },
          createdByUserId: ctx.user.id,
        })
        .returning({ id: reviewEvidence.id });
      return { result: { id: row!.id }, details: { kind: "meeting", id: row!.id } };
    });
  }),

  addFile: writer.input(addFileInput).mutation(({ ctx, input }) =>
    changeReview(ctx, input, "review.evidence-added", async (tx, review) => {
      requireEditable(review, "evidence");
      // The review row is locked by changeReview, so two uploads cannot both slip under the file limit.
      const problem = evidenceFileProblem(input.bytes, await filesHeld(tx, review.row.id));
      if (problem) throw refuse("BAD_REQUEST", `errors.reviews.evidence.file.${problem}`, { field: "file" });
      const type = sniffAttachmentType(input.bytes)!;
      const fileName = safeAttachmentName(input.fileName, type);
      const [row] = await tx
        .insert(reviewEvidence)
        .values({
          reviewId: review.row.id,
          kind: "file",
          title: input.title || fileName,
          body: input.body,
          fileName,
          mimeType: type,
          byteSize: input.bytes.length,
          content: input.bytes,
          createdByUserId: ctx.user.id,
        })
        .returning({ id: reviewEvidence.id });
      const sha256 = createHash("sha256").update(input.bytes).digest("hex");
      return { result: { id: row!.id, fileName }, details: { kind: "file", id: row!.id, fileName, sha256 } };
    }),
  ),

  /** Refused while an answer still cites the entry: the answer would lose its evidence. */
  remove: writer.input(removeEvidenceInput).mutation(({ ctx, input }) =>
    changeReview(ctx, input, "review.evidence-removed", async (tx, review) => {
      requireEditable(review, "evidence");
      const [entry] = await tx
        .select({ id: reviewEvidence.id, kind: reviewEvidence.kind, title: reviewEvidence.title })
        .from(reviewEvidence)
        .where(and(eq(reviewEvidence.id, input.id), eq(reviewEvidence.reviewId, review.row.id)));
      if (!entry) throw refuse("NOT_FOUND", "errors.notFound");
      const citing = (await citingQuestions(tx, [entry.id])).get(entry.id) ?? [];
      if (citing.length) throw refuse("CONFLICT", "errors.reviews.evidence.stillCited", { params: { questions: citing.join(", ") } });
      await tx.delete(reviewEvidence).where(eq(reviewEvidence.id, entry.id));
      return { result: { id: entry.id }, details: { id: entry.id, kind: entry.kind, title: entry.title } };
    }),
  ),

  /** The golden thread for the review's service area: complaints now; other sources as those features land. */
  residentsSaid: reader.input(z.object({ reference: reviewReferenceInput })).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    const panel = await residentsSaidPanel(ctx.db, review, ctx.now());
    const staff = ctx.user.roles.includes("staff");
    return {
      reviewId: review.row.id,
      version: review.row.version,
      canEdit: editableParts(ctx.user, review).evidence,
      // The queue and complaint pages are for complaint handlers; everyone here may open the performance report.
      canOpenComplaints: staff,
      ...panel,
    };
  }),

  /** A complaint from the panel, once per review. */
  linkComplaint: writer.input(linkComplaintInput).mutation(({ ctx, input }) =>
    changeReview(ctx, input, "review.complaint-linked", async (tx, review) => {
      requireEditable(review, "evidence");
      const [complaint] = await tx
        .select({ id: complaints.id, landlordId: complaints.landlordId, serviceAreaId: complaints.serviceAreaId })
        .from(complaints)
        .where(eq(complaints.reference, input.complaint));
      if (!complaint || complaint.landlordId !== review.row.landlordId) throw refuse("NOT_FOUND", "errors.notFound");
      if (complaint.serviceAreaId !== review.row.serviceAreaId) throw refuse("BAD_REQUEST", "errors.reviews.evidence.complaintOtherArea", { field: "complaint" });
      const [already] = await tx
        .select({ id: reviewEvidence.id })
        .from(reviewEvidence)
        .where(and(eq(reviewEvidence.reviewId, review.row.id), eq(reviewEvidence.complaintId, complaint.id)));
      if (already) throw refuse("CONFLICT", "errors.reviews.evidence.complaintAlreadyLinked", { field: "complaint", params: { reference: input.complaint } });
      const [row] = await tx
        .insert(reviewEvidence)
        .values({ reviewId: review.row.id, kind: "complaint", title: input.complaint, complaintId: complaint.id, createdByUserId: ctx.user.id })
        .returning({ id: reviewEvidence.id });
      return { result: { id: row!.id }, details: { kind: "complaint", id: row!.id, complaint: input.complaint } };
    }),
  ),

  /** Some or all of the panel's figures, frozen as they stand today. */
  linkInsight: writer.input(linkInsightInput).mutation(({ ctx, input }) =>
    changeReview(ctx, input, "review.insight-linked", async (tx, review) => {
      requireEditable(review, "evidence");
      const panel = await residentsSaidPanel(tx, review, ctx.now());
      const [row] = await tx
        .insert(reviewEvidence)
        // The title is the figure's id; pages translate it, so the log reads in every language.
        .values({ reviewId: review.row.id, kind: "insight", title: input.figure, snapshot: insightSnapshot(panel, input.figure), createdByUserId: ctx.user.id })
        .returning({ id: reviewEvidence.id });
      return { result: { id: row!.id }, details: { kind: "insight", id: row!.id, figure: input.figure } };
    }),
  ),
});
