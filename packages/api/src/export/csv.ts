import { normaliseRow, penceToPounds, type ExportCell, type ExportColumn, type ExportTable } from "./table.js";

// Without a BOM, Excel opens UTF-8 CSV as the local ANSI code page and
// mangles Welsh, Polish and Arabic text.
const BOM = "\uFEFF";
const CRLF = "\r\n";

// Spreadsheets evaluate these as formulas (or, for tab/CR, as a prefix that
// still leads to one). The full-width forms are included because some
// spreadsheet locales normalise them to their ASCII twins before parsing.
const FORMULA_TRIGGER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * RFC 4180 CSV of one table, for download. Starts with a UTF-8 BOM; every
 * record, the last included, ends in CRLF.
 */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns.map((column) => escapeField(protect(column.header))).join(",")];
  table.rows.forEach((row, index) => {
    const cells = normaliseRow(table, row, index);
    lines.push(cells.map((cell, i) => escapeField(formatCell(cell, table.columns[i]))).join(","));
  });
  return BOM + lines.join(CRLF) + CRLF;
}

function formatCell(cell: ExportCell, column: ExportColumn | undefined): string {
  if (cell === null) return "";
  if (typeof cell === "number") {
    // NaN and Infinity have no meaning in a spreadsheet; an empty cell is honest.
    if (!Number.isFinite(cell)) return "";
    return column?.kind === "money" ? penceToPounds(cell) : String(cell);
  }
  // Strings are user-controlled (complaint text, names) whatever the column
  // says it holds, so every one is checked, dates included.
  return protect(cell);
}

function protect(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

function escapeField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
