// A small report writer on top of PDFKit: headings, paragraphs, label/value
// rows, tables and lists, laid out on A4 with page numbers. The text is set
// in Noto Sans, embedded (subset) so names and words in Welsh (ŵ, ŷ), Polish
// (ł, ż) and the other Latin-script languages print as typed. The PDF is
// tagged (headings, paragraphs, tables, lists) with its language and title,
// so screen readers can follow it.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";

export type PdfBlock =
  /** `id` anchors the heading in the HTML view's contents; the PDF ignores it. */
  | { kind: "heading"; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: "paragraph"; text: string; muted?: boolean }
  /** Label and value pairs, like a GOV.UK summary list. */
  | { kind: "facts"; rows: { label: string; value: string }[] }
  /** `widths` are relative weights of the columns; equal when left out. `caption` names the table for screen readers in the HTML view. */
  | { kind: "table"; columns: string[]; rows: string[][]; widths?: number[]; caption?: string }
  | { kind: "list"; items: string[] };

export interface PdfReport {
  title: string;
  /** BCP 47 language of the text, e.g. "en" or "cy". */
  language: string;
  author?: string;
  subject?: string;
  /** Printed at the foot of every page, e.g. (2, 9) → "SR-2026-004 · Page 2 of 9". */
  footer: (page: number, pages: number) => string;
  blocks: PdfBlock[];
}

const require = createRequire(import.meta.url);
const FONT_FILES = { regular: "400Regular/NotoSans_400Regular.ttf", bold: "700Bold/NotoSans_700Bold.ttf" } as const;
type FontName = keyof typeof FONT_FILES;

// PDFKit parses a registered font again for every document, and fontkit then
// decodes the font's OpenType layout tables (large in Noto Sans) lazily as each
// word is measured: that was most of a cover report's cost. The parsed fonts are
// kept for the process's life, so their tables are decoded once; each document
// still gets its own embedded subset. PDFKit (0.17) has no public way to take a
// parsed font, so this uses its per-document font cache, which `doc.font(name)`
// reads first.
interface PdfKitFonts {
  _font: { font: unknown; constructor: new (doc: Doc, font: unknown, id: string) => unknown };
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
}
let parsedFonts: Record<FontName, PdfKitFonts["_font"]> | undefined;

