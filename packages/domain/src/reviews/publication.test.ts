import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../identity/locales.js";
import {
  SUMMARY_MAX_LENGTH,
  TRANSLATION_LANGUAGES,
  canPublish,
  englishOnlyConflict,
  longestSentenceWords,
  publicationProblems,
  summaryForReader,
  summaryTextProblems,
} from "./publication.js";
import { REVIEW_STAGES } from "./vocabulary.js";

const english = {
  headline: "Repairs are now booked at a time that suits you",
  youSaid: "You told us repair appointments were missed and hard to change.",
  weDid: "We now offer morning, afternoon and school-run slots. We text you the day before.",
};
const welsh = { headline: "Rydym yn trefnu atgyweiriadau ar amser sy'n addas i chi", youSaid: "Dywedoch chi wrthym fod apwyntiadau'n cael eu colli.", weDid: "Rydym yn cynnig slotiau bore a phrynhawn." };

describe("summary text", () => {
  it("accepts a short, plain English summary", () => {
    expect(summaryTextProblems(english, "en")).toEqual([]);
  });

  it("asks for every empty part", () => {
    expect(summaryTextProblems({ headline: " ", youSaid: "", weDid: "\n" }, "cy")).toEqual([
      { field: "headline", problem: "required" },
      { field: "youSaid", problem: "required" },
      { field: "weDid", problem: "required" },
    ]);
  });

  it("caps each part at its length, in every language", () => {
    const long = { headline: "a".repeat(SUMMARY_MAX_LENGTH.headline + 1), youSaid: "b".repeat(SUMMARY_MAX_LENGTH.youSaid + 1), weDid: "ok" };
    expect(summaryTextProblems(long, "pl")).toEqual([
      { field: "headline", problem: "tooLong" },
      { field: "youSaid", problem: "tooLong" },
    ]);
    expect(summaryTextProblems({ ...english, headline: "a".repeat(SUMMARY_MAX_LENGTH.headline) }, "en")).toEqual([]);
  });

  it("keeps the headline to one line", () => {
    expect(summaryTextProblems({ ...english, headline: "Repairs\nare better" }, "en")).toEqual([{ field: "headline", problem: "multiline" }]);
  });

  it("refuses long English sentences but not long translated ones", () => {
    const rambling = `${Array.from({ length: 31 }, (_, i) => `word${i}`).join(" ")}.`;
    expect(summaryTextProblems({ ...english, weDid: rambling }, "en")).toEqual([{ field: "weDid", problem: "longSentence" }]);
    expect(summaryTextProblems({ ...english, weDid: rambling }, "so")).toEqual([]);
  });

  it("counts the words of the longest sentence, across full stops and line breaks", () => {
    expect(longestSentenceWords("One two. Three four five! Six?")).toBe(3);
    expect(longestSentenceWords("One two\nthree four five six")).toBe(4);
    expect(longestSentenceWords("")).toBe(0);
  });
});

describe("publishing", () => {
  it("needs an approved review, English and a translation", () => {
    expect(publicationProblems({ stage: "reporting", languages: [], englishOnly: false })).toEqual(["notApproved", "englishMissing", "translationMissing"]);
    expect(publicationProblems({ stage: "approved", languages: ["en"], englishOnly: false })).toEqual(["translationMissing"]);
    expect(canPublish({ stage: "approved", languages: ["en", "cy"], englishOnly: false })).toBe(true);
  });

  it("accepts English only in place of a translation, never in place of English", () => {
    expect(canPublish({ stage: "feedback_given", languages: ["en"], englishOnly: true })).toBe(true);
    expect(publicationProblems({ stage: "approved", languages: ["cy"], englishOnly: true })).toEqual(["englishMissing"]);
  });

  it("does not count an unknown language as a translation", () => {
    expect(publicationProblems({ stage: "approved", languages: ["en", "fr"], englishOnly: false })).toEqual(["translationMissing"]);
  });

  it("never publishes before approval, whatever else is ready", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REVIEW_STAGES), fc.subarray([...LOCALES]), fc.boolean(), (stage, languages, englishOnly) => {
        const settled = REVIEW_STAGES.indexOf(stage) >= REVIEW_STAGES.indexOf("approved");
        if (!settled) expect(canPublish({ stage, languages, englishOnly })).toBe(false);
        else expect(canPublish({ stage, languages, englishOnly })).toBe(languages.includes("en") && (englishOnly || languages.length > 1));
      }),
    );
  });

  it("sees English only beside a translation as a conflict", () => {
    expect(englishOnlyConflict({ languages: ["en", "ar"], englishOnly: true })).toBe(true);
    expect(englishOnlyConflict({ languages: ["en"], englishOnly: true })).toBe(false);
    expect(englishOnlyConflict({ languages: ["en", "ar"], englishOnly: false })).toBe(false);
  });

  it("offers every portal language but English for translation", () => {
    expect(TRANSLATION_LANGUAGES).toEqual(["cy", "pl", "ur", "ar", "so"]);
  });
});

describe("what a reader sees", () => {
  const stored = [
    { language: "en", ...english },
    { language: "cy", ...welsh },
  ];

  it("shows the reader's own language when translated", () => {
    expect(summaryForReader(stored, "cy")).toEqual({ language: "cy", ...welsh, onlyInEnglish: false });
  });

  it("falls back to English with a flag when not translated", () => {
    expect(summaryForReader(stored, "ar")).toEqual({ language: "en", ...english, onlyInEnglish: true });
  });

  it("does not flag English for English readers", () => {
    expect(summaryForReader(stored, "en")?.onlyInEnglish).toBe(false);
  });

  it("has nothing to show without English", () => {
    expect(summaryForReader([{ language: "cy", ...welsh }], "pl")).toBeNull();
  });
});
