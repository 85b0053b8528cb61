import { describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { pdfDownloadHeaders, toPdf, type PdfReport } from "./pdf.js";

/** The text of every page, read back with PDF.js as a viewer would. */
async function pagesText(bytes: Uint8Array): Promise<{ pages: string[]; title: unknown; language: string | null }> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " "));
  }
  const { info } = await pdf.getMetadata();
  const markInfo = await pdf.getMarkInfo();
  expect(markInfo?.Marked).toBe(true);
  return { pages, title: (info as Record<string, unknown>).Title, language: (info as Record<string, unknown>).Language as string | null ?? null };
}

const report = (blocks: PdfReport["blocks"]): PdfReport => ({
  title: "Adolygiad o atgyweiriadau: ŵyn, ŷd a łódź",
  language: "cy",
  footer: (page, pages) => `SR-2026-004 · ${page}/${pages}`,
  blocks,
});

describe("the PDF report writer", () => {
  it("writes a real PDF whose text reads back, Welsh and Polish letters included", async () => {
    const bytes = await toPdf(
      report([
        { kind: "heading", level: 1, text: "Adolygiad o atgyweiriadau: ŵyn, ŷd a łódź" },
        { kind: "paragraph", text: "Mae'r adolygiad yn edrych ar apwyntiadau." },
        { kind: "facts", rows: [{ label: "Lead officer", value: "Siân Łukasiewicz" }] },
        { kind: "table", columns: ["Risk", "Impact"], rows: [["Contractor cannot staff evenings", "High"]] },
        { kind: "list", items: ["Call-centre logs", "Focus group"] },
      ]),
    );
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const { pages, title } = await pagesText(bytes);
    expect(title).toBe("Adolygiad o atgyweiriadau: ŵyn, ŷd a łódź");
    expect(pages).toHaveLength(1);
    for (const text of ["Adolygiad o atgyweiriadau: ŵyn, ŷd a łódź", "Siân Łukasiewicz", "Contractor cannot staff evenings", "Focus group", "SR-2026-004 · 1/1"]) {
      expect(pages[0]).toContain(text);
    }
  });

  it("flows onto new pages, numbers every page and repeats table headings", async () => {
    const rows = Array.from({ length: 90 }, (_, i) => [`Action ${i + 1}`, "Repairs manager"]);
    const bytes = await toPdf(report([{ kind: "table", columns: ["Action", "Owner"], rows }]));
    const { pages } = await pagesText(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text).toContain(`SR-2026-004 · ${i + 1}/${pages.length}`);
      expect(text).toMatch(/^Action Owner /);
    });
    expect(pages.join(" ")).toContain("Action 90");
  });

  it("sets a value too long for one page under its label instead of losing it", async () => {
    const long = Array.from({ length: 700 }, (_, i) => `word${i}`).join(" ");
    const bytes = await toPdf(report([{ kind: "facts", rows: [{ label: "Service objective", value: `${long} THE-END` }] }]));
    const { pages } = await pagesText(bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain("Service objective");
    expect(pages.join(" ")).toContain("THE-END");
  });

  it("embeds in each document the letters it uses, though the fonts are parsed once for all of them", async () => {
    const welsh = report([{ kind: "paragraph", text: "Siân" }]);
    const before = await toPdf(welsh);
    const [polish, again] = await Promise.all([toPdf(report([{ kind: "heading", level: 2, text: "Łódź żółw" }, { kind: "paragraph", text: "Ŵyn ac ŷd" }])), toPdf(welsh)]);
    expect((await pagesText(polish)).pages[0]).toContain("Łódź żółw Ŵyn ac ŷd");
    expect((await pagesText(again)).pages[0]).toContain("Siân");
    // The same size before and after: no letters of another document found their way in.
    expect(again.length).toBe(before.length);
  });
});

describe("PDF download headers", () => {
  it("send a PDF as an attachment named after the review", () => {
    expect(pdfDownloadHeaders("cover-report-SR-2026-004")).toMatchObject({
      "Content-Type": "application/pdf",
      "Content-Disposition": 'attachment; filename="cover-report-SR-2026-004.pdf"',
    });
  });

  it("drop anything that could break out of the header", () => {
    expect(pdfDownloadHeaders('a"; b\r\nSet-Cookie: x')["Content-Disposition"]).toBe('attachment; filename="abSet-Cookiex.pdf"');
    expect(pdfDownloadHeaders("ŵ")["Content-Disposition"]).toBe('attachment; filename="report.pdf"');
  });
});
