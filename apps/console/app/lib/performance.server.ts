// The complaints performance report as the console shows and exports it:
// figures formatted on the server in the page's language (so hydration sees
// the same digits), and the same figures as export tables. Nothing here names
// a resident: scrutiny panel members read all of it.
import { load, type RequestScope } from "@hearth/api/server";
import type { ExportTable } from "@hearth/api/export";
import { POINT_DECISIONS } from "@hearth/domain/complaints";
import type { Role } from "@hearth/domain/identity";
import { formatDate, formatNumber, serverT, type Locale } from "@hearth/i18n";

export const PERFORMANCE_ROLES = ["staff", "scrutiny", "admin"] as const satisfies readonly Role[];

export type PerformanceReportData = Awaited<ReturnType<RequestScope["caller"]["complaintPerformance"]["report"]>>;

/** `?year=2026` as a number; anything else means "the current reporting year". */
export function yearParam(url: URL): number | undefined {
  const raw = url.searchParams.get("year") ?? "";
  if (!/^\d{4}$/.test(raw)) return undefined;
  const year = Number(raw);
  return year >= 2000 && year <= 2100 ? year : undefined;
}

/** 2026 → "2026-27", as UK reporting years are written (and as export file names use). */
export function yearSlug(year: number): string {
  return `${year}-${String((year + 1) % 100).padStart(2, "0")}`;
}

export function loadReport(scope: Pick<RequestScope, "caller">, year: number | undefined): Promise<PerformanceReportData> {
  return load(() => scope.caller.complaintPerformance.report(year === undefined ? {} : { year }));
}

const STAGES = [1, 2] as const;

