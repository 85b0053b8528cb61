import { crc32, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { ExportTable } from "./table.js";
import { excelDateSerial, sheetNames, toXlsx } from "./xlsx.js";

/**
 * A deliberately independent zip reader (central directory first, as Excel
 * does), checking each entry's sizes and CRC against node's own crc32 so a
 * broken writer cannot pass by agreeing with itself.
 */
function unzip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length - 22;
  expect(view.getUint32(eocd, true)).toBe(0x06054b50);
  const count = view.getUint16(eocd + 10, true);
  const centralSize = view.getUint32(eocd + 12, true);
  let at = view.getUint32(eocd + 16, true);
  expect(at + centralSize).toBe(eocd);

  const files = new Map<string, string>();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;

    expect(view.getUint32(localOffset, true)).toBe(0x04034b50);
    expect(view.getUint32(localOffset + 14, true)).toBe(crc);
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const stored = bytes.subarray(dataStart, dataStart + compressedSize);
    const data = method === 8 ? new Uint8Array(inflateRawSync(stored)) : stored;
    expect(method === 0 || method === 8).toBe(true);
    expect(data.length).toBe(size);
    expect(crc32(data)).toBe(crc);
    files.set(name, decoder.decode(data));
  }
  return files;
}

function part(files: Map<string, string>, name: string): string {
  const xml = files.get(name);
  if (xml === undefined) throw new Error(`missing part ${name}; have ${[...files.keys()].join(", ")}`);
  return xml;
}

/** The <c> element for a cell reference, or undefined if absent. */
function cell(sheetXml: string, ref: string): string | undefined {
  return new RegExp(`<c r="${ref}"[ >].*?</c>`).exec(sheetXml)?.[0];
}

function inlineText(cellXml: string | undefined): string | undefined {
  return cellXml ? /<t xml:space="preserve">(.*?)<\/t>/.exec(cellXml)?.[1] : undefined;
}

function sheetNamesIn(workbookXml: string): string[] {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return [...workbookXml.matchAll(/<sheet name="([^"]*)"/g)].map((m) =>
    (m[1] ?? "").replace(/&(\w+);/g, (whole, name: string) => entities[name] ?? whole),
  );
}

const complaints: ExportTable = {
  name: "Complaints queue",
  columns: [
    { header: "Reference" },
    { header: "Received", kind: "date" },
    { header: "Days open", kind: "number" },
    { header: "Compensation", kind: "money" },
    { header: "Summary" },
  ],
  rows: [
    ["C-2026-0001", "2026-04-01", 12, 12345, 'Leak <kitchen> & "bathroom"'],
    ["C-2026-0002", "not a date", 3.5, null, null],
    ["C-2026-0003", null, -2, -50, "=SUM(A1)"],
  ],
};

