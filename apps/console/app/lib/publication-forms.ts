// The summary page's form names and where each form's whole-form message
// points. Shared by the page itself and its action, so it lives outside
// publication.server.ts: a route component may not import server-only code.

/** Which form failed: the English one, the translation one, or one of the single-button forms. */
export type SummaryForm = "english" | "translation" | "englishOnly" | "translations" | "publish";

/** Where a whole-form message points on each form. */
export const FORM_ANCHORS: Record<SummaryForm, string> = {
  english: "en-headline",
  translation: "tr-language",
  englishOnly: "englishOnly",
  translations: "translations",
  publish: "publish",
};
