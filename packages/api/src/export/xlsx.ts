import { deflateRawSync } from "node:zlib";
import {
  normaliseRow,
  parseIsoDate,
  penceToPounds,
  type ExportCell,
  type ExportColumn,
  type ExportTable,
} from "./table.js";

// Cell style indexes into cellXfs in STYLES below.
const STYLE_HEADER = 1;
const STYLE_DATE = 2;
const STYLE_MONEY = 3;

// Excel refuses (or "repairs", dropping data) past these.
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_CELL_CHARS = 32_767;
const MAX_SHEET_NAME = 31;

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * An Office Open XML workbook (.xlsx) with one sheet per table, in order.
 * Output is byte-for-byte deterministic for the same input (fixed zip
 * timestamps), which keeps downloads cacheable and tests exact.
 */
export function toXlsx(tables: ExportTable | ExportTable[]): Uint8Array {
  const list = Array.isArray(tables) ? tables : [tables];
  if (list.length === 0) throw new RangeError("A workbook needs at least one table");

  const names = sheetNames(list.map((table) => table.name));
  const files: Array<[string, string]> = [
    ["[Content_Types].xml", contentTypes(list.length)],
    ["_rels/.rels", ROOT_RELS],
    ["xl/workbook.xml", workbook(names)],
    ["xl/_rels/workbook.xml.rels", workbookRels(list.length)],
    ["xl/styles.xml", STYLES],
  ];
  list.forEach((table, i) => files.push([`xl/worksheets/sheet${i + 1}.xml`, worksheet(table, i === 0)]));

  const encoder = new TextEncoder();
  return zip(files.map(([name, xml]) => ({ name, data: encoder.encode(xml) })));
}

/**
 * Excel's sheet-name rules: 1–31 characters, none of []:*?/\, no leading or
 * trailing apostrophe, unique ignoring case, and "History" is reserved.
 * Clashes get " (2)", " (3)", … with the base shortened to fit.
 */
export function sheetNames(requested: readonly string[]): string[] {
  const taken = new Set<string>(["history"]);
  return requested.map((raw, index) => {
    let base = stripIllegalXml(raw)
      .replace(/[\u0000-\u001f\u007f[\]:*?/\\]/g, "")
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim();
    if (base === "") base = `Sheet${index + 1}`;
    let name = truncate(base, MAX_SHEET_NAME);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = truncate(base, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * Excel serial day number in the 1900 date system. Excel counts a
 * non-existent 1900-02-29 (a Lotus 1-2-3 compatibility bug), so serials from
 * 1900-03-01 on are one more than a plain day count from 1899-12-31.
 * Null for dates the 1900 system cannot show.
 */
export function excelDateSerial(iso: string): number | null {
  const date = parseIsoDate(iso);
  if (!date || date.year < 1900 || date.year > 9999) return null;
  const days = (Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(1899, 11, 31)) / 86_400_000;
  return days >= 60 ? days + 1 : days;
}

// ---------------------------------------------------------------------------
// Worksheet

function worksheet(table: ExportTable, selected: boolean): string {
  const { columns } = table;
  if (columns.length > MAX_COLUMNS) throw new RangeError(`"${table.name}" has more columns than Excel allows`);
  if (table.rows.length + 1 > MAX_ROWS) throw new RangeError(`"${table.name}" has more rows than Excel allows`);

  const widths = columns.map((column) => displayLength(column.header));
  const rows: string[] = [];

  rows.push(
    `<row r="1">${columns
      .map((column, c) => inlineString(`${columnName(c)}1`, column.header, STYLE_HEADER))
      .join("")}</row>`,
  );
  table.rows.forEach((raw, r) => {
    const cells = normaliseRow(table, raw, r);
    const rowNumber = r + 2;
    let xml = "";
    cells.forEach((cell, c) => {
      const rendered = renderCell(`${columnName(c)}${rowNumber}`, cell, columns[c]);
      if (rendered) {
        xml += rendered.xml;
        widths[c] = Math.max(widths[c] ?? 0, rendered.width);
      }
    });
    rows.push(`<row r="${rowNumber}">${xml}</row>`);
  });

  const lastCell = columns.length === 0 ? "A1" : `${columnName(columns.length - 1)}${table.rows.length + 1}`;
  // Padding leaves room for the bold header and the filter/sort arrow people add.
  const cols =
    columns.length === 0
      ? ""
      : `<cols>${widths
          .map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${Math.min(60, Math.max(8, w + 2))}" customWidth="1"/>`)
          .join("")}</cols>`;

  return (
    XML_DECL +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="${columns.length === 0 ? "A1" : `A1:${lastCell}`}"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">` +
    `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>` +
    `</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    cols +
    `<sheetData>${rows.join("")}</sheetData>` +
    `</worksheet>`
  );
}

function renderCell(
  ref: string,
  cell: ExportCell,
  column: ExportColumn | undefined,
): { xml: string; width: number } | null {
  if (cell === null || cell === "") return null;
  const kind = column?.kind ?? "text";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return null;
    if (kind === "money") {
      const pounds = penceToPounds(cell);
      return { xml: `<c r="${ref}" s="${STYLE_MONEY}"><v>${pounds}</v></c>`, width: moneyWidth(pounds) };
    }
    const text = String(cell);
    return { xml: `<c r="${ref}"><v>${text}</v></c>`, width: text.length };
  }
  if (kind === "date") {
    const serial = excelDateSerial(cell);
    if (serial !== null) return { xml: `<c r="${ref}" s="${STYLE_DATE}"><v>${serial}</v></c>`, width: 10 };
  }
  // Anything not a clean value of its column's kind stays visible as text
  // rather than being coerced into a wrong number or date.
  return { xml: inlineString(ref, cell), width: displayLength(cell) };
}

// No formula-injection guard here, unlike CSV: an inline string cell is never
// parsed as a formula, and a leading apostrophe would show up literally.
function inlineString(ref: string, text: string, style?: number): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(text)}</t></is></c>`;
}

function escapeCellText(text: string): string {
  const clean = truncate(stripIllegalXml(text).replace(/\r\n?/g, "\n"), MAX_CELL_CHARS);
  // Excel decodes _xHHHH_ in strings as a character escape, so a literal one
  // (a reference number, say) must have its underscore escaped to survive.
  return escapeXml(clean).replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}

function displayLength(text: string): number {
  let longest = 0;
  for (const line of text.split(/\r\n?|\n/)) longest = Math.max(longest, Array.from(line).length);
  return longest;
}

function moneyWidth(pounds: string): number {
  // "£" plus a thousands separator per three integer digits.
  const integerDigits = pounds.replace("-", "").split(".")[0]?.length ?? 1;
  return pounds.length + 1 + Math.floor((integerDigits - 1) / 3);
}

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

// ---------------------------------------------------------------------------
// Text helpers

// XML 1.0 Char production; with the u flag a lone surrogate is one code point
// outside these ranges, so it is stripped too.
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function stripIllegalXml(text: string): string {
  return text.replace(ILLEGAL_XML, "");
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch] ?? ch);
}

