// The market-test appraisal of one review: 21 criteria scored 1–6 with
// notes. Scores may be saved a few at a time as the review group works
// through them; the decision appears once all 21 are scored.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@hearth/db";
import { MARKET_TEST_CRITERIA_COUNT, marketTestDecision, marketTestTally, reviewPartEditable } from "@hearth/domain/reviews";
import { refuse } from "../../errors.js";
import { changeReview, loadReadableReview } from "../../repositories/reviews/review.js";
import { router, staffProcedure } from "../../trpc.js";
import { marketTestSaveInput } from "./programme-inputs.js";
import { refuseFields } from "./refuse-fields.js";
import { reviewReferenceInput } from "./workspace-inputs.js";

const { marketTestScores } = schema;
const reader = staffProcedure.meta({ roles: ["staff", "scrutiny", "admin"] });
const writer = staffProcedure.meta({ roles: ["staff"] });

export const marketTestRouter = router({
  /** The scores so far, their tally, and the decision when every criterion is scored. */
  get: reader.input(z.object({ reference: reviewReferenceInput })).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    const rows = await ctx.db
      .select({ criterion: marketTestScores.criterion, score: marketTestScores.score, note: marketTestScores.note })
      .from(marketTestScores)
      .where(eq(marketTestScores.reviewId, review.row.id))
      .orderBy(asc(marketTestScores.criterion));
    const scores = rows.map((r) => r.score);
    return {
      reviewId: review.row.id,
      version: review.row.version,
      scores: rows,
      tally: marketTestTally(scores),
      decision: scores.length === MARKET_TEST_CRITERIA_COUNT ? marketTestDecision(scores) : null,
    };
  }),

  /**
   * Saves the criteria sent, leaving the others as they were: one with a
   * score is kept with its note, one sent without a score is cleared. A note
   * needs a score to belong to.
   */
  save: writer.input(marketTestSaveInput).mutation(({ ctx, input }) => {
    const criteria = input.scores.map((s) => s.criterion);
    if (new Set(criteria).size !== criteria.length) throw refuse("BAD_REQUEST", "errors.invalid");
    const unscoredNotes = input.scores.filter((s) => (s.score === null || s.score === undefined) && s.note);
    if (unscoredNotes.length) {
      throw refuseFields(unscoredNotes.map((s) => ({ field: `scores.${input.scores.indexOf(s)}.score`, key: "errors.reviews.marketTest.scoreForNote" })));
    }
    return changeReview(ctx, input, "review.market-test-saved", async (tx, review) => {
      if (!reviewPartEditable(review.row.stage, "market-test")) throw refuse("CONFLICT", "errors.reviews.notEditable");
      const scored = input.scores.filter((s): s is typeof s & { score: number } => typeof s.score === "number");
      const now = ctx.now();
      const cleared = input.scores.filter((s) => typeof s.score !== "number").map((s) => s.criterion);
      if (cleared.length) await tx.delete(marketTestScores).where(and(eq(marketTestScores.reviewId, review.row.id), inArray(marketTestScores.criterion, cleared)));
      if (scored.length) {
        await tx
          .insert(marketTestScores)
          .values(scored.map((s) => ({ reviewId: review.row.id, criterion: s.criterion, score: s.score, note: s.note, updatedByUserId: ctx.user.id, createdAt: now, updatedAt: now })))
          .onConflictDoUpdate({
            target: [marketTestScores.reviewId, marketTestScores.criterion],
            set: { score: sql`excluded.score`, note: sql`excluded.note`, updatedByUserId: ctx.user.id, updatedAt: now },
          });
      }
      const all = await tx.select({ score: marketTestScores.score }).from(marketTestScores).where(eq(marketTestScores.reviewId, review.row.id)).orderBy(asc(marketTestScores.criterion));
      const decision = all.length === MARKET_TEST_CRITERIA_COUNT ? marketTestDecision(all.map((r) => r.score)) : null;
      return { result: { scored: all.length, decision }, details: { scored: all.length, decision } };
    });
  }),
});
