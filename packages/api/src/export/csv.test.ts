import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.js";
import type { ExportTable } from "./table.js";

const BOM = "\uFEFF";

function table(columns: ExportTable["columns"], rows: ExportTable["rows"]): ExportTable {
  return { name: "Complaints", columns, rows };
}

/** Records after the BOM, split on CRLF (the trailing CRLF leaves one empty tail). */
function records(csv: string): string[] {
  expect(csv.startsWith(BOM)).toBe(true);
  expect(csv.endsWith("\r\n")).toBe(true);
  return csv.slice(1, -2).split("\r\n");
}

describe("toCsv", () => {
  it("starts with a UTF-8 BOM, puts the header first and ends every record in CRLF", () => {
    const csv = toCsv(table([{ header: "Reference" }, { header: "Days open", kind: "number" }], [["C-1", 3], ["C-2", 10]]));
    expect(csv).toBe(`${BOM}Reference,Days open\r\nC-1,3\r\nC-2,10\r\n`);
  });

  it("quotes fields with commas, quotes or line breaks and doubles embedded quotes", () => {
    const csv = toCsv(
      table(
        [{ header: "Summary" }, { header: "Note" }, { header: "Plain" }],
        [
          ['Said "no", twice', "line one\nline two", "ok"],
          ["a\r\nb", "carriage\rreturn", 'ends with "'],
        ],
      ),
    );
    expect(records(csv)).toEqual([
      "Summary,Note,Plain",
      '"Said ""no"", twice","line one\nline two",ok',
      // The CRLF inside a quoted field is data, not a record break, so split on it naively.
      '"a',
      'b","carriage\rreturn","ends with """',
    ]);
  });

  it("writes money as pounds with two decimals and null as an empty field", () => {
    const csv = toCsv(
      table(
        [{ header: "Reference" }, { header: "Compensation", kind: "money" }, { header: "Closed", kind: "date" }],
        [
          ["C-1", 12345, "2026-04-01"],
          ["C-2", 5, null],
          ["C-3", -100, null],
          ["C-4", 0, null],
          [null, null, null],
          ["C-5", 123456789012, null],
        ],
      ),
    );
    expect(records(csv)).toEqual([
      "Reference,Compensation,Closed",
      "C-1,123.45,2026-04-01",
      "C-2,0.05,",
      "C-3,-1.00,",
      "C-4,0.00,",
      ",,",
      "C-5,1234567890.12,",
    ]);
  });

  it("refuses money that is not whole pence rather than exporting a wrong figure", () => {
    expect(() => toCsv(table([{ header: "Amount", kind: "money" }], [[12.5]]))).toThrow(RangeError);
  });

  it("prefixes text that a spreadsheet would run as a formula", () => {
    const csv = toCsv(
      table(
        [{ header: "Text" }],
        [
          ["=HYPERLINK(\"http://evil\",\"x\")"],
          ["+1+1"],
          ["-2+3"],
          ["@SUM(A1)"],
          ["\tcmd"],
          ["\rcmd"],
          ["＝1+1"],
          ["safe = text"],
          ["a-b"],
        ],
      ),
    );
    expect(records(csv)).toEqual([
      "Text",
      `"'=HYPERLINK(""http://evil"",""x"")"`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tcmd",
      `"'\rcmd"`,
      "'＝1+1",
      "safe = text",
      "a-b",
    ]);
  });

  it("leaves real negative numbers alone but protects text in numeric columns", () => {
    const csv = toCsv(table([{ header: "Score", kind: "number" }], [[-5], ["-5+cmd"], ["=1"]]));
    expect(records(csv)).toEqual(["Score", "-5", "'-5+cmd", "'=1"]);
  });

  it("protects headers too", () => {
    expect(records(toCsv(table([{ header: "=cmd" }], [])))).toEqual(["'=cmd"]);
  });

  it("keeps Welsh, Polish and Arabic text intact", () => {
    const text = ["Cwyn am atgyweiriadau — ŵ ŷ", "Zażółć gęślą jaźń", "شكوى بخصوص الإصلاحات"];
    const csv = toCsv(table([{ header: "Cymraeg" }, { header: "Polski" }, { header: "العربية" }], [text]));
    expect(records(csv)).toEqual(["Cymraeg,Polski,العربية", text.join(",")]);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("pads short rows and rejects rows longer than the header", () => {
    expect(records(toCsv(table([{ header: "A" }, { header: "B" }], [["x"]])))).toEqual(["A,B", "x,"]);
    expect(() => toCsv(table([{ header: "A" }], [["x", "y"]]))).toThrow(/Row 1/);
  });

  it("writes non-finite numbers as empty fields", () => {
    expect(records(toCsv(table([{ header: "N", kind: "number" }], [[Number.NaN], [Infinity]])))).toEqual(["N", "", ""]);
  });
});
