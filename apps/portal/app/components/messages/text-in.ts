import { isLocale, textDirection, type Locale } from "@hearth/i18n";

/**
 * A message keeps the language it was written in; if the resident has since
 * switched the page to another, mark it up so screen readers and right-to-left
 * text still behave.
 */
export function textIn(language: string, pageLocale: Locale): { lang?: string; dir?: "ltr" | "rtl" } {
  if (language === pageLocale || !isLocale(language)) return {};
  return { lang: language, dir: textDirection(language) };
}
