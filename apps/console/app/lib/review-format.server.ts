// Dates and money on review pages, formatted on the server in the page
// language so the browser hydrates exactly what the server sent.
import { formatDate, formatNumber, type Locale } from "@hearth/i18n";

export interface Day {
  iso: string;
  text: string;
}

export function reviewDay(locale: Locale, iso: string): Day;
export function reviewDay(locale: Locale, iso: string | null): Day | null;
export function reviewDay(locale: Locale, iso: string | null): Day | null {
  // Noon UTC is the same calendar day in London whatever the season.
  return iso ? { iso, text: formatDate(locale, `${iso}T12:00:00Z`, { dateStyle: "long" }) } : null;
}

/** Stored pence ("125050") as pounds in the page language ("£1,250.50"). */
export function reviewPounds(locale: Locale, pence: string): string {
  return /^\d+$/.test(pence) ? formatNumber(locale, Number(pence) / 100, { style: "currency", currency: "GBP" }) : pence;
}