describe("toXlsx", () => {
  it("writes every package part a spreadsheet needs, with matching content types", () => {
    const files = unzip(toXlsx([complaints, { ...complaints, name: "Performance" }]));
    expect([...files.keys()]).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    const types = part(files, "[Content_Types].xml");
    expect(types).toContain('PartName="/xl/worksheets/sheet2.xml"');
    expect(types).toContain('PartName="/xl/styles.xml"');
    expect(part(files, "_rels/.rels")).toContain('Target="xl/workbook.xml"');
    const rels = part(files, "xl/_rels/workbook.xml.rels");
    expect(rels).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"');
    expect(rels).toContain('Target="styles.xml"');
    expect(sheetNamesIn(part(files, "xl/workbook.xml"))).toEqual(["Complaints queue", "Performance"]);
  });

  it("defines bold header, ISO date and £ money styles", () => {
    const styles = part(unzip(toXlsx(complaints)), "xl/styles.xml");
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>');
    expect(styles).toContain('<numFmt numFmtId="165" formatCode="&quot;£&quot;#,##0.00"/>');
    const xfs = [.../<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    expect(xfs[1]).toContain('fontId="1"');
    expect(styles).toMatch(/<fonts count="2">.*<font><b\/>/);
    expect(xfs[2]).toContain('numFmtId="164"');
    expect(xfs[3]).toContain('numFmtId="165"');
  });

  it("writes typed cells: bold inline-string headers, date serials, numbers, pounds, escaped text", () => {
    const sheet = part(unzip(toXlsx(complaints)), "xl/worksheets/sheet1.xml");

    expect(cell(sheet, "A1")).toBe('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Reference</t></is></c>');
    expect(cell(sheet, "E1")).toContain('s="1"');

    expect(cell(sheet, "A2")).toBe('<c r="A2" t="inlineStr"><is><t xml:space="preserve">C-2026-0001</t></is></c>');
    expect(cell(sheet, "B2")).toBe('<c r="B2" s="2"><v>46113</v></c>');
    expect(cell(sheet, "C2")).toBe('<c r="C2"><v>12</v></c>');
    expect(cell(sheet, "D2")).toBe('<c r="D2" s="3"><v>123.45</v></c>');
    expect(inlineText(cell(sheet, "E2"))).toBe("Leak &lt;kitchen&gt; &amp; &quot;bathroom&quot;");

    // A malformed date stays visible as text rather than becoming a wrong date.
    expect(cell(sheet, "B3")).toContain('t="inlineStr"');
    expect(inlineText(cell(sheet, "B3"))).toBe("not a date");
    expect(cell(sheet, "C3")).toBe('<c r="C3"><v>3.5</v></c>');
    // Nulls leave no cell at all.
    expect(cell(sheet, "D3")).toBeUndefined();
    expect(cell(sheet, "E3")).toBeUndefined();

    expect(cell(sheet, "C4")).toBe('<c r="C4"><v>-2</v></c>');
    expect(cell(sheet, "D4")).toBe('<c r="D4" s="3"><v>-0.50</v></c>');
    // Inline strings are never evaluated, so no CSV-style apostrophe here.
    expect(inlineText(cell(sheet, "E4"))).toBe("=SUM(A1)");
    expect(sheet).not.toContain("<f>");
  });

  it("freezes the header row, sizes columns from content and records the used range", () => {
    const sheet = part(unzip(toXlsx(complaints)), "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<dimension ref="A1:E4"/>');
    const widths = [...sheet.matchAll(/<col min="(\d+)" max="\d+" width="(\d+)"/g)].map((m) => Number(m[2]));
    expect(widths).toHaveLength(5);
    // "C-2026-0001" (11) beats "Reference" (9); summary text is the widest.
    expect(widths[0]).toBe(13);
    expect(widths[4]).toBe('Leak <kitchen> & "bathroom"'.length + 2);
    // Narrow content still gets a usable minimum; huge content is capped.
    const narrow = part(unzip(toXlsx({ name: "N", columns: [{ header: "X" }, { header: "Y" }], rows: [["a", "z".repeat(500)]] })), "xl/worksheets/sheet1.xml");
    expect([...narrow.matchAll(/width="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([8, 60]);
  });

  it("strips characters XML 1.0 forbids and keeps literal _xHHHH_ from being decoded", () => {
    const sheet = part(
      unzip(toXlsx({ name: "T", columns: [{ header: "Text" }], rows: [["bell\u0007 nul\u0000 ok\tTab\uFFFE lone\uD800!"], ["ref_x0041_end"]] })),
      "xl/worksheets/sheet1.xml",
    );
    expect(inlineText(cell(sheet, "A2"))).toBe("bell nul ok\tTab lone!");
    expect(inlineText(cell(sheet, "A3"))).toBe("ref_x005F_x0041_end");
  });

  it("round-trips Arabic, Polish and Welsh text, emoji included", () => {
    const rows = [["شكوى بخصوص الإصلاحات", "Zażółć gęślą jaźń", "Atgyweiriadau ŵ ŷ 🏠"]];
    const files = unzip(
      toXlsx({ name: "Cwynion — شكاوى", columns: [{ header: "العربية" }, { header: "Polski" }, { header: "Cymraeg" }], rows }),
    );
    const sheet = part(files, "xl/worksheets/sheet1.xml");
    expect(inlineText(cell(sheet, "A1"))).toBe("العربية");
    expect([inlineText(cell(sheet, "A2")), inlineText(cell(sheet, "B2")), inlineText(cell(sheet, "C2"))]).toEqual(rows[0]);
    expect(sheetNamesIn(part(files, "xl/workbook.xml"))).toEqual(["Cwynion — شكاوى"]);
  });

  it("sanitises and de-duplicates sheet names in the workbook", () => {
    const files = unzip(
      toXlsx([
        { ...complaints, name: "Q1/Q2 [draft]: *performance?* \\ figures for the board" },
        { ...complaints, name: "complaints" },
        { ...complaints, name: "Complaints" },
        { ...complaints, name: "Tom & 'Jerry'" },
      ]),
    );
    const names = sheetNamesIn(part(files, "xl/workbook.xml"));
    expect(names).toEqual(["Q1Q2 draft performance  figures", "complaints", "Complaints (2)", "Tom & 'Jerry"]);
    expect(part(files, "xl/workbook.xml")).toContain('name="Tom &amp; &apos;Jerry"');
  });

  it("refuses an empty workbook and rows wider than the header", () => {
    expect(() => toXlsx([])).toThrow(RangeError);
    expect(() => toXlsx({ name: "T", columns: [{ header: "A" }], rows: [["x", "y"]] })).toThrow(/Row 1/);
  });

  it("is deterministic, so identical exports are identical bytes", () => {
    expect(toXlsx(complaints)).toEqual(toXlsx(complaints));
  });
});

describe("sheetNames", () => {
  it("applies Excel's rules: length, forbidden characters, apostrophes, reserved and unique names", () => {
    expect(
      sheetNames([
        "A".repeat(40),
        "A".repeat(40),
        "A".repeat(40),
        "",
        "[]:*?/\\",
        "'quoted'",
        "History",
        "Budget",
        "BUDGET",
      ]),
    ).toEqual([
      "A".repeat(31),
      `${"A".repeat(27)} (2)`,
      `${"A".repeat(27)} (3)`,
      "Sheet4",
      "Sheet5",
      "quoted",
      "History (2)",
      "Budget",
      "BUDGET (2)",
    ]);
  });

  it("never splits a surrogate pair when shortening", () => {
    const [name] = sheetNames([`${"x".repeat(30)}🏠`]);
    expect(name).toBe("x".repeat(30));
  });
});

describe("excelDateSerial", () => {
  it("matches Excel's 1900 date system, phantom leap day included", () => {
    expect(excelDateSerial("2026-04-01")).toBe(46113);
    expect(excelDateSerial("1900-01-01")).toBe(1);
    expect(excelDateSerial("1900-02-28")).toBe(59);
    expect(excelDateSerial("1900-03-01")).toBe(61);
    expect(excelDateSerial("1970-01-01")).toBe(25569);
    expect(excelDateSerial("2000-02-29")).toBe(36585);
  });

  it("rejects impossible or unrepresentable dates", () => {
    expect(excelDateSerial("2026-02-30")).toBeNull();
    expect(excelDateSerial("1899-12-31")).toBeNull();
    expect(excelDateSerial("2026-4-1")).toBeNull();
    expect(excelDateSerial("01/04/2026")).toBeNull();
  });
});
