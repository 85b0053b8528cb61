// Inputs of the evidence log, the golden-thread panel and the four Cs.
// Messages are translation keys in the "errors" namespace.
import { z } from "zod";
import { ANSWER_MAX, EVIDENCE_KINDS, EVIDENCE_LIMITS, FOUR_CS, answerProblems, evidenceLinkProblem, type AnswerProblem } from "@hearth/domain/reviews";
import { isoDateInput, referenceInput as complaintReferenceInput } from "../complaints/inputs.js";
import { reviewChangeInput } from "./workspace-inputs.js";

const text = (max: number, required: string, tooLong: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(max, { error: tooLong });

const optionalText = (max: number, tooLong: string) => z.string().trim().max(max, { error: tooLong }).default("");

const titleInput = text(EVIDENCE_LIMITS.titleMax, "errors.reviews.evidence.titleRequired", "errors.reviews.evidence.titleTooLong");
const bodyInput = text(EVIDENCE_LIMITS.bodyMax, "errors.reviews.evidence.bodyRequired", "errors.reviews.evidence.bodyTooLong");
const optionalBody = optionalText(EVIDENCE_LIMITS.bodyMax, "errors.reviews.evidence.bodyTooLong");

const LINK_MESSAGES = {
  required: "errors.reviews.evidence.linkRequired",
  tooLong: "errors.reviews.evidence.linkTooLong",
  invalid: "errors.reviews.evidence.linkInvalid",
  notWeb: "errors.reviews.evidence.linkNotWeb",
} as const;

export const evidenceIdInput = z.uuid({ error: "errors.notFound" });
export const evidenceKindInput = z.enum(EVIDENCE_KINDS, { error: "errors.invalid" });

export const addNoteInput = reviewChangeInput.extend({ title: titleInput, body: bodyInput });

export const addLinkInput = reviewChangeInput.extend({
  title: titleInput,
  url: z
    .string({ error: LINK_MESSAGES.required })
    .trim()
    .superRefine((value, issue) => {
      const problem = evidenceLinkProblem(value);
      if (problem) issue.addIssue({ code: "custom", message: LINK_MESSAGES[problem] });
    }),
  body: optionalBody,
});

export const addMeetingInput = reviewChangeInput.extend({
  title: titleInput,
  meetingOn: isoDateInput("errors.reviews.evidence.meetingOnRequired"),
  attendees: text(EVIDENCE_LIMITS.attendeesMax, "errors.reviews.evidence.attendeesRequired", "errors.reviews.evidence.attendeesTooLong"),
  body: bodyInput,
});

export const addFileInput = reviewChangeInput.extend({
  /** Blank means "use the file's name". */
  title: optionalText(EVIDENCE_LIMITS.titleMax, "errors.reviews.evidence.titleTooLong"),
  body: optionalBody,
  fileName: z.string().max(1000).default(""),
  bytes: z.instanceof(Uint8Array, { error: "errors.reviews.evidence.fileRequired" }),
});

export const removeEvidenceInput = reviewChangeInput.extend({ id: evidenceIdInput });

export const linkComplaintInput = reviewChangeInput.extend({ complaint: complaintReferenceInput });

/** Which of the panel's figures to keep in the log; "all" keeps them together as one entry. */
export const INSIGHT_FIGURES = ["all", "volume", "trend", "open", "causes", "lessons"] as const;
export type InsightFigure = (typeof INSIGHT_FIGURES)[number];
export const linkInsightInput = reviewChangeInput.extend({ figure: z.enum(INSIGHT_FIGURES, { error: "errors.invalid" }) });

export const fourCInput = z.enum(FOUR_CS, { error: "errors.notFound" });

const questionInput = z.string().trim().min(1, { error: "errors.reviews.fourCs.unknownQuestion" }).max(120, { error: "errors.reviews.fourCs.unknownQuestion" });

const ANSWER_MESSAGES: Record<AnswerProblem, { path: "answer" | "evidenceIds"; message: string }> = {
  answerRequired: { path: "answer", message: "errors.reviews.fourCs.answerRequired" },
  answerTooLong: { path: "answer", message: "errors.reviews.fourCs.answerTooLong" },
  evidenceRequired: { path: "evidenceIds", message: "errors.reviews.fourCs.evidenceRequired" },
};

/** The answer's own rule (text and at least one piece of evidence) is the domain's; both problems are reported at once. */
export const saveAnswerInput = reviewChangeInput
  .extend({
    question: questionInput,
    answer: z.string().max(ANSWER_MAX * 4, { error: "errors.reviews.fourCs.answerTooLong" }).default(""),
    evidenceIds: z
      .array(z.string().trim().max(64))
      .max(200)
      .default([])
      .transform((ids) => [...new Set(ids.filter(Boolean))]),
  })
  .superRefine(({ answer, evidenceIds }, issue) => {
    for (const problem of answerProblems(answer, evidenceIds)) {
      const { path, message } = ANSWER_MESSAGES[problem];
      issue.addIssue({ code: "custom", path: [path], message });
    }
  })
  .transform((input) => ({ ...input, answer: input.answer.trim() }));

export const removeAnswerInput = reviewChangeInput.extend({ question: questionInput });