function formatters(locale: Locale) {
  return {
    count: (n: number) => formatNumber(locale, n),
    tenths: (n: number) => formatNumber(locale, n, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    percent: (n: number) => formatNumber(locale, n / 100, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    money: (pence: number) => formatNumber(locale, pence / 100, { style: "currency", currency: "GBP" }),
    year: (n: number) => formatNumber(locale, n, { useGrouping: false }),
    date: (iso: string) => ({ iso, text: formatDate(locale, `${iso}T12:00:00Z`, { day: "numeric", month: "long", year: "numeric" }) }),
  };
}

/** Everything the performance page shows, with every number and date already in the page's language. */
export function performanceView(report: PerformanceReportData, locale: Locale) {
  const f = formatters(locale);
  const years = [...new Set([...report.years, report.year])].sort((a, b) => b - a);
  return {
    year: report.year,
    yearSlug: yearSlug(report.year),
    years: years.map((year) => ({ value: String(year), start: f.year(year), end: f.year(year + 1) })),
    from: f.date(report.period.from),
    to: f.date(report.period.to),
    today: f.date(report.today),
    homes: f.count(report.homes),
    ch01: STAGES.map((stage) => {
      const figure = stage === 1 ? report.ch01.stage1 : report.ch01.stage2;
      return { stage, value: f.tenths(figure.per1000Homes), complaints: f.count(figure.complaints) };
    }),
    ch02: STAGES.map((stage) => {
      const figure = stage === 1 ? report.ch02.stage1 : report.ch02.stage2;
      return { stage, percent: figure.percent === null ? null : f.percent(figure.percent), within: f.count(figure.withinTimescale), responded: f.count(figure.responded) };
    }),
    received: f.count(report.received),
    escalated: f.count(report.escalated),
    compensation: f.money(report.compensationPence),
    overdueCount: f.count(report.overdue.length),
    byServiceArea: report.byServiceArea.map((row) => ({ ...row, receivedText: f.count(row.received), escalatedText: f.count(row.escalated) })),
    byCause: report.byCause.map((row) => ({ ...row, closedText: f.count(row.closed) })),
    outcomes: POINT_DECISIONS.map((decision) => ({ decision, stage1: f.count(report.outcomes[1][decision]), stage2: f.count(report.outcomes[2][decision]) })),
    speed: STAGES.map((stage) => {
      const speed = report.speed[stage];
      return { stage, responded: f.count(speed.responded), average: speed.averageWorkingDays === null ? null : f.tenths(speed.averageWorkingDays) };
    }),
    overdue: report.overdue.map((row) => ({ reference: row.reference, serviceArea: row.serviceArea, step: row.step, due: f.date(row.dueOn), late: f.count(row.workingDaysLate) })),
    lessons: report.lessons.map((row) => ({ reference: row.reference, serviceArea: row.serviceArea, causeCategory: row.causeCategory, closed: f.date(row.closedOn), text: row.lessonsLearnt })),
  };
}

export type PerformanceView = ReturnType<typeof performanceView>;

/** A service area's name in the page's language; a landlord's own area without a translation shows its slug. */
export function serviceAreaName(t: (key: string, options?: Record<string, unknown>) => string, slug: string): string {
  return t(`complaints:serviceArea.${slug}`, { defaultValue: slug.replace(/-/g, " ") });
}

/** The headline figures and volumes by service area as one long table, one figure per row (the CSV). */
export function summaryTable(report: PerformanceReportData, locale: Locale): ExportTable {
  const t = serverT(locale, "console");
  const c = serverT(locale, "complaints");
  const area = (slug: string) => serviceAreaName(c as never, slug);
  const x = (key: string) => t(`performance.export.${key}`);
  const year = yearSlug(report.year);
  const stage = (n: 1 | 2) => c(`stage.${n}`);
  const rows: ExportTable["rows"] = [];
  for (const n of STAGES) {
    const figure = n === 1 ? report.ch01.stage1 : report.ch01.stage2;
    rows.push([year, x("sections.tsm"), x("measures.ch01"), stage(n), figure.per1000Homes, figure.complaints, report.homes]);
  }
  for (const n of STAGES) {
    const figure = n === 1 ? report.ch02.stage1 : report.ch02.stage2;
    rows.push([year, x("sections.tsm"), x("measures.ch02"), stage(n), figure.percent, figure.withinTimescale, figure.responded]);
  }
  for (const row of report.byServiceArea) {
    rows.push([year, x("sections.areas"), area(row.serviceArea), stage(1), row.received, null, null]);
    rows.push([year, x("sections.areas"), area(row.serviceArea), stage(2), row.escalated, null, null]);
  }
  return {
    name: x("sheets.summary"),
    columns: [
      { header: x("columns.year") },
      { header: x("columns.section") },
      { header: x("columns.measure") },
      { header: x("columns.stage") },
      { header: x("columns.value"), kind: "number" },
      { header: x("columns.numerator"), kind: "number" },
      { header: x("columns.denominator"), kind: "number" },
    ],
    rows,
  };
}

/** Every table on the page, one sheet each (the XLSX workbook). */
export function workbookTables(report: PerformanceReportData, locale: Locale): ExportTable[] {
  const t = serverT(locale, "console");
  const c = serverT(locale, "complaints");
  const area = (slug: string) => serviceAreaName(c as never, slug);
  const x = (key: string) => t(`performance.export.${key}`);
  const stage = (n: 1 | 2) => c(`stage.${n}`);

  const summary: ExportTable = {
    name: x("sheets.summary"),
    columns: [{ header: x("columns.measure") }, { header: x("columns.stage") }, { header: x("columns.value"), kind: "number" }, { header: x("columns.numerator"), kind: "number" }, { header: x("columns.denominator"), kind: "number" }],
    rows: [
      ...STAGES.map((n) => {
        const figure = n === 1 ? report.ch01.stage1 : report.ch01.stage2;
        return [x("measures.ch01"), stage(n), figure.per1000Homes, figure.complaints, report.homes];
      }),
      ...STAGES.map((n) => {
        const figure = n === 1 ? report.ch02.stage1 : report.ch02.stage2;
        return [x("measures.ch02"), stage(n), figure.percent, figure.withinTimescale, figure.responded];
      }),
      [x("measures.received"), stage(1), report.received],
      [x("measures.escalated"), stage(2), report.escalated],
      ...STAGES.map((n) => [x("measures.averageDays"), stage(n), report.speed[n].averageWorkingDays, null, report.speed[n].responded]),
      // Pounds, not pence: this column holds plain numbers; the measure's name carries the £.
      [x("measures.compensation"), null, report.compensationPence / 100],
    ],
  };
  return [
    summary,
    {
      name: x("sheets.areas"),
      columns: [{ header: x("columns.serviceArea") }, { header: x("columns.received"), kind: "number" }, { header: x("columns.escalated"), kind: "number" }],
      rows: report.byServiceArea.map((row) => [area(row.serviceArea), row.received, row.escalated]),
    },
    {
      name: x("sheets.causes"),
      columns: [{ header: x("columns.cause") }, { header: x("columns.closed"), kind: "number" }],
      rows: report.byCause.map((row) => [c(`cause.${row.causeCategory}`, { defaultValue: row.causeCategory }), row.closed]),
    },
    {
      name: x("sheets.outcomes"),
      columns: [{ header: x("columns.decision") }, { header: stage(1), kind: "number" }, { header: stage(2), kind: "number" }],
      rows: POINT_DECISIONS.map((decision) => [c(`decision.${decision}`), report.outcomes[1][decision], report.outcomes[2][decision]]),
    },
    {
      name: x("sheets.overdue"),
      columns: [{ header: x("columns.reference") }, { header: x("columns.serviceArea") }, { header: x("columns.step") }, { header: x("columns.due"), kind: "date" }, { header: x("columns.late"), kind: "number" }],
      rows: report.overdue.map((row) => [row.reference, area(row.serviceArea), c(`step.${row.step}`, { defaultValue: row.step }), row.dueOn, row.workingDaysLate]),
    },
    {
      name: x("sheets.lessons"),
      columns: [{ header: x("columns.reference") }, { header: x("columns.serviceArea") }, { header: x("columns.cause") }, { header: x("columns.closedOn"), kind: "date" }, { header: x("columns.lessons") }],
      rows: report.lessons.map((row) => [row.reference, area(row.serviceArea), c(`cause.${row.causeCategory}`, { defaultValue: row.causeCategory }), row.closedOn, row.lessonsLearnt]),
    },
  ];
}

/** Headers for a file download; `private` because the figures are not public until the landlord publishes them. */
export function downloadHeaders(contentType: string, filename: string): HeadersInit {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "private, no-store",
  };
}
