// The one shape both writers accept, so a router builds a table once and
// offers it as CSV or XLSX without knowing either format.

export type ExportColumnKind = "text" | "number" | "date" | "money";

export interface ExportColumn {
  header: string;
  /** Defaults to "text". */
  kind?: ExportColumnKind;
}

export type ExportCell = string | number | null;

export interface ExportTable {
  /** Sheet name in XLSX; ignored by CSV. Sanitised to Excel's rules on write. */
  name: string;
  columns: ExportColumn[];
  /** Dates as ISO `YYYY-MM-DD` strings; money as integer pence. */
  rows: ExportCell[][];
}

/**
 * Pence to a pounds string such as "-1234.05". Integer arithmetic rather than
 * `(p / 100).toFixed(2)` so large sums cannot pick up binary-float noise.
 * Non-integer pence means a caller broke the money-in-pence rule; failing
 * loudly beats exporting a figure nobody can reconcile.
 */
export function penceToPounds(pence: number): string {
  if (!Number.isSafeInteger(pence)) {
    throw new RangeError(`Money must be a whole number of pence, got ${pence}`);
  }
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${sign}${pounds}.${String(rest).padStart(2, "0")}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a strict ISO calendar date; null for anything else (including
 * 2026-02-30), so writers can fall back to text instead of inventing a date.
 */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999, so check the year too.
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

/**
 * Cells beyond the header count would be silently lost by both formats, which
 * hides a bug in the caller; short rows are padded because trailing blanks are
 * a normal way to build a row.
 */
export function normaliseRow(table: ExportTable, row: ExportCell[], index: number): ExportCell[] {
  if (row.length > table.columns.length) {
    throw new RangeError(
      `Row ${index + 1} of "${table.name}" has ${row.length} cells but there are ${table.columns.length} columns`,
    );
  }
  if (row.length === table.columns.length) return row;
  return [...row, ...Array<ExportCell>(table.columns.length - row.length).fill(null)];
}
