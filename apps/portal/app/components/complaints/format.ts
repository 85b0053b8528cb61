import { formatDate, formatNumber } from "@hearth/i18n";
import { useRootData } from "../../root";

/** Dates, money and file sizes in the page's language (British dates, pounds). */
export function useComplaintFormats() {
  const { locale } = useRootData();
  return {
    date: (iso: string) => formatDate(locale, iso),
    money: (pence: number) => formatNumber(locale, pence / 100, { style: "currency", currency: "GBP", currencyDisplay: "narrowSymbol" }),
    size: (bytes: number) =>
      bytes >= 1024 * 1024
        ? formatNumber(locale, bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 })
        : formatNumber(locale, Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" }),
  };
}
