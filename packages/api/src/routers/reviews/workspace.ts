// The review workspace: the header every review page shows, the task list,
// the cover-report sections, the review group, the final checklist and the
// moves through the life cycle. Staff change reviews; scrutiny panel members
// and admins read (scrutiny only settled reviews, see loadReadableReview).
import { z } from "zod";
import { REVIEW_PARTS, reviewPartEditable, type ReviewPart } from "@hearth/domain/reviews";
import { loadReadableReview, type LoadedReview } from "../../repositories/reviews/review.js";
import type { SessionUser } from "../../context.js";
import { router, staffProcedure } from "../../trpc.js";
import { reviewReferenceInput } from "./workspace-inputs.js";

const reader = staffProcedure.meta({ roles: ["staff", "scrutiny", "admin"] });

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

export const reviewWorkspaceRouter = router({
  /** What every review page shows above its content, and which parts this person may change. */
  header: reader.input(z.object({ reference: reviewReferenceInput })).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    return headerOf(ctx.user, review);
  }),
});
