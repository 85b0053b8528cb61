import { cx } from "../class-names.js";

export interface BarChartSeries {
  /** Translated name of the series, shown in the legend when there is more than one. */
  label: string;
}

export interface BarChartDatum {
  /** Translated category label, shown above its bars. */
  label: string;
  /** One value per series, in the order of `series`. Negative values are drawn as 0. */
  values: number[];
  /**
   * Text of each value, when the caller has formatted it already (e.g. on the
   * server, so hydration sees the same digits); otherwise `formatValue` is used.
   */
  valueLabels?: string[];
}

export interface BarChartProps {
  /** Unique on the page: prefixes the ids of <title> and <desc>. */
  id: string;
  /** Short name of the chart, read by screen readers (the SVG's <title>). */
  title: string;
  /** What the chart shows and where the figures are (the data table beside it), read after the title. */
  description: string;
  series: BarChartSeries[];
  data: BarChartDatum[];
  /** Text of each value, e.g. a locale-aware number format. Defaults to String(value). */
  formatValue?: (value: number) => string;
  /** The page's direction: in right-to-left pages bars grow from the right and labels sit on the right. */
  dir?: "ltr" | "rtl";
  /** Width of the drawing in SVG units; it scales to its container. */
  width?: number;
  className?: string;
}

/**
 * Series fills. Each has at least 3:1 contrast with white (WCAG 1.4.11) and
 * the series differ in lightness, not only in hue.
 */
export const BAR_CHART_FILLS = ["#1d70b8", "#003078", "#5694ca"] as const;

const FONT_SIZE = 16;
const VALUE_FONT_SIZE = 14;
const LABEL_LINE = 22;
const BAR_GAP = 4;
const GROUP_GAP = 12;
const LEGEND_LINE = 24;
const SWATCH = 14;
/** Rough width of one character of a 14px value: enough room for the value after the longest bar. */
const VALUE_CHAR = 9;
const TEXT_COLOUR = "#0b0c0c";
const AXIS_COLOUR = "#505a5f";

/**
 * A horizontal bar chart drawn on the server as SVG, so it needs no
 * JavaScript. It is one image to assistive technology (role="img" named by
 * its <title> and <desc>): always put the same figures in a table beside it,
 * which is the source of truth. Category labels sit above their bars so long
 * translated labels have the full width, and the drawing mirrors for
 * right-to-left pages.
 */
export function BarChart({ id, title, description, series, data, formatValue = String, dir = "ltr", width = 480, className }: BarChartProps) {
  const seriesCount = Math.max(1, series.length);
  const barHeight = seriesCount === 1 ? 20 : 16;
  const legendHeight = seriesCount > 1 ? seriesCount * LEGEND_LINE + 4 : 0;
  const groupHeight = LABEL_LINE + seriesCount * (barHeight + BAR_GAP) + GROUP_GAP;
  const height = Math.max(1, legendHeight + data.length * groupHeight);

  const clean = (value: number | undefined) => (value !== undefined && Number.isFinite(value) && value > 0 ? value : 0);
  const max = Math.max(0, ...data.flatMap((d) => d.values.map(clean)));
  const valueText = (datum: BarChartDatum, index: number) => datum.valueLabels?.[index] ?? formatValue(clean(datum.values[index]));
  const longestValue = Math.max(1, ...data.flatMap((d) => d.values.map((_, index) => valueText(d, index).length)));
  const reserve = longestValue * VALUE_CHAR + 8;
  const plotWidth = Math.max(1, width - reserve);
  const barLength = (value: number) => (max === 0 || value === 0 ? 0 : Math.max(2, (value / max) * plotWidth));

  // Everything is laid out left to right, then mirrored for right-to-left pages.
  const rtl = dir === "rtl";
  const rectX = (x: number, w: number) => (rtl ? width - x - w : x);
  const textX = (x: number) => (rtl ? width - x : x);

  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg
      className={cx("hearth-bar-chart", className)}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      direction={dir}
      fontSize={FONT_SIZE}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {seriesCount > 1 && (
        <g className="hearth-bar-chart__legend">
          {series.map((s, index) => {
            const y = index * LEGEND_LINE;
            return (
              <g key={index}>
                <rect x={rectX(0, SWATCH)} y={y + 4} width={SWATCH} height={SWATCH} fill={BAR_CHART_FILLS[index % BAR_CHART_FILLS.length]} />
                <text x={textX(SWATCH + 8)} y={y + 16} fill={TEXT_COLOUR} textAnchor="start">
                  {s.label}
                </text>
              </g>
            );
          })}
        </g>
      )}
      {data.map((datum, row) => {
        const top = legendHeight + row * groupHeight;
        const barsTop = top + LABEL_LINE;
        const barsBottom = barsTop + seriesCount * (barHeight + BAR_GAP) - BAR_GAP;
        return (
          <g key={row} className="hearth-bar-chart__group">
            <text x={textX(0)} y={top + FONT_SIZE} fill={TEXT_COLOUR} textAnchor="start" fontWeight="bold">
              {datum.label}
            </text>
            {Array.from({ length: seriesCount }, (_, index) => {
              const value = clean(datum.values[index]);
              const length = barLength(value);
              const y = barsTop + index * (barHeight + BAR_GAP);
              return (
                <g key={index}>
                  {length > 0 && <rect x={rectX(0, length)} y={y} width={length} height={barHeight} fill={BAR_CHART_FILLS[index % BAR_CHART_FILLS.length]} />}
                  <text x={textX(length + 6)} y={y + barHeight / 2 + VALUE_FONT_SIZE / 2 - 2} fill={TEXT_COLOUR} fontSize={VALUE_FONT_SIZE} textAnchor="start">
                    {valueText(datum, index)}
                  </text>
                </g>
              );
            })}
            {/* The baseline every bar grows from. */}
            <line x1={textX(0.5)} x2={textX(0.5)} y1={barsTop - 2} y2={barsBottom + 2} stroke={AXIS_COLOUR} strokeWidth={1} />
          </g>
        );
      })}
    </svg>
  );
}
