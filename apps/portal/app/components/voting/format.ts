import { formatDate, formatNumber } from "@hearth/i18n";
import { useRootData } from "../../root";

/** Dates and vote counts in the page's language. */
export function useVotingFormats() {
  const { locale } = useRootData();
  return {
    locale,
    date: (iso: string) => formatDate(locale, iso),
    dateTime: (iso: string) => formatDate(locale, iso, { dateStyle: "long", timeStyle: "short" }),
    /** A count's decimal figure ("10.00000") without trailing zeros: transfers under STV can be fractions. */
    votes: (decimal: string) => formatNumber(locale, Number(decimal), { maximumFractionDigits: 5 }),
    /**
     * A change since the last stage, always signed, isolated left to right
     * so a right-to-left page does not move the minus sign after the number.
     */
    transfer: (decimal: string) => `\u2066${formatNumber(locale, Number(decimal), { maximumFractionDigits: 5, signDisplay: "exceptZero" })}\u2069`,
    count: (n: number) => formatNumber(locale, n),
    percent: (part: number, whole: number) => formatNumber(locale, whole === 0 ? 0 : part / whole, { style: "percent", maximumFractionDigits: 1 }),
  };
}
