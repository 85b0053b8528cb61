import { z } from "zod";
import { MARKET_TEST_CRITERIA_COUNT, MARKET_TEST_MAX_SCORE, MARKET_TEST_MIN_SCORE, STARS_CRITERIA, STARS_MAX, STARS_MIN } from "@hearth/domain/reviews";
import { isoDateInput } from "../complaints/inputs.js";

// Messages are translation keys in the "errors" namespace.

const text = (required: string, tooLong: string, max: number) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(max, { error: tooLong });

/** A financial year by its starting year (2026 for 2026-27). */
export const programmeYearInput = z.coerce
  .number({ error: "errors.reviews.programme.yearRequired" })
  .int({ error: "errors.reviews.programme.yearRequired" })
  .min(2000, { error: "errors.reviews.programme.yearRequired" })
  .max(2100, { error: "errors.reviews.programme.yearRequired" });

export const serviceAreaSlugInput = z
  .string({ error: "errors.reviews.programme.serviceAreaRequired" })
  .trim()
  .min(1, { error: "errors.reviews.programme.serviceAreaRequired" })
  .max(80, { error: "errors.reviews.programme.serviceAreaRequired" });

export const scheduleInput = z.object({
  serviceArea: serviceAreaSlugInput,
  year: programmeYearInput,
  title: text("errors.reviews.programme.titleRequired", "errors.reviews.programme.titleTooLong", 200),
  /** Optional: a review years ahead may not have a lead yet. */
  leadUserId: z.union([z.literal("").transform(() => null), z.uuid({ error: "errors.reviews.programme.leadInvalid" })]).nullish(),
  reason: text("errors.reviews.programme.reasonRequired", "errors.reviews.programme.reasonTooLong", 1000),
});

export const rescheduleInput = z.object({
  reviewId: z.uuid({ error: "errors.notFound" }),
  version: z.coerce.number({ error: "errors.reviews.changedMeanwhile" }).int().min(1, { error: "errors.reviews.changedMeanwhile" }),
  year: programmeYearInput,
  reason: text("errors.reviews.programme.reasonRequired", "errors.reviews.programme.reasonTooLong", 1000),
});

const participantInput = z.object({
  name: z.string().trim().max(200, { error: "errors.reviews.stars.participantNameTooLong" }).default(""),
  role: z.string().trim().max(200, { error: "errors.reviews.stars.participantRoleTooLong" }).default(""),
  outsideServiceTeam: z.boolean().default(false),
  isResident: z.boolean().default(false),
});

/** Stars as a form sends them ("0"–"3"); missing stays missing so the domain can say which criterion. */
const starsValue = z
  .union([z.literal("").transform(() => null), z.coerce.number({ error: "errors.reviews.stars.ratingInvalid" })])
  .nullish()
  .refine((n) => n === null || n === undefined || (Number.isInteger(n) && n >= STARS_MIN && n <= STARS_MAX), { error: "errors.reviews.stars.ratingInvalid" });

/** The date as typed; checked in the procedure with everything else, so one round trip shows every problem. */
export const starsDateInput = isoDateInput("errors.reviews.stars.dateRequired");

export const starsAssessmentInput = z.object({
  // Checked in the procedure (see starsDateInput) so a blank form gets every message at once.
  serviceArea: z.string().trim().max(80, { error: "errors.reviews.programme.serviceAreaRequired" }).default(""),
  assessedOn: z.string().trim().max(20, { error: "errors.date.invalid" }).default(""),
  participants: z.array(participantInput).max(30, { error: "errors.reviews.stars.tooManyParticipants" }).default([]),
  ratings: z.object(Object.fromEntries(STARS_CRITERIA.map((c) => [c, starsValue])) as Record<(typeof STARS_CRITERIA)[number], typeof starsValue>).default({}),
  notes: z
    .object(Object.fromEntries(STARS_CRITERIA.map((c) => [c, z.string().trim().max(2000, { error: "errors.reviews.stars.noteTooLong" }).default("")])))
    .partial()
    .default({}),
  summary: z.string().trim().max(5000, { error: "errors.reviews.stars.summaryTooLong" }).default(""),
});

export const marketTestScoreInput = z.object({
  criterion: z.coerce.number().int().min(1).max(MARKET_TEST_CRITERIA_COUNT),
  score: z
    .union([z.literal("").transform(() => null), z.coerce.number({ error: "errors.reviews.marketTest.scoreInvalid" })])
    .nullish()
    .refine((n) => n === null || n === undefined || (Number.isInteger(n) && n >= MARKET_TEST_MIN_SCORE && n <= MARKET_TEST_MAX_SCORE), {
      error: "errors.reviews.marketTest.scoreInvalid",
    }),
  note: z.string().trim().max(2000, { error: "errors.reviews.marketTest.noteTooLong" }).default(""),
});

export const marketTestSaveInput = z.object({
  reviewId: z.uuid({ error: "errors.notFound" }),
  version: z.coerce.number({ error: "errors.reviews.changedMeanwhile" }).int().min(1, { error: "errors.reviews.changedMeanwhile" }),
  scores: z.array(marketTestScoreInput).max(MARKET_TEST_CRITERIA_COUNT),
});