const XML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Shortens to at most `max` UTF-16 units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Package parts

function contentTypes(sheetCount: number): string {
  let overrides =
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`;
  for (let i = 1; i <= sheetCount; i++) {
    overrides += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  }
  return (
    XML_DECL +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    overrides +
    `</Types>`
  );
}

const ROOT_RELS =
  XML_DECL +
  `<Relationships xmlns="${NS_PKG_REL}">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
  `</Relationships>`;

function workbook(names: string[]): string {
  const sheets = names
    .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  return (
    XML_DECL +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>` +
    `<sheets>${sheets}</sheets>` +
    `</workbook>`
  );
}

function workbookRels(sheetCount: number): string {
  let rels = "";
  for (let i = 1; i <= sheetCount; i++) {
    rels += `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  }
  // Styles take the id after the sheets so sheet N is always rIdN.
  rels += `<Relationship Id="rId${sheetCount + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`;
  return XML_DECL + `<Relationships xmlns="${NS_PKG_REL}">${rels}</Relationships>`;
}

// ISO dates match the CSV export and read the same in every locale.
const STYLES =
  XML_DECL +
  `<styleSheet xmlns="${NS_MAIN}">` +
  `<numFmts count="2">` +
  `<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>` +
  `<numFmt numFmtId="165" formatCode="&quot;£&quot;#,##0.00"/>` +
  `</numFmts>` +
  `<fonts count="2">` +
  `<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `</fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="4">` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `</cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

// ---------------------------------------------------------------------------
// Zip (PKWARE APPNOTE): deflated entries, no zip64 — a spreadsheet export
// never approaches 4 GiB or 65,535 parts. Written here rather than pulling in
// a dependency for ~60 lines; node:zlib does the compression.

interface ZipEntry {
  name: string;
  data: Uint8Array;
}

const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01, the earliest DOS date.
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;

function zip(entries: ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;

  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const compressed = deflateRawSync(entry.data);
    const crc = crc32(entry.data);

    const local = new Uint8Array(30 + name.length + compressed.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, UTF8_NAMES, true);
    lv.setUint16(8, DEFLATE, true);
    lv.setUint16(10, DOS_TIME, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, compressed.length, true);
    lv.setUint32(22, entry.data.length, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 0, true);
    local.set(name, 30);
    local.set(compressed, 30 + name.length);

    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, UTF8_NAMES, true);
    cv.setUint16(10, DEFLATE, true);
    cv.setUint16(12, DOS_TIME, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, compressed.length, true);
    cv.setUint32(24, entry.data.length, true);
    cv.setUint16(28, name.length, true);
    // Extra length, comment length, disk, internal and external attributes stay 0.
    cv.setUint32(42, offset, true);
    central.set(name, 46);

    locals.push(local);
    centrals.push(central);
    offset += local.length;
    if (offset > 0xffffffff) throw new RangeError("Workbook too large for a zip without zip64");
  }

  const centralSize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);

  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
