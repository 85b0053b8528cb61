// The "you said, we did" summary staff write for residents, its
// translations and publishing it to the portal; and the cover report. Staff
// change; scrutiny panel members (settled reviews only) and admins read.
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "@hearth/db";
import { LOCALES } from "@hearth/domain/identity";
import { englishOnlyConflict, publicationProblems, reviewPartEditable, type PublicationProblem } from "@hearth/domain/reviews";
import { refuse } from "../../errors.js";
import { ukToday } from "../../repositories/complaints/calendar.js";
import { coverReport } from "../../repositories/reviews/cover-report.js";
import { changeReview, loadReadableReview, type LoadedReview } from "../../repositories/reviews/review.js";
import { router, staffProcedure } from "../../trpc.js";
import { englishOnlyInput, removeTranslationInput, saveSummaryInput } from "./publication-inputs.js";
import { reviewChangeInput, reviewReferenceInput } from "./workspace-inputs.js";

const { reviewSummaries, serviceReviews } = schema;
const reader = staffProcedure.meta({ roles: ["staff", "scrutiny", "admin"] });
const writer = staffProcedure.meta({ roles: ["staff"] });

const PROBLEM_KEYS: Record<PublicationProblem, string> = {
  notApproved: "errors.reviews.publication.notApproved",
  englishMissing: "errors.reviews.publication.englishMissing",
  translationMissing: "errors.reviews.publication.translationMissing",
};

async function storedSummaries(db: Executor, reviewId: string) {
  const rows = await db
    .select({ language: reviewSummaries.language, headline: reviewSummaries.headline, youSaid: reviewSummaries.youSaid, weDid: reviewSummaries.weDid, updatedAt: reviewSummaries.updatedAt })
    .from(reviewSummaries)
    .where(eq(reviewSummaries.reviewId, reviewId))
    .orderBy(asc(reviewSummaries.language));
  // In the portal's language order, English first.
  return rows.sort((a, b) => LOCALES.indexOf(a.language as never) - LOCALES.indexOf(b.language as never));
}

function requireEditable(review: LoadedReview): void {
  if (!reviewPartEditable(review.row.stage, "summary")) throw refuse("CONFLICT", "errors.reviews.notEditable");
}

/**
 * After a published summary changes, it must still meet the publishing rules:
 * taking away its last translation, or English only, would leave readers of
 * other languages with an English page that does not say why.
 */
function keepPublishable(review: LoadedReview, state: { languages: string[]; englishOnly: boolean }): void {
  if (!review.row.summaryPublishedOn) return;
  const [problem] = publicationProblems({ stage: review.row.stage, ...state });
  if (problem) throw refuse("CONFLICT", "errors.reviews.publication.wouldUnpublish");
}

export const reviewPublicationRouter = router({
  /** Every language's summary, whether it can be published and what is still missing. */
  summary: reader.input(z.object({ reference: reviewReferenceInput })).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    const summaries = await storedSummaries(ctx.db, review.row.id);
    const state = { stage: review.row.stage, languages: summaries.map((s) => s.language), englishOnly: review.row.summaryEnglishOnly };
    return {
      id: review.row.id,
      reference: review.row.reference,
      version: review.row.version,
      stage: review.row.stage,
      englishOnly: review.row.summaryEnglishOnly,
      publishedOn: review.row.summaryPublishedOn,
      editable: ctx.user.roles.includes("staff") && reviewPartEditable(review.row.stage, "summary"),
      summaries,
      problems: publicationProblems(state),
    };
  }),

  /** Writes one language's summary (English or a translation), replacing what was there. */
  saveSummary: writer.input(saveSummaryInput).mutation(({ ctx, input }) =>
    changeReview(ctx, input, "review.summary-saved", async (tx, review) => {
      requireEditable(review);
      if (input.language !== "en" && review.row.summaryEnglishOnly) throw refuse("CONFLICT", "errors.reviews.publication.markedEnglishOnly", { field: "language" });
      const now = ctx.now();
      const text = { headline: input.headline, youSaid: input.youSaid, weDid: input.weDid };
      await tx
        .insert(reviewSummaries)
        .values({ reviewId: review.row.id, language: input.language, ...text, updatedByUserId: ctx.user.id, createdAt: now, updatedAt: now })
        .onConflictDoUpdate({ target: [reviewSummaries.reviewId, reviewSummaries.language], set: { ...text, updatedByUserId: ctx.user.id, updatedAt: now } });
      return { result: { language: input.language }, details: { language: input.language, published: review.row.summaryPublishedOn !== null } };
    }),
  ),

  removeTranslation: writer.input(removeTranslationInput).mutation(({ ctx, input }) =>
    changeReview(ctx, input, "review.summary-translation-removed", async (tx, review) => {
      requireEditable(review);
      const languages = (await storedSummaries(tx, review.row.id)).map((s) => s.language);
      if (!languages.includes(input.language)) throw refuse("NOT_FOUND", "errors.notFound");
      keepPublishable(review, { languages: languages.filter((l) => l !== input.language), englishOnly: review.row.summaryEnglishOnly });
      await tx.delete(reviewSummaries).where(and(eq(reviewSummaries.reviewId, review.row.id), eq(reviewSummaries.language, input.language)));
      return { result: { language: input.language }, details: { language: input.language } };
    }),
  ),

  /** Declares that the summary will stay in English only, which lets it be published without a translation. */
  setEnglishOnly: writer.input(englishOnlyInput).mutation(({ ctx, input }) =>
    changeReview(ctx, input, "review.summary-english-only", async (tx, review) => {
      requireEditable(review);
      const languages = (await storedSummaries(tx, review.row.id)).map((s) => s.language);
      if (englishOnlyConflict({ languages, englishOnly: input.englishOnly })) throw refuse("CONFLICT", "errors.reviews.publication.hasTranslations", { field: "englishOnly" });
      keepPublishable(review, { languages, englishOnly: input.englishOnly });
      await tx.update(serviceReviews).set({ summaryEnglishOnly: input.englishOnly }).where(eq(serviceReviews.id, review.row.id));
      return { result: { englishOnly: input.englishOnly }, details: { englishOnly: input.englishOnly } };
    }),
  ),

  /** Puts the summary on the portal, dated today. Refused, naming the first thing missing, until the rules are met. */
  publish: writer.input(reviewChangeInput).mutation(({ ctx, input }) =>
    changeReview(ctx, input, "review.summary-published", async (tx, review) => {
      if (review.row.summaryPublishedOn) throw refuse("CONFLICT", "errors.reviews.publication.alreadyPublished");
      const languages = (await storedSummaries(tx, review.row.id)).map((s) => s.language);
      const [problem] = publicationProblems({ stage: review.row.stage, languages, englishOnly: review.row.summaryEnglishOnly });
      if (problem) throw refuse("CONFLICT", PROBLEM_KEYS[problem]);
      requireEditable(review);
      const on = ukToday(ctx.now());
      await tx.update(serviceReviews).set({ summaryPublishedOn: on }).where(eq(serviceReviews.id, review.row.id));
      return { result: { publishedOn: on }, details: { languages, englishOnly: review.row.summaryEnglishOnly } };
    }),
  ),

  /** Everything the cover report prints (seed 003, appendix 4), for the HTML print view and the PDF. */
  coverReport: reader.input(z.object({ reference: reviewReferenceInput })).query(async ({ ctx, input }) => {
    const review = await loadReadableReview(ctx, { reference: input.reference });
    return coverReport(ctx.db, review);
  }),
});
