// The four Cs (challenge, compare, consult, compete): the question bank with
// the review group's answers, each backed by entries from the evidence log.
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@hearth/db";
import { FOUR_CS_BANK, fourCsProgress, fourCsQuestion } from "@hearth/domain/reviews";
import { refuse } from "../../errors.js";
import { evidenceLog, requireEditable } from "../../repositories/reviews/evidence.js";
import { changeReview, loadReadableReview } from "../../repositories/reviews/review.js";
import { router, staffProcedure } from "../../trpc.js";
import { fourCInput, removeAnswerInput, saveAnswerInput } from "./evidence-inputs.js";
import { editableParts } from "./workspace.js";
import { reviewReferenceInput } from "./workspace-inputs.js";

const { reviewAnswers, reviewAnswerEvidence, reviewEvidence, users } = schema;
const reader = staffProcedure.meta({ roles: ["staff", "scrutiny", "admin"] });
const writer = staffProcedure.meta({ roles: ["staff"] });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function knownQuestion(id: string) {
  const question = fourCsQuestion(id);
  if (!question) throw refuse("BAD_REQUEST", "errors.reviews.fourCs.unknownQuestion", { field: "question" });
  return question;
}

export const fourCsRouter = router({
  /** One C's questions by topic, with saved answers and the evidence each cites; progress for all four. */
  bank: reader.input(z.object({ reference: reviewReferenceInput, c: fourCInput })).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    const answers = await ctx.db
      .select({ id: reviewAnswers.id, question: reviewAnswers.question, answer: reviewAnswers.answer, updatedAt: reviewAnswers.updatedAt, updatedBy: users.name })
      .from(reviewAnswers)
      .innerJoin(users, eq(users.id, reviewAnswers.updatedByUserId))
      .where(eq(reviewAnswers.reviewId, review.row.id));
    const cited = answers.length
      ? await ctx.db
          .select({ answerId: reviewAnswerEvidence.answerId, evidenceId: reviewAnswerEvidence.evidenceId })
          .from(reviewAnswerEvidence)
          .where(inArray(reviewAnswerEvidence.answerId, answers.map((a) => a.id)))
      : [];
    const evidence = await evidenceLog(ctx.db, review.row.id);
    const summary = new Map(evidence.map((e) => [e.id, { id: e.id, kind: e.kind, title: e.title, snapshot: e.snapshot, complaint: e.complaint?.reference ?? null }]));
    const byQuestion = new Map(answers.map((a) => [a.question, a]));
    return {
      reviewId: review.row.id,
      version: review.row.version,
      c: input.c,
      canEdit: editableParts(ctx.user, review)["four-cs"],
      progress: fourCsProgress(answers.map((a) => a.question)),
      /** Every entry of the log, oldest first, for the evidence checkboxes. */
      evidence: [...summary.values()],
      topics: FOUR_CS_BANK[input.c].map((topic) => ({
        id: topic.id,
        questions: topic.questions.map((question) => {
          const saved = byQuestion.get(question.id);
          return {
            id: question.id,
            number: question.number,
            answer: saved
              ? {
                  text: saved.answer,
                  updatedAt: saved.updatedAt.toISOString(),
                  updatedBy: saved.updatedBy,
                  evidence: cited.filter((c) => c.answerId === saved.id).flatMap((c) => summary.get(c.evidenceId) ?? []),
                }
              : null,
          };
        }),
      })),
    };
  }),

  /** Creates or replaces the answer to one question, with the evidence it cites (at least one entry of this review's log). */
  saveAnswer: writer.input(saveAnswerInput).mutation(async ({ ctx, input }) => {
    const question = knownQuestion(input.question);
    const { evidenceIds } = input;
    return changeReview(ctx, input, "review.answer-saved", async (tx, review) => {
      requireEditable(review, "four-cs");
      // Only entries of this review's own log may back its answers.
      const owned = evidenceIds.every((id) => UUID.test(id))
        ? await tx
            .select({ id: reviewEvidence.id })
            .from(reviewEvidence)
            .where(and(eq(reviewEvidence.reviewId, review.row.id), inArray(reviewEvidence.id, evidenceIds)))
        : [];
      if (owned.length !== evidenceIds.length) throw refuse("BAD_REQUEST", "errors.reviews.fourCs.evidenceNotInReview", { field: "evidenceIds" });
      const now = ctx.now();
      const [answer] = await tx
        .insert(reviewAnswers)
        .values({ reviewId: review.row.id, fourC: question.c, question: question.id, answer: input.answer, updatedByUserId: ctx.user.id })
        .onConflictDoUpdate({ target: [reviewAnswers.reviewId, reviewAnswers.question], set: { answer: input.answer, updatedByUserId: ctx.user.id, updatedAt: now } })
        .returning({ id: reviewAnswers.id });
      await tx.delete(reviewAnswerEvidence).where(eq(reviewAnswerEvidence.answerId, answer!.id));
      await tx.insert(reviewAnswerEvidence).values(evidenceIds.map((evidenceId) => ({ answerId: answer!.id, evidenceId })));
      return { result: { question: question.id }, details: { question: question.id, evidence: evidenceIds.length } };
    });
  }),

  removeAnswer: writer.input(removeAnswerInput).mutation(async ({ ctx, input }) => {
    const question = knownQuestion(input.question);
    return changeReview(ctx, input, "review.answer-removed", async (tx, review) => {
      requireEditable(review, "four-cs");
      const removed = await tx
        .delete(reviewAnswers)
        .where(and(eq(reviewAnswers.reviewId, review.row.id), eq(reviewAnswers.question, question.id)))
        .returning({ id: reviewAnswers.id });
      if (removed.length === 0) throw refuse("NOT_FOUND", "errors.notFound");
      return { result: { question: question.id }, details: { question: question.id } };
    });
  }),

  /** Answers per C, for the workspace's task list. */
  progress: reader.input(z.object({ reference: reviewReferenceInput })).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    const rows = await ctx.db.select({ question: reviewAnswers.question }).from(reviewAnswers).where(eq(reviewAnswers.reviewId, review.row.id)).orderBy(asc(reviewAnswers.question));
    return fourCsProgress(rows.map((r) => r.question));
  }),
});
