import { describe, expect, it } from "vitest";
import { attr, render, tag, tags, text } from "../test-utils.js";
import { BAR_CHART_FILLS, BarChart } from "./BarChart.js";

const data = [
  { label: "ZREPAIRS", values: [40, 4] },
  { label: "ZRENT", values: [10, 0] },
  { label: "ZEMPTY", values: [0, 0] },
];
const series = [{ label: "ZRECEIVED" }, { label: "ZESCALATED" }];

/** Numeric attribute of an opening tag. */
const num = (openingTag: string, name: string) => Number(attr(openingTag, name));

describe("BarChart", () => {
  it("is one image named by its title and description", () => {
    const html = render(<BarChart id="areas" title="ZTITLE" description="ZDESC" series={[{ label: "ZS" }]} data={data} />);
    const svg = tag(html, "svg");
    expect(attr(svg, "role")).toBe("img");
    expect(attr(svg, "aria-labelledby")).toBe("areas-title areas-desc");
    expect(html).toContain('<title id="areas-title">ZTITLE</title>');
    expect(html).toContain('<desc id="areas-desc">ZDESC</desc>');
    expect(attr(svg, "viewBox")).toMatch(/^0 0 480 \d+$/);
  });

  it("draws bars in proportion to the largest value, none for zero, and labels every value", () => {
    const html = render(<BarChart id="c" title="T" description="D" series={[{ label: "ZS" }]} data={data.map((d) => ({ ...d, values: [d.values[0]!] }))} />);
    const bars = tags(html, "rect");
    expect(bars).toHaveLength(2);
    const [big, small] = bars.map((bar) => num(bar, "width"));
    expect(small! / big!).toBeCloseTo(0.25, 5);
    expect(bars.every((bar) => attr(bar, "fill") === BAR_CHART_FILLS[0])).toBe(true);
    // No legend for a single series: only the category labels and the values.
    expect(text(html)).toBe("T D ZREPAIRS 40 ZRENT 10 ZEMPTY 0");
  });

  it("formats values with the caller's formatter and leaves room after the longest bar for it", () => {
    const html = render(<BarChart id="c" title="T" description="D" series={[{ label: "ZS" }]} data={[{ label: "ZA", values: [1234] }]} formatValue={(n) => `£${n}.00`} width={400} />);
    expect(text(html)).toContain("£1234.00");
    const bar = tag(html, "rect");
    expect(num(bar, "x") + num(bar, "width")).toBeLessThan(400 - "£1234.00".length * 8);
  });

  it("prefers value labels formatted by the caller (e.g. on the server) to the formatter", () => {
    const html = render(
      <BarChart id="c" title="T" description="D" series={[{ label: "ZS" }]} data={[{ label: "ZA", values: [12], valueLabels: ["١٢"] }]} formatValue={() => "WRONG"} />,
    );
    expect(text(html)).toBe("T D ZA ١٢");
  });

  it("shows a legend and one bar per series when there are several", () => {
    const html = render(<BarChart id="c" title="T" description="D" series={series} data={data} />);
    expect(text(html)).toBe("T D ZRECEIVED ZESCALATED ZREPAIRS 40 4 ZRENT 10 0 ZEMPTY 0 0");
    const fills = tags(html, "rect").map((rect) => attr(rect, "fill"));
    // Two legend swatches, then ZREPAIRS (2 bars) and ZRENT (1 bar; its zero has none).
    expect(fills).toEqual([BAR_CHART_FILLS[0], BAR_CHART_FILLS[1], BAR_CHART_FILLS[0], BAR_CHART_FILLS[1], BAR_CHART_FILLS[0]]);
  });

  it("mirrors for right-to-left pages: bars grow from the right edge and text anchors on the right", () => {
    const one = [{ label: "ZA", values: [10] }, { label: "ZB", values: [5] }];
    const ltr = render(<BarChart id="c" title="T" description="D" series={[{ label: "ZS" }]} data={one} width={300} />);
    const rtl = render(<BarChart id="c" title="T" description="D" series={[{ label: "ZS" }]} data={one} width={300} dir="rtl" />);
    expect(attr(tag(ltr, "svg"), "direction")).toBe("ltr");
    expect(attr(tag(rtl, "svg"), "direction")).toBe("rtl");
    const ltrBars = tags(ltr, "rect");
    const rtlBars = tags(rtl, "rect");
    for (const [index, bar] of ltrBars.entries()) {
      const mirrored = rtlBars[index]!;
      expect(num(bar, "x")).toBe(0);
      expect(num(mirrored, "width")).toBe(num(bar, "width"));
      expect(num(mirrored, "x") + num(mirrored, "width")).toBeCloseTo(300, 5);
    }
    const labelX = (html: string) => num(tags(html, "text")[0]!, "x");
    expect(labelX(ltr)).toBe(0);
    expect(labelX(rtl)).toBe(300);
    // Same logical anchor: with direction="rtl" "start" is the right-hand end of the text.
    expect(tags(rtl, "text").every((t) => attr(t, "text-anchor") === "start")).toBe(true);
  });

  it("draws nothing wrong for empty, all-zero or non-finite data", () => {
    const empty = render(<BarChart id="c" title="T" description="D" series={[{ label: "ZS" }]} data={[]} />);
    expect(tags(empty, "rect")).toHaveLength(0);
    const odd = render(<BarChart id="c" title="T" description="D" series={[{ label: "ZS" }]} data={[{ label: "ZA", values: [Number.NaN] }, { label: "ZB", values: [-3] }]} />);
    expect(tags(odd, "rect")).toHaveLength(0);
    expect(text(odd)).toBe("T D ZA 0 ZB 0");
  });
});
