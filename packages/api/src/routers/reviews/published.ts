// "You said, we did" on the portal: the summaries of reviews staff have
// published, for anyone, signed in or not. Nothing else about a review is
// public, and a review that is not published does not exist here.
import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "@hearth/db";
import { LOCALES, type Locale } from "@hearth/domain/identity";
import { summaryForReader, type ReaderSummary } from "@hearth/domain/reviews";
import { refuse } from "../../errors.js";
import { installationLandlordId } from "../../repositories/service-areas.js";
import { publicProcedure, router } from "../../trpc.js";
import { reviewReferenceInput } from "./workspace-inputs.js";

const { serviceReviews, serviceAreas, reviewSummaries } = schema;

const localeInput = z.enum(LOCALES, { error: "errors.invalid" }).optional();

export interface PublishedSummary extends ReaderSummary {
  reference: string;
  serviceArea: { slug: string; name: string };
  approvedOn: string | null;
  publishedOn: string;
  /** Staff decided this summary stays in English only. */
  englishOnly: boolean;
}

async function published(db: Executor, locale: Locale, reference?: string): Promise<PublishedSummary[]> {
  const landlordId = await installationLandlordId(db);
  if (!landlordId) return [];
  const reviews = await db
    .select({
      id: serviceReviews.id,
      reference: serviceReviews.reference,
      approvedOn: serviceReviews.approvedOn,
      publishedOn: serviceReviews.summaryPublishedOn,
      englishOnly: serviceReviews.summaryEnglishOnly,
      serviceArea: { slug: serviceAreas.slug, name: serviceAreas.name },
    })
    .from(serviceReviews)
    .innerJoin(serviceAreas, eq(serviceAreas.id, serviceReviews.serviceAreaId))
    .where(and(eq(serviceReviews.landlordId, landlordId), isNotNull(serviceReviews.summaryPublishedOn), reference ? eq(serviceReviews.reference, reference) : undefined))
    .orderBy(desc(serviceReviews.summaryPublishedOn), desc(serviceReviews.approvedOn), desc(serviceReviews.reference));
  if (!reviews.length) return [];
  // Only the reader's language and English are ever shown, so only those are read.
  const texts = await db
    .select({ reviewId: reviewSummaries.reviewId, language: reviewSummaries.language, headline: reviewSummaries.headline, youSaid: reviewSummaries.youSaid, weDid: reviewSummaries.weDid })
    .from(reviewSummaries)
    .where(and(inArray(reviewSummaries.reviewId, reviews.map((r) => r.id)), inArray(reviewSummaries.language, [...new Set<string>(["en", locale])])));
  return reviews.flatMap(({ id, publishedOn, ...review }) => {
    const text = summaryForReader(texts.filter((t) => t.reviewId === id), locale);
    return text && publishedOn ? [{ ...review, publishedOn, ...text }] : [];
  });
}

export const publishedReviewsRouter = router({
  /** Published summaries, newest first, each in the reader's language or English. */
  list: publicProcedure.input(z.object({ locale: localeInput }).default({})).query(({ ctx, input }) => published(ctx.db, input.locale ?? ctx.locale)),

  get: publicProcedure.input(z.object({ reference: reviewReferenceInput, locale: localeInput })).query(async ({ ctx, input }) => {
    const [found] = await published(ctx.db, input.locale ?? ctx.locale, input.reference);
    if (!found) throw refuse("NOT_FOUND", "errors.notFound");
    return found;
  }),
});
