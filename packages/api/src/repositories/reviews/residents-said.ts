// The golden thread's "what residents told us" panel for a review's service
// area. Every count is taken from the same source as the page it links to:
// yearly volumes by the annual report's rule (`countsAsReceived`) over the
// landlord's complaints, and complaints open now from the staff queue's own
// count, so the panel and those pages can never disagree.
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import type { ComplaintStatus } from "@hearth/domain/complaints";
import { residentInsight } from "@hearth/domain/reviews";
import { landlordCalendar, ukToday } from "../complaints/calendar.js";
import { queueCount } from "../complaints/queue.js";
import type { LoadedReview } from "./review.js";

/** How many of the latest complaints and lessons the panel lists. */
const LATEST = 10;
const LESSONS = 20;

/** Golden-thread sources that Hearth does not collect yet; the panel says so rather than guess. */
export const NOT_YET_COLLECTED = ["neighbourhood-targets", "budgeting", "surveys"] as const;

/** The complaint stage a status belongs to, as the queue's stage filter groups them; null once it is over. */
function stageOfStatus(status: ComplaintStatus): 1 | 2 | null {
  if (status === "received" || status.startsWith("stage1-")) return 1;
  if (status === "escalated" || status.startsWith("stage2-") || status === "final-response") return 2;
  return null;
}

/**
 * The service area's complaints with only what the insight reads: the rows the
 * performance report counts for the area, without the stage timelines and
 * decisions the report also needs and the panel never uses.
 */
function areaComplaints(db: Executor, review: LoadedReview) {
  const { complaints } = schema;
  return db
    .select({
      id: complaints.id,
      reference: complaints.reference,
      status: complaints.status,
      receivedOn: complaints.receivedOn,
      closedOn: complaints.closedOn,
      causeCategory: complaints.causeCategory,
      lessonsLearnt: complaints.lessonsLearnt,
    })
    .from(complaints)
    .where(and(eq(complaints.landlordId, review.row.landlordId), eq(complaints.serviceAreaId, review.serviceArea.id)));
}

export async function residentsSaidPanel(db: Executor, review: LoadedReview, now: Date) {
  const today = ukToday(now);
  const slug = review.serviceArea.slug;
  const area = await areaComplaints(db, review);
  const insight = residentInsight(area, { today, latest: LATEST });

  const calendar = await landlordCalendar(db, review.row.landlordId);
  const queueTotal = (stage: 1 | 2) => queueCount(db, { serviceArea: slug, stage, sort: "due", direction: "asc" }, { today, calendar });
  const [stage1, stage2] = [await queueTotal(1), await queueTotal(2)];

  const idOf = new Map(area.map((c) => [c.reference, c.id]));
  const latestIds = insight.latest.map((c) => idOf.get(c.reference)!);
  const linked = latestIds.length
    ? await db
        .select({ complaintId: schema.reviewEvidence.complaintId, id: schema.reviewEvidence.id })
        .from(schema.reviewEvidence)
        .where(and(eq(schema.reviewEvidence.reviewId, review.row.id), isNotNull(schema.reviewEvidence.complaintId), inArray(schema.reviewEvidence.complaintId, latestIds)))
    : [];
  const evidenceFor = new Map(linked.map((l) => [l.complaintId, l.id]));

  return {
    asOf: insight.asOf,
    serviceArea: { slug, name: review.serviceArea.name },
    thisYear: insight.thisYear,
    byYear: insight.byYear,
    trend: insight.trend,
    open: { stage1, stage2, total: stage1 + stage2 },
    causes: insight.causes,
    lessons: insight.lessons.slice(0, LESSONS),
    latest: insight.latest.map((c) => ({ ...c, stage: stageOfStatus(c.status), evidenceId: evidenceFor.get(idOf.get(c.reference)!) ?? null })),
    notYetCollected: NOT_YET_COLLECTED,
  };
}

export type ResidentsSaidPanel = Awaited<ReturnType<typeof residentsSaidPanel>>;

/**
 * What an `insight` entry keeps: the chosen figures as they stand now, with
 * the day and the service area, so the log reads the same a year later.
 */
export function insightSnapshot(panel: ResidentsSaidPanel, figure: "all" | "volume" | "trend" | "open" | "causes" | "lessons"): Record<string, unknown> {
  const window = { from: panel.trend.recent.from, to: panel.trend.recent.to };
  const parts = {
    volume: { thisYear: panel.thisYear, byYear: panel.byYear },
    trend: { trend: panel.trend },
    open: { open: panel.open },
    causes: { window, causes: panel.causes },
    lessons: { window, lessons: panel.lessons },
  };
  const chosen = figure === "all" ? Object.assign({}, ...Object.values(parts)) : parts[figure];
  return { figure, asOf: panel.asOf, serviceArea: panel.serviceArea, ...chosen };
}
