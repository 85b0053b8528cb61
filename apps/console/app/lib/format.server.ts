import { formatDate, type Locale } from "@hearth/i18n";

/**
 * Dates are formatted on the server, in the page's language, so the text the
 * browser hydrates is exactly what was sent (the browser's own Intl data may
 * differ from Node's). The ISO form goes in <time datetime>.
 */
export function when(locale: Locale, value: Date | string | null): { iso: string; text: string } | null {
  if (value === null) return null;
  const date = typeof value === "string" ? new Date(value) : value;
  return { iso: date.toISOString(), text: formatDate(locale, date, { dateStyle: "medium", timeStyle: "short" }) };
}
