import { z } from "zod";
import { LOCALES, isLocale } from "@hearth/domain/identity";
import { SUMMARY_FIELDS, TRANSLATION_LANGUAGES, summaryTextProblems } from "@hearth/domain/reviews";
import { reviewChangeInput } from "./workspace-inputs.js";

// Messages are translation keys in the "errors" namespace.
const problemKeys = {
  required: "Required",
  tooLong: "TooLong",
  multiline: "Multiline",
  longSentence: "LongSentence",
} as const;

export const summaryLanguageInput = z.enum(LOCALES, { error: "errors.reviews.publication.languageRequired" });
export const translationLanguageInput = z.enum(TRANSLATION_LANGUAGES as [string, ...string[]], { error: "errors.reviews.publication.languageRequired" });

/**
 * One language's summary. The domain decides what is acceptable (caps, one
 * line headline, plain English); every problem is reported against its field
 * at once, so the form shows them all together.
 */
export const saveSummaryInput = reviewChangeInput
  .extend({
    language: summaryLanguageInput,
    // Bounded before the domain sees it, so an oversized post is cheap to refuse.
    headline: z.string().max(10_000, { error: "errors.reviews.publication.headlineTooLong" }).default(""),
    youSaid: z.string().max(20_000, { error: "errors.reviews.publication.youSaidTooLong" }).default(""),
    weDid: z.string().max(20_000, { error: "errors.reviews.publication.weDidTooLong" }).default(""),
  })
  .superRefine((value, issue) => {
    if (!isLocale(value.language)) return;
    for (const { field, problem } of summaryTextProblems(value, value.language)) {
      issue.addIssue({ code: "custom", path: [field], message: `errors.reviews.publication.${field}${problemKeys[problem]}` });
    }
  })
  .transform((value) => ({ ...value, ...Object.fromEntries(SUMMARY_FIELDS.map((field) => [field, value[field].trim()])) }) as typeof value);

export const removeTranslationInput = reviewChangeInput.extend({ language: translationLanguageInput });

export const englishOnlyInput = reviewChangeInput.extend({
  englishOnly: z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean()),
});
