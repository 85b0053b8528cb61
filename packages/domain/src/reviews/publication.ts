import { LOCALES, type Locale } from "../identity/locales.js";
import { isSettled } from "./parts.js";
import type { ReviewStage } from "./vocabulary.js";

/**
 * The "you said, we did" summary residents read on the portal once a review
 * is approved (seed 003: close the loop with the people who took part).
 * Staff write it in English; every other portal language is a translation
 * by staff. A review is published either with at least one translation or
 * marked English only, so residents are never silently left without one.
 */

export const SUMMARY_FIELDS = ["headline", "youSaid", "weDid"] as const;
export type SummaryField = (typeof SUMMARY_FIELDS)[number];

export interface SummaryText {
  headline: string;
  youSaid: string;
  weDid: string;
}

/**
 * Caps on each part. A headline is one short line; the two paragraphs are
 * sized for a phone screen. Translations often run a third longer than the
 * English, so the caps leave room for that.
 */
export const SUMMARY_MAX_LENGTH: Record<SummaryField, number> = { headline: 150, youSaid: 1500, weDid: 1500 };

/**
 * Plain English: GOV.UK style guidance keeps sentences to about 25 words.
 * We refuse English sentences longer than this. Word counts do not carry
 * across languages, so translations are not held to it.
 */
export const SUMMARY_MAX_SENTENCE_WORDS = 30;

/** Languages a summary can be translated into: every portal language but English. */
export const TRANSLATION_LANGUAGES: readonly Exclude<Locale, "en">[] = LOCALES.filter((l): l is Exclude<Locale, "en"> => l !== "en");

export type SummaryTextProblem = { field: SummaryField; problem: "required" | "tooLong" | "multiline" | "longSentence" };

/** Sentences, split after full stops, question and exclamation marks, and line breaks. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Words in the longest sentence of `text`. */
export function longestSentenceWords(text: string): number {
  return Math.max(0, ...sentences(text).map((s) => s.split(/\s+/).filter(Boolean).length));
}

/** What is wrong with one language's summary text, one problem per field at most; empty when it can be saved. */
export function summaryTextProblems(text: SummaryText, language: Locale): SummaryTextProblem[] {
  const problems: SummaryTextProblem[] = [];
  for (const field of SUMMARY_FIELDS) {
    const value = text[field].trim();
    if (!value) problems.push({ field, problem: "required" });
    else if (value.length > SUMMARY_MAX_LENGTH[field]) problems.push({ field, problem: "tooLong" });
    else if (field === "headline" && /[\r\n]/.test(value)) problems.push({ field, problem: "multiline" });
    else if (language === "en" && longestSentenceWords(value) > SUMMARY_MAX_SENTENCE_WORDS) problems.push({ field, problem: "longSentence" });
  }
  return problems;
}

export interface PublicationState {
  stage: ReviewStage;
  /** Languages a summary has been written in. */
  languages: readonly string[];
  englishOnly: boolean;
}

export type PublicationProblem = "notApproved" | "englishMissing" | "translationMissing";

/** What still stands between this summary and the portal, in the order to fix it; empty when it can be published. */
export function publicationProblems(state: PublicationState): PublicationProblem[] {
  const problems: PublicationProblem[] = [];
  if (!isSettled(state.stage)) problems.push("notApproved");
  if (!state.languages.includes("en")) problems.push("englishMissing");
  const translated = state.languages.some((language) => (TRANSLATION_LANGUAGES as readonly string[]).includes(language));
  if (!translated && !state.englishOnly) problems.push("translationMissing");
  return problems;
}

export function canPublish(state: PublicationState): boolean {
  return publicationProblems(state).length === 0;
}

/**
 * English only and translations exclude each other: a summary marked English
 * only says so to every reader, which would be untrue beside a translation.
 */
export function englishOnlyConflict(state: { languages: readonly string[]; englishOnly: boolean }): boolean {
  return state.englishOnly && state.languages.some((language) => language !== "en");
}

export interface StoredSummary extends SummaryText {
  language: string;
}

export interface ReaderSummary extends SummaryText {
  /** The language the text is in. */
  language: Locale;
  /** True when the reader asked for another language and sees English because no translation exists. */
  onlyInEnglish: boolean;
}

/**
 * Which text a resident reading in `locale` sees: their language when it has
 * been translated, otherwise the English, flagged so the page can say so.
 * Null when there is no English summary (never published).
 */
export function summaryForReader(summaries: readonly StoredSummary[], locale: Locale): ReaderSummary | null {
  const pick = (language: Locale) => summaries.find((s) => s.language === language);
  const own = pick(locale);
  if (own) return { language: locale, headline: own.headline, youSaid: own.youSaid, weDid: own.weDid, onlyInEnglish: false };
  const english = pick("en");
  if (!english) return null;
  return { language: "en", headline: english.headline, youSaid: english.youSaid, weDid: english.weDid, onlyInEnglish: locale !== "en" };
}
