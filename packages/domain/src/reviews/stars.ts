// Stars of Excellence (seed 003, appendix 1): a quick self-assessment of a
// service against ten criteria, each rated from no stars to three, with
// people from outside the team that runs the service so that the team does
// not mark its own work. Low stars put a service early on the programme, and
// repeated assessments show whether it is getting better.
import { STARS_CRITERIA, STARS_GROUPS, STARS_MAX, STARS_MIN, type StarsCriterion } from "./vocabulary.js";

export const STARS_LEVELS = [0, 1, 2, 3] as const;
export type StarsLevel = (typeof STARS_LEVELS)[number];
export type StarsGroup = keyof typeof STARS_GROUPS;
export const STARS_GROUP_IDS = Object.keys(STARS_GROUPS) as StarsGroup[];
/** Ten criteria at up to three stars each. */
export const STARS_TOTAL_MAX = STARS_CRITERIA.length * STARS_MAX;

/**
 * What each level looks like, as translation keys in the `programme`
 * namespace (the words are ours, after the appendix's descriptors).
 */
export const STARS_DESCRIPTORS: Readonly<Record<StarsCriterion, readonly [string, string, string, string]>> = Object.fromEntries(
  STARS_CRITERIA.map((criterion) => [criterion, STARS_LEVELS.map((level) => `stars.descriptor.${criterion}.${level}`)]),
) as unknown as Record<StarsCriterion, readonly [string, string, string, string]>;

export function starsGroupOf(criterion: StarsCriterion): StarsGroup {
  return STARS_GROUP_IDS.find((group) => (STARS_GROUPS[group] as readonly StarsCriterion[]).includes(criterion))!;
}

export type StarsRatings = Readonly<Record<StarsCriterion, number>>;

export interface StarsParticipant {
  name: string;
  outsideServiceTeam: boolean;
  isResident?: boolean;
}

export interface StarsAssessmentInput {
  ratings: Readonly<Partial<Record<StarsCriterion, number | null | undefined>>>;
  participants: readonly StarsParticipant[];
}

export type StarsProblem =
  | { field: `ratings.${StarsCriterion}`; code: "rating-missing" | "rating-invalid" }
  | { field: "participants"; code: "no-participants" | "no-outside-participant" };

/**
 * What stops an assessment being recorded, in form order: every criterion
 * rated with whole stars from 0 to 3, at least one named participant, and at
 * least one of them from outside the service team (the appendix's condition
 * for the assessment to be valid).
 */
export function validateStarsAssessment(input: StarsAssessmentInput): StarsProblem[] {
  const problems: StarsProblem[] = [];
  for (const criterion of STARS_CRITERIA) {
    const stars = input.ratings[criterion];
    if (stars === undefined || stars === null) problems.push({ field: `ratings.${criterion}`, code: "rating-missing" });
    else if (!Number.isInteger(stars) || stars < STARS_MIN || stars > STARS_MAX) problems.push({ field: `ratings.${criterion}`, code: "rating-invalid" });
  }
  const named = input.participants.filter((p) => p.name.trim() !== "");
  if (named.length === 0) problems.push({ field: "participants", code: "no-participants" });
  else if (!named.some((p) => p.outsideServiceTeam)) problems.push({ field: "participants", code: "no-outside-participant" });
  return problems;
}

export interface StarsProfile {
  total: number;
  max: number;
  groups: Record<StarsGroup, { total: number; max: number }>;
  /** The criteria with the fewest stars (all tied at the lowest), empty when every criterion has three. */
  weakest: StarsCriterion[];
}

function checkRatings(ratings: StarsRatings): void {
  for (const criterion of STARS_CRITERIA) {
    const stars = ratings[criterion];
    if (!Number.isInteger(stars) || stars < STARS_MIN || stars > STARS_MAX) {
      throw new RangeError(`Stars for ${criterion} must be a whole number from ${STARS_MIN} to ${STARS_MAX}; got ${String(stars)}`);
    }
  }
}

export function starsProfile(ratings: StarsRatings): StarsProfile {
  checkRatings(ratings);
  const sum = (criteria: readonly StarsCriterion[]) => criteria.reduce((total, c) => total + ratings[c], 0);
  const groups = Object.fromEntries(STARS_GROUP_IDS.map((g) => [g, { total: sum(STARS_GROUPS[g]), max: STARS_GROUPS[g].length * STARS_MAX }])) as StarsProfile["groups"];
  const lowest = Math.min(...STARS_CRITERIA.map((c) => ratings[c]));
  return {
    total: sum(STARS_CRITERIA),
    max: STARS_TOTAL_MAX,
    groups,
    weakest: lowest < STARS_MAX ? STARS_CRITERIA.filter((c) => ratings[c] === lowest) : [],
  };
}

export interface StarsChange {
  criterion: StarsCriterion;
  earlier: number;
  later: number;
  /** Later minus earlier: positive is better. */
  change: number;
}

export interface StarsComparison {
  criteria: StarsChange[];
  total: { earlier: number; later: number; change: number };
  improved: StarsCriterion[];
  declined: StarsCriterion[];
}

/** How a service moved between two assessments, criterion by criterion and overall. */
export function compareStars(earlier: StarsRatings, later: StarsRatings): StarsComparison {
  checkRatings(earlier);
  checkRatings(later);
  const criteria = STARS_CRITERIA.map((criterion) => ({ criterion, earlier: earlier[criterion], later: later[criterion], change: later[criterion] - earlier[criterion] }));
  const before = criteria.reduce((t, c) => t + c.earlier, 0);
  const after = criteria.reduce((t, c) => t + c.later, 0);
  return {
    criteria,
    total: { earlier: before, later: after, change: after - before },
    improved: criteria.filter((c) => c.change > 0).map((c) => c.criterion),
    declined: criteria.filter((c) => c.change < 0).map((c) => c.criterion),
  };
}
