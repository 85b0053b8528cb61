// The golden-thread panel as the page shows it: every figure in the page's
// language, with the page each figure comes from, so a reader can check it.
import type { RequestScope } from "@hearth/api/server";
import { formatDate } from "@hearth/i18n";
import { count, day, financialYearLabel } from "./evidence.server";
import { openQueuePath, performanceYearPath } from "./evidence-paths";
import type { ReviewScope } from "./review-page.server";

type Panel = Awaited<ReturnType<RequestScope["caller"]["reviewEvidence"]["residentsSaid"]>>;
type Scope = Pick<RequestScope, "locale"> & { t: ReviewScope["t"] };

export function panelView(scope: Scope, panel: Panel) {
  const { locale } = scope;
  const n = (value: number) => count(locale, value);
  const [thisYear, lastYear] = panel.byYear;
  const month = (ym: string) => formatDate(locale, `${ym}-15T12:00:00Z`, { month: "short", year: "numeric" });
  const queue = (stage: 1 | 2) => (panel.canOpenComplaints ? openQueuePath(panel.serviceArea.slug, stage) : null);
  return {
    reviewId: panel.reviewId,
    version: panel.version,
    canEdit: panel.canEdit,
    canOpenComplaints: panel.canOpenComplaints,
    area: scope.t("complaints")(`serviceArea.${panel.serviceArea.slug}`, { defaultValue: panel.serviceArea.name }),
    asOf: day(locale, panel.asOf),
    years: panel.byYear.map((y) => ({ year: y.year, label: financialYearLabel(locale, y.year), received: n(y.received), href: performanceYearPath(y.year) })),
    thisYear: { label: financialYearLabel(locale, thisYear!.year), received: n(thisYear!.received), href: performanceYearPath(thisYear!.year) },
    lastYear: { label: financialYearLabel(locale, lastYear!.year), received: n(lastYear!.received), href: performanceYearPath(lastYear!.year) },
    open: { total: n(panel.open.total), stage1: n(panel.open.stage1), stage2: n(panel.open.stage2), stage1Href: queue(1), stage2Href: queue(2) },
    trend: {
      recent: { from: day(locale, panel.trend.recent.from), to: day(locale, panel.trend.recent.to), received: n(panel.trend.recent.received) },
      previous: { from: day(locale, panel.trend.previous.from), to: day(locale, panel.trend.previous.to), received: n(panel.trend.previous.received) },
      direction: panel.trend.direction,
      change: n(Math.abs(panel.trend.change)),
      months: panel.trend.months.map((m) => ({ label: month(m.month), recent: m.recent, previous: m.previous, recentText: n(m.recent), previousText: n(m.previous) })),
    },
    causes: panel.causes.map((c) => ({ cause: c.causeCategory, closed: n(c.closed) })),
    lessons: panel.lessons.map((l) => ({ reference: l.reference, cause: l.causeCategory, closed: day(locale, l.closedOn), text: l.lessonsLearnt })),
    latest: panel.latest.map((c) => ({ reference: c.reference, received: day(locale, c.receivedOn), stage: c.stage, status: c.status, cause: c.causeCategory, inLog: c.evidenceId !== null })),
    notYetCollected: panel.notYetCollected,
  };
}

export type PanelView = ReturnType<typeof panelView>;
