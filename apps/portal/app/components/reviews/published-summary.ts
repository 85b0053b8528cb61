import { formatDate, type Locale } from "@hearth/i18n";

/** An ISO day (YYYY-MM-DD) in the page's language, formatted once on the server so hydration matches. */
export function publishedDay(locale: Locale, iso: string | null): { iso: string; text: string } | null {
  return iso ? { iso, text: formatDate(locale, `${iso}T12:00:00Z`) } : null;
}
