// The summary page's forms: English, a translation, "English only", removing
// a translation and publishing. One action takes them all, told apart by
// `intent`; each failure names the form it came from so the page points the
// error summary at the right fields.
import { attempt, readForm, type FieldMessage } from "@hearth/api/server";
import { isLocale, type Locale } from "@hearth/i18n";
import { FORM_ANCHORS, type SummaryForm } from "./publication-forms";
import { finishReviewForm, reviewFormText, type ReviewScope } from "./review-page.server";
import { reviewPath } from "./review-paths";
import type { RouteArgs } from "./request.server";

export const SUMMARY_INTENTS = ["save", "remove", "englishOnly", "publish"] as const;
export type SummaryIntent = (typeof SUMMARY_INTENTS)[number];

export function formOf(intent: string, language: string): SummaryForm {
  if (intent === "save") return language === "en" ? "english" : "translation";
  if (intent === "remove") return "translations";
  return intent === "englishOnly" ? "englishOnly" : "publish";
}

/** API field names to this page's ids, which differ between the English and translation forms. */
function remap(form: SummaryForm) {
  return (errors: FieldMessage[]): FieldMessage[] =>
    errors.map((error) => {
      const field = error.field;
      if (form === "english" && field && ["headline", "youSaid", "weDid"].includes(field)) return { ...error, field: `en-${field}` };
      if (form === "translation" && field && ["headline", "youSaid", "weDid", "language"].includes(field)) return { ...error, field: `tr-${field}` };
      if (form === "englishOnly" && field === "englishOnly") return error;
      return { ...error, field: FORM_ANCHORS[form] };
    });
}

const BANNERS: Record<SummaryIntent, string> = {
  save: "publication:done.saved",
  remove: "publication:done.removed",
  englishOnly: "publication:done.englishOnly",
  publish: "publication:done.published",
};

export async function summaryAction(args: RouteArgs & { params: { reference?: string } }, scope: ReviewScope) {
  const form = await readForm(args.request, scope);
  const reference = args.params.reference ?? "";
  const values = reviewFormText(form, ["intent", "reviewId", "version", "language", "headline", "youSaid", "weDid", "englishOnly"]);
  const intent = (SUMMARY_INTENTS as readonly string[]).includes(values.intent ?? "") ? (values.intent as SummaryIntent) : "publish";
  const change = { reviewId: values.reviewId ?? "", version: Number(values.version) };
  const api = scope.caller.reviewPublication;
  const outcome = await attempt(async () => {
    if (intent === "save") {
      // The API checks the language; an empty choice comes back as "choose a language".
      return api.saveSummary({ ...change, language: (values.language ?? "") as Locale, headline: values.headline ?? "", youSaid: values.youSaid ?? "", weDid: values.weDid ?? "" });
    }
    if (intent === "remove") return api.removeTranslation({ ...change, language: values.language ?? "" });
    if (intent === "englishOnly") return api.setEnglishOnly({ ...change, englishOnly: values.englishOnly === "true" });
    return api.publish(change);
  });
  const which = formOf(intent, values.language ?? "");
  return finishReviewForm(args, outcome, {
    reference,
    // After saving a translation the page stays on that language.
    to: which === "translation" ? `${reviewPath(reference, "summary")}?language=${encodeURIComponent(values.language ?? "")}` : reviewPath(reference, "summary"),
    banner: BANNERS[intent],
    values: { ...values, form: which },
    remap: remap(which),
  });
}

/** The translation being written: the one asked for in the address, else none yet. */
export function chosenLanguage(url: URL): Locale | null {
  const language = url.searchParams.get("language");
  return isLocale(language) && language !== "en" ? language : null;
}
