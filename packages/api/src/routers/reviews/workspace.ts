// The review workspace: the header every review page shows, the task list,
// the cover-report sections, the review group, the final checklist and the
// moves through the life cycle. Staff change reviews; scrutiny panel members
// and admins read (scrutiny only settled reviews, see loadReadableReview).
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@hearth/db";
import {
  FINAL_CHECKLIST,
  REVIEW_PARTS,
  checkSection,
  isSectionComplete,
  nextStage,
  reviewPartEditable,
  reviewTaskList,
  stageBlockers,
  type BriefFieldError,
  type BriefSection,
  type ReviewPart,
  type ReviewStage,
} from "@hearth/domain/reviews";
import { refuse, refuseAll, type FieldMessage } from "../../errors.js";
import { ukToday } from "../../repositories/complaints/calendar.js";
import { countReviewFacts } from "../../repositories/reviews/facts.js";
import { changeReview, loadReadableReview, type LoadedReview, type ReviewRow } from "../../repositories/reviews/review.js";
import {
  activeStaffMembers,
  checklistTicks,
  deleteMember,
  groupMembers,
  insertMember,
  sectionFields,
  stageHistory,
  userName,
  writeChecklist,
  writeSection,
} from "../../repositories/reviews/workspace.js";
import type { SessionUser } from "../../context.js";
import { router, staffProcedure } from "../../trpc.js";
import { briefSectionInput, checklistInput, groupMemberInput, reviewChangeInput, reviewReferenceInput, stageNoteInput } from "./workspace-inputs.js";

const reader = staffProcedure.meta({ roles: ["staff", "scrutiny", "admin"] });
const writer = staffProcedure.meta({ roles: ["staff"] });
const byReference = z.object({ reference: reviewReferenceInput });

/** What each part of the review allows this person now: staff, and only while the stage leaves it open. */
export function editableParts(user: SessionUser, review: LoadedReview): Record<ReviewPart, boolean> {
  const staff = user.roles.includes("staff");
  return Object.fromEntries(REVIEW_PARTS.map((part) => [part, staff && reviewPartEditable(review.row.stage, part)])) as Record<ReviewPart, boolean>;
}

function headerOf(user: SessionUser, review: LoadedReview) {
  const { row, serviceArea } = review;
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    serviceArea: { slug: serviceArea.slug, name: serviceArea.name },
    stage: row.stage,
    version: row.version,
    programmeYear: row.programmeYear,
    canEdit: editableParts(user, review),
  };
}

export type ReviewHeader = ReturnType<typeof headerOf>;

function requireEditable(review: LoadedReview, part: ReviewPart): void {
  if (!reviewPartEditable(review.row.stage, part)) throw refuse("CONFLICT", "errors.reviews.notEditable");
}

/** The impact assessment is written after approval; every other section is part of the brief. */
const sectionPart = (section: BriefSection): ReviewPart => (section === "impact-assessment" ? "impact-assessment" : "brief");

const FIELD_PROBLEM_KEYS: Record<BriefFieldError["problem"], string> = {
  tooLong: "errors.reviews.section.tooLong",
  invalidDate: "errors.reviews.section.invalidDate",
  invalidAmount: "errors.reviews.section.invalidAmount",
  invalidChoice: "errors.reviews.section.invalidChoice",
};

/** Each field's problem as a message naming the field (its label is looked up by section and field id). */
function fieldMessages(section: BriefSection, errors: BriefFieldError[]): FieldMessage[] {
  return errors.map((error) => ({ field: error.field, key: FIELD_PROBLEM_KEYS[error.problem], params: { section, field: error.field, ...(error.max ? { max: error.max } : {}) } }));
}

/** The dates a move records on the review itself. */
function stageDates(to: ReviewStage, on: string, userId: string): Partial<ReviewRow> {
  switch (to) {
    case "brief_agreed":
      return { briefAgreedOn: on };
    case "approved":
      return { approvedOn: on, approvedByUserId: userId };
    case "feedback_given":
      return { feedbackGivenOn: on };
    case "impact_assessed":
      return { impactAssessedOn: on };
    default:
      return {};
  }
}