function parseFonts(): Record<FontName, PdfKitFonts["_font"]> {
  const scratch = new PDFDocument({ autoFirstPage: false });
  const parse = (name: FontName) => {
    scratch.registerFont(name, readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${FONT_FILES[name]}`)));
    scratch.font(name);
    return (scratch as unknown as PdfKitFonts)._font;
  };
  return { regular: parse("regular"), bold: parse("bold") };
}

/** Makes "regular" and "bold" available to `doc.font()`, from fonts parsed once. */
function useFonts(doc: Doc): void {
  parsedFonts ??= parseFonts();
  const cache = doc as unknown as PdfKitFonts;
  for (const name of ["regular", "bold"] as const) {
    const { font, constructor: Embedded } = parsedFonts[name];
    cache._fontFamilies[name] = new Embedded(doc, font, `F${++cache._fontCount}`);
  }
}

const MARGIN = 56; // about 2 cm
const SIZES = { 1: 20, 2: 15, 3: 12 } as const;
const BODY = 10;
const BLACK = "#0b0c0c";
const GREY = "#505a5f";
const RULE = "#b1b4b6";

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` still fits on this one. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function heading(doc: Doc, root: Struct, block: Extract<PdfBlock, { kind: "heading" }>): void {
  const size = SIZES[block.level];
  doc.font("bold").fontSize(size);
  // Keep a heading with at least a few lines of what follows it.
  ensureRoom(doc, doc.heightOfString(block.text, { width: contentWidth(doc) }) + 3 * BODY * 1.4);
  if (block.level < 3) doc.moveDown(0.4);
  root.add(doc.struct(`H${block.level}`, {}, () => doc.fillColor(BLACK).text(block.text, doc.page.margins.left, doc.y, { width: contentWidth(doc) })));
  doc.moveDown(0.3);
}

function paragraph(doc: Doc, root: Struct, block: Extract<PdfBlock, { kind: "paragraph" }>): void {
  doc.font("regular").fontSize(BODY);
  root.add(doc.struct("P", {}, () => doc.fillColor(block.muted ? GREY : BLACK).text(block.text, doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 2 })));
  doc.moveDown(0.6);
}

interface RowOptions {
  /** A row of column headings. */
  header: boolean;
  /** The first cell labels the row (label/value rows). */
  rowHeader: boolean;
  /** Column headings, repeated beside each value when a row is too tall for a page. */
  columns: string[];
}

const PADDING = 4;

function rowHeight(doc: Doc, cells: string[], widths: number[], options: Pick<RowOptions, "header" | "rowHeader">): number {
  const heights = cells.map((cell, i) => {
    doc.font(options.header || (options.rowHeader && i === 0) ? "bold" : "regular").fontSize(BODY);
    return doc.heightOfString(cell || " ", { width: widths[i]! - 2 * PADDING, lineGap: 1 });
  });
  return Math.max(...heights) + 2 * PADDING;
}

function rule(doc: Doc, y: number, strong: boolean): void {
  doc.markContent("Artifact", { type: "Layout" });
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.margins.left + contentWidth(doc), y)
    .lineWidth(strong ? 1 : 0.5)
    .strokeColor(strong ? BLACK : RULE)
    .stroke();
  doc.endMarkedContent();
}

/**
 * A row taller than a whole page cannot sit side by side: its cells are set
 * one under another instead (label, then text), flowing across pages.
 */
function stackedRow(doc: Doc, tr: Struct, cells: string[], options: RowOptions): void {
  const width = contentWidth(doc);
  cells.forEach((cell, i) => {
    const label = options.rowHeader && i === 0;
    const heading = options.columns[i];
    if (heading) tr.add(doc.struct("TH", {}, () => doc.font("bold").fontSize(BODY).fillColor(BLACK).text(heading, doc.page.margins.left, doc.y, { width })));
    tr.add(doc.struct(label ? "TH" : "TD", {}, () => doc.font(label ? "bold" : "regular").fontSize(BODY).fillColor(BLACK).text(cell, doc.page.margins.left, doc.y, { width, lineGap: 1 })));
    doc.moveDown(0.3);
  });
  rule(doc, doc.y, false);
  doc.y += PADDING;
}

/** One table row; the cells are drawn side by side and the row moves to a new page whole. */
function row(doc: Doc, parent: Struct, cells: string[], widths: number[], options: RowOptions): void {
  const height = rowHeight(doc, cells, widths, options);
  const tr = doc.struct("TR");
  parent.add(tr);
  const pageRoom = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  if (height > pageRoom) {
    stackedRow(doc, tr, cells, options);
    tr.end();
    return;
  }
  ensureRoom(doc, height);
  const top = doc.y;
  let x = doc.page.margins.left;
  cells.forEach((cell, i) => {
    const left = x;
    const bold = options.header || (options.rowHeader && i === 0);
    tr.add(
      doc.struct(bold ? "TH" : "TD", {}, () =>
        doc
          .font(bold ? "bold" : "regular")
          .fontSize(BODY)
          .fillColor(BLACK)
          .text(cell, left + PADDING, top + PADDING, { width: widths[i]! - 2 * PADDING, lineGap: 1 }),
      ),
    );
    x += widths[i]!;
  });
  tr.end();
  rule(doc, top + height, options.header);
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}

function table(doc: Doc, root: Struct, columns: string[], rows: string[][], options: { weights?: number[]; rowHeader?: boolean } = {}): void {
  const total = contentWidth(doc);
  const parts = options.weights ?? (columns.length ? columns : rows[0] ?? []).map(() => 1);
  const sum = parts.reduce((a, b) => a + b, 0);
  const widths = parts.map((part) => (part / sum) * total);
  const rowOptions = { header: false, rowHeader: options.rowHeader ?? false, columns };
  const element = doc.struct("Table");
  root.add(element);
  const header = () => row(doc, element, columns, widths, { header: true, rowHeader: false, columns: [] });
  if (columns.length) {
    // Keep the headings with the first row.
    ensureRoom(doc, rowHeight(doc, columns, widths, { header: true, rowHeader: false }) + (rows[0] ? Math.min(rowHeight(doc, rows[0], widths, rowOptions), 120) : 0));
    header();
  }
  for (const cells of rows) {
    // Headings again at the top of each new page keep a long table readable.
    if (columns.length && doc.y + rowHeight(doc, cells, widths, rowOptions) > bottom(doc) && rowHeight(doc, cells, widths, rowOptions) <= doc.page.height - doc.page.margins.top - doc.page.margins.bottom) {
      doc.addPage();
      header();
    }
    row(doc, element, cells, widths, rowOptions);
  }
  element.end();
  doc.moveDown(0.8);
}

function list(doc: Doc, root: Struct, items: string[]): void {
  doc.font("regular").fontSize(BODY);
  const element = doc.struct("L");
  root.add(element);
  for (const item of items) {
    const li = doc.struct("LI");
    element.add(li);
    const top = doc.y;
    ensureRoom(doc, doc.heightOfString(item, { width: contentWidth(doc) - 14 }));
    const y = doc.y === top ? top : doc.y;
    li.add(doc.struct("Lbl", {}, () => doc.fillColor(BLACK).text("•", doc.page.margins.left, y)));
    li.add(doc.struct("LBody", {}, () => doc.text(item, doc.page.margins.left + 14, y, { width: contentWidth(doc) - 14, lineGap: 2 })));
    li.end();
    doc.moveDown(0.2);
  }
  element.end();
  doc.x = doc.page.margins.left;
  doc.moveDown(0.6);
}

function footers(doc: Doc, report: PdfReport): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    // Writing below the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("regular")
      .fontSize(8)
      .fillColor(GREY)
      .text(report.footer(i + 1, range.count), doc.page.margins.left, doc.page.height - margin / 2 - 4, { width: contentWidth(doc), align: "center", lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = margin;
  }
}

/** The report as PDF bytes. */
export function toPdf(report: PdfReport, options: { compress?: boolean } = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    tagged: true,
    lang: report.language,
    displayTitle: true,
    compress: options.compress ?? true,
    info: { Title: report.title, Author: report.author ?? "", Subject: report.subject ?? "", Creator: "Hearth" },
  });
  useFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  for (const block of report.blocks) {
    if (block.kind === "heading") heading(doc, root, block);
    else if (block.kind === "paragraph") paragraph(doc, root, block);
    else if (block.kind === "facts") table(doc, root, [], block.rows.map((r) => [r.label, r.value]), { weights: [2, 5], rowHeader: true });
    else if (block.kind === "table") table(doc, root, block.columns, block.rows, { weights: block.widths });
    else list(doc, root, block.items);
  }
  root.end();
  footers(doc, report);
  doc.end();
  return done;
}

/**
 * Headers for a PDF download named after `stem` (e.g. "cover-report-SR-2026-004"):
 * anything but letters, digits and hyphens is dropped so the name is safe in the header.
 */
export function pdfDownloadHeaders(stem: string): Record<string, string> {
  const name = stem.replace(/[^A-Za-z0-9-]/g, "") || "report";
  return {
    "Content-Type": "application/pdf",
    "Content-Disposition": `attachment; filename="${name}.pdf"`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
