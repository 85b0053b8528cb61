import { z } from "zod";
import { BRIEF_SECTIONS, FINAL_CHECKLIST, GROUP_MEMBER_KINDS } from "@hearth/domain/reviews";

// Messages are translation keys in the "errors" namespace.

/** A review reference as it appears in URLs (SR-2026-004); anything unknown ends as NOT_FOUND. */
export const reviewReferenceInput = z.string().trim().min(1, { error: "errors.notFound" }).max(40, { error: "errors.notFound" });

export const reviewVersionInput = z.coerce.number({ error: "errors.reviews.changedMeanwhile" }).int().min(1, { error: "errors.reviews.changedMeanwhile" });

/** Every write names the review by id and the version its form was drawn from. */
export const reviewChangeInput = z.object({ reviewId: z.uuid({ error: "errors.notFound" }), version: reviewVersionInput });

export const briefSectionInput = z.enum(BRIEF_SECTIONS, { error: "errors.notFound" });

const memberText = (required: string, tooLong: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(200, { error: tooLong });

export const groupMemberInput = z.object({
  name: memberText("errors.reviews.group.nameRequired", "errors.reviews.group.nameTooLong"),
  role: memberText("errors.reviews.group.roleRequired", "errors.reviews.group.roleTooLong"),
  kind: z.enum(GROUP_MEMBER_KINDS, { error: "errors.reviews.group.kindRequired" }),
});

export const checklistInput = z.array(z.enum(FINAL_CHECKLIST, { error: "errors.invalid" })).max(FINAL_CHECKLIST.length);

export const stageNoteInput = z.string().trim().max(2000, { error: "errors.reviews.stage.noteTooLong" }).default("");
