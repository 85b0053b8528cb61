// Which services to review first (seed 003, 5.3.2 and the planning process):
// low Stars of Excellence, the four-year rule, what residents complain about
// and neighbourhood targets that were missed. Each service gets points for
// each reason, and the reasons are kept so the page can say why it ranks
// where it does.
//
// The weighting (out of 130), and why:
// - Programme: overdue 40, at risk 20. The four-year rule is the landlord's
//   own policy; a service that has broken it goes ahead of everything else
//   unless another service is poor on every other count.
// - Stars: 30 minus the latest total (0–30), so a service with no stars at
//   all scores as much as the worst complaints record. A service never
//   assessed gets 15, the middle, and says so: not knowing is a reason to
//   look, but not as strong as knowing it is poor.
// - Complaints: complaints received in the last 12 months per 1,000 homes,
//   scaled so the service with the highest rate gets 30 and the others a
//   share in proportion. A rate means little on its own (repairs always
//   draws the most); what matters is how services compare with each other.
// - Neighbourhood targets missed: 10 each, up to 30. Each one is residents
//   telling us, in numbers they agreed, that a service is below standard.
// Ties keep the order the services were given in (the API gives them by name).
import { formatIsoDate, parseIsoDate } from "../calendar/iso-date.js";
import { addYears, type ProgrammeStatus } from "./programme.js";
import { STARS_TOTAL_MAX } from "./stars.js";

export const PRIORITY_WEIGHTS = {
  overdue: 40,
  atRisk: 20,
  unassessed: 15,
  complaintsMax: 30,
  perBreachedTarget: 10,
  breachedTargetsMax: 30,
} as const;

export interface PriorityInput<Id extends string = string> {
  serviceAreaId: Id;
  /** The latest Stars of Excellence total out of 30, or null when never assessed. */
  starsTotal: number | null;
  programme: { status: ProgrammeStatus; dueBy: string };
  /** Complaints received in the last 12 months. */
  complaints: number;
  /** Neighbourhood targets for the service missed in the last period. */
  breachedTargets: number;
}

export type PriorityReason =
  | { key: "priorities.reason.overdue"; points: number; params: { dueBy: string } }
  | { key: "priorities.reason.atRisk"; points: number; params: { dueBy: string } }
  | { key: "priorities.reason.lowStars"; points: number; params: { total: number; max: number } }
  | { key: "priorities.reason.noStars"; points: number; params: Record<string, never> }
  | { key: "priorities.reason.complaints"; points: number; params: { count: number; per1000Homes: number } }
  | { key: "priorities.reason.breachedTargets"; points: number; params: { count: number } };

export interface Priority<Id extends string = string> {
  serviceAreaId: Id;
  rank: number;
  score: number;
  /** Strongest reason first; only reasons that added points. */
  reasons: PriorityReason[];
}

/** The twelve whole months ending today: from the day after this date last year, to today. */
export function lastTwelveMonths(today: string): { from: string; to: string } {
  return { from: formatIsoDate(parseIsoDate(addYears(today, -1)) + 1), to: today };
}

/** Complaints per 1,000 homes, to one decimal place. */
export function complaintsPer1000Homes(complaints: number, homes: number): number {
  if (!Number.isSafeInteger(homes) || homes <= 0) return 0;
  return Math.round((complaints * 10_000) / homes) / 10;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function prioritiseServices<Id extends string>(services: readonly PriorityInput<Id>[], options: { homes: number }): Priority<Id>[] {
  const rates = services.map((s) => complaintsPer1000Homes(s.complaints, options.homes));
  const highest = Math.max(0, ...rates);
  const scored = services.map((service, index) => {
    const reasons: PriorityReason[] = [];
    const { dueBy, status } = service.programme;
    if (status === "overdue") reasons.push({ key: "priorities.reason.overdue", points: PRIORITY_WEIGHTS.overdue, params: { dueBy } });
    if (status === "at-risk") reasons.push({ key: "priorities.reason.atRisk", points: PRIORITY_WEIGHTS.atRisk, params: { dueBy } });
    if (service.starsTotal === null) reasons.push({ key: "priorities.reason.noStars", points: PRIORITY_WEIGHTS.unassessed, params: {} });
    else if (service.starsTotal < STARS_TOTAL_MAX)
      reasons.push({ key: "priorities.reason.lowStars", points: STARS_TOTAL_MAX - service.starsTotal, params: { total: service.starsTotal, max: STARS_TOTAL_MAX } });
    const rate = rates[index]!;
    if (service.complaints > 0 && highest > 0)
      reasons.push({ key: "priorities.reason.complaints", points: round1((PRIORITY_WEIGHTS.complaintsMax * rate) / highest), params: { count: service.complaints, per1000Homes: rate } });
    if (service.breachedTargets > 0)
      reasons.push({
        key: "priorities.reason.breachedTargets",
        points: Math.min(PRIORITY_WEIGHTS.breachedTargetsMax, PRIORITY_WEIGHTS.perBreachedTarget * service.breachedTargets),
        params: { count: service.breachedTargets },
      });
    reasons.sort((a, b) => b.points - a.points);
    return { serviceAreaId: service.serviceAreaId, index, score: round1(reasons.reduce((t, r) => t + r.points, 0)), reasons };
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.map(({ index: _, ...rest }, i) => ({ ...rest, rank: i + 1 }));
}