export const reviewWorkspaceRouter = router({
  /** What every review page shows above its content, and which parts this person may change. */
  header: reader.input(byReference).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    return headerOf(ctx.user, review);
  }),

  /** The workspace: key dates, the main details, the task list, the next stage with what blocks it, and the history. */
  workspace: reader.input(byReference).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    const { row } = review;
    const today = ukToday(ctx.now());
    const facts = await countReviewFacts(ctx.db, row);
    const next = nextStage(row.stage);
    return {
      header: headerOf(ctx.user, review),
      lead: await userName(ctx.db, row.leadUserId),
      dates: {
        startOn: row.startOn,
        endOn: row.endOn,
        briefAgreedOn: row.briefAgreedOn,
        approvedOn: row.approvedOn,
        feedbackGivenOn: row.feedbackGivenOn,
        impactAssessedOn: row.impactAssessedOn,
      },
      approvedBy: await userName(ctx.db, row.approvedByUserId),
      mainDetails: await sectionFields(ctx.db, row.id, "main-details"),
      tasks: reviewTaskList(facts, row.stage),
      next: next ? { stage: next, blockers: stageBlockers(row.stage, facts, today) } : null,
      history: await stageHistory(ctx.db, row.id),
    };
  }),

  /** One cover-report section as stored (amounts in pence), and whether this person may change it. */
  section: reader.input(z.object({ reference: reviewReferenceInput, section: briefSectionInput })).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    const header = headerOf(ctx.user, review);
    const fields = await sectionFields(ctx.db, review.row.id, input.section);
    return { header, section: input.section, fields, complete: isSectionComplete(input.section, fields), editable: header.canEdit[sectionPart(input.section)] };
  }),

  /**
   * Saves a whole section as its form posts it. A half-written section is
   * kept (the brief grows over weeks); a wrong value refuses the lot.
   */
  saveSection: writer
    .input(reviewChangeInput.extend({ section: briefSectionInput, fields: z.record(z.string().max(60), z.string().max(20_000)) }))
    .mutation(async ({ ctx, input }) =>
      changeReview(ctx, input, "review.section.saved", async (tx, review) => {
        requireEditable(review, sectionPart(input.section));
        const check = checkSection(input.section, input.fields);
        if (!check.ok) throw refuseAll("BAD_REQUEST", fieldMessages(input.section, check.errors));
        await writeSection(tx, { reviewId: review.row.id, section: input.section, fields: check.fields, userId: ctx.user.id, now: ctx.now() });
        const complete = isSectionComplete(input.section, check.fields);
        return { result: { complete }, details: { section: input.section, complete } };
      }),
    ),

  /** The review group, who leads the review, and the staff who could. */
  group: reader.input(byReference).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    const header = headerOf(ctx.user, review);
    return {
      header,
      lead: review.row.leadUserId ? { id: review.row.leadUserId, name: await userName(ctx.db, review.row.leadUserId) } : null,
      members: await groupMembers(ctx.db, review.row.id),
      staff: header.canEdit.group ? await activeStaffMembers(ctx.db) : [],
    };
  }),

  addMember: writer.input(reviewChangeInput.extend(groupMemberInput.shape)).mutation(async ({ ctx, input }) =>
    changeReview(ctx, input, "review.group.added", async (tx, review) => {
      requireEditable(review, "group");
      const id = await insertMember(tx, { reviewId: review.row.id, name: input.name, role: input.role, kind: input.kind, now: ctx.now() });
      return { result: { id }, details: { memberId: id, kind: input.kind } };
    }),
  ),

  removeMember: writer.input(reviewChangeInput.extend({ memberId: z.uuid({ error: "errors.notFound" }) })).mutation(async ({ ctx, input }) =>
    changeReview(ctx, input, "review.group.removed", async (tx, review) => {
      requireEditable(review, "group");
      const removed = await deleteMember(tx, review.row.id, input.memberId);
      if (!removed) throw refuse("NOT_FOUND", "errors.notFound");
      return { result: { removed: true }, details: { memberId: input.memberId, kind: removed.kind } };
    }),
  ),

  /** Names the staff member who leads the review (the brief cannot be agreed without one). */
  setLead: writer.input(reviewChangeInput.extend({ leadUserId: z.uuid({ error: "errors.reviews.group.leadRequired" }) })).mutation(async ({ ctx, input }) =>
    changeReview(ctx, input, "review.lead.set", async (tx, review) => {
      requireEditable(review, "group");
      const staff = await activeStaffMembers(tx);
      if (!staff.some((person) => person.id === input.leadUserId)) throw refuse("BAD_REQUEST", "errors.reviews.group.leadRequired", { field: "leadUserId" });
      await tx.update(schema.serviceReviews).set({ leadUserId: input.leadUserId }).where(eq(schema.serviceReviews.id, review.row.id));
      return { result: { leadUserId: input.leadUserId }, details: { from: review.row.leadUserId, to: input.leadUserId } };
    }),
  ),

  /** The final checklist: every item, ticked or not, with who ticked it and when. */
  checklist: reader.input(byReference).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    const ticks = new Map((await checklistTicks(ctx.db, review.row.id)).map((tick) => [tick.item, tick]));
    return {
      header: headerOf(ctx.user, review),
      items: FINAL_CHECKLIST.map((item) => {
        const tick = ticks.get(item);
        return { item, checked: Boolean(tick), checkedOn: tick?.checkedOn ?? null, checkedBy: tick?.checkedBy ?? null };
      }),
    };
  }),

  /** Leaves exactly the given items ticked. */
  setChecklist: writer.input(reviewChangeInput.extend({ items: checklistInput })).mutation(async ({ ctx, input }) =>
    changeReview(ctx, input, "review.checklist.set", async (tx, review) => {
      requireEditable(review, "checklist");
      const items = [...new Set(input.items)];
      const change = await writeChecklist(tx, { reviewId: review.row.id, items, userId: ctx.user.id, on: ukToday(ctx.now()) });
      return { result: { complete: items.length === FINAL_CHECKLIST.length }, details: change };
    }),
  ),

  /**
   * Moves the review one stage forward. `to` names the stage the person saw
   * on the page, so a second press of the button cannot move it twice. When
   * something still blocks the move, every blocker comes back at once.
   */
  advance: writer.input(reviewChangeInput.extend({ to: z.string().max(40), note: stageNoteInput })).mutation(async ({ ctx, input }) =>
    changeReview(ctx, input, "review.stage.changed", async (tx, review) => {
      const from = review.row.stage;
      const to = nextStage(from);
      if (!to) throw refuse("CONFLICT", "errors.reviews.stage.finished");
      if (input.to !== to) throw refuse("CONFLICT", "errors.reviews.changedMeanwhile");
      const on = ukToday(ctx.now());
      const blockers = stageBlockers(from, await countReviewFacts(tx, review.row), on);
      if (blockers.length) throw refuseAll("CONFLICT", blockers);
      await tx
        .update(schema.serviceReviews)
        .set({ stage: to, ...stageDates(to, on, ctx.user.id) })
        .where(eq(schema.serviceReviews.id, review.row.id));
      await tx.insert(schema.reviewStageChanges).values({ reviewId: review.row.id, fromStage: from, toStage: to, on, note: input.note, changedByUserId: ctx.user.id, changedAt: ctx.now() });
      return { result: { stage: to }, details: { from, to, note: input.note } };
    }),
  ),
});
