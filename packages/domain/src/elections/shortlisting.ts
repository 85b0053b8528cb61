import { SKILLS_QUESTIONS, type SkillsQuestion } from "./candidacy.js";

/**
 * The hybrid route for resident board members: a panel scores each eligible
 * candidate against the skills a board needs, and the best-scoring go on to
 * the ballot. The criteria are data: the nomination's skills questions (see
 * candidacy.ts), in the same order, so the panel scores each answer.
 *
 * Shortlisting order, and what happens at a tie:
 * 1. Each panel member scores every criterion 0–5 with a reason.
 * 2. A candidate's total is the sum of every score they were given; their
 *    average is that total divided by the number of panel members who scored
 *    them, so a candidate seen by fewer panel members is not penalised.
 * 3. Candidates are ranked by average, highest first. Equal averages are
 *    separated by the average for each criterion in the order listed
 *    (experience of the homes and services first), then the next, and so on.
 * 4. Candidates still level after every criterion share a place. If such a
 *    tie straddles the last shortlist place, all of them are suggested and
 *    the tie is reported: the panel then decides, not the software or chance.
 * Candidates nobody has scored are never suggested.
 */
export const SKILLS_CRITERIA = SKILLS_QUESTIONS;
export type SkillsCriterion = SkillsQuestion;

export const MIN_SCORE = 0;
export const MAX_SCORE = 5;

export interface CriterionScore {
  criterion: SkillsCriterion;
  score: number;
  reason: string;
}

export interface PanelScore extends CriterionScore {
  scorerId: string;
}

export type ScoreSheetProblem =
  | { field: `score.${SkillsCriterion}`; key: "elections.candidates.scoreOutOfRange" }
  | { field: `reason.${SkillsCriterion}`; key: "elections.candidates.reasonRequired" };

/** One panel member's sheet for one candidate: every criterion, a whole score 0–5 and a reason each. */
export function scoreSheetProblems(sheet: Partial<Record<SkillsCriterion, { score: number | null; reason: string }>>): ScoreSheetProblem[] {
  const problems: ScoreSheetProblem[] = [];
  for (const criterion of SKILLS_CRITERIA) {
    const entry = sheet[criterion];
    const score = entry?.score ?? null;
    if (score === null || !Number.isInteger(score) || score < MIN_SCORE || score > MAX_SCORE) {
      problems.push({ field: `score.${criterion}`, key: "elections.candidates.scoreOutOfRange" });
    }
    if (!entry?.reason.trim()) problems.push({ field: `reason.${criterion}`, key: "elections.candidates.reasonRequired" });
  }
  return problems;
}

export interface CandidateScore {
  total: number;
  /** Panel members who scored this candidate. */
  scorers: number;
  /** Total per panel member; null when nobody has scored. */
  average: number | null;
  /** Average per criterion; null where nobody has scored it. */
  byCriterion: Record<SkillsCriterion, number | null>;
}

export function candidateScore(scores: readonly PanelScore[]): CandidateScore {
  const scorers = new Set(scores.map((s) => s.scorerId)).size;
  const total = scores.reduce((sum, s) => sum + s.score, 0);
  const byCriterion = Object.fromEntries(
    SKILLS_CRITERIA.map((criterion) => {
      const given = scores.filter((s) => s.criterion === criterion);
      return [criterion, given.length ? given.reduce((sum, s) => sum + s.score, 0) / given.length : null];
    }),
  ) as Record<SkillsCriterion, number | null>;
  return { total, scorers, average: scorers ? total / scorers : null, byCriterion };
}

export interface RankedCandidate {
  id: string;
  /** 1 for the best; candidates level on every measure share a place. */
  place: number;
  score: CandidateScore;
}

export interface ShortlistSuggestion {
  ranked: RankedCandidate[];
  /** Ids suggested for the shortlist, best first. */
  suggested: string[];
  /** Ids level at the last place, all suggested; empty when there is no such tie. */
  tiedAtBoundary: string[];
}

// Compared as integers (scaled) so averages like 3.1 + 0.2 never differ by rounding.
const key = (value: number | null) => (value === null ? -1 : Math.round(value * 1_000_000));

function compare(a: CandidateScore, b: CandidateScore): number {
  if (key(a.average) !== key(b.average)) return key(b.average) - key(a.average);
  for (const criterion of SKILLS_CRITERIA) {
    const difference = key(b.byCriterion[criterion]) - key(a.byCriterion[criterion]);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Ranks scored candidates and suggests a shortlist of `size` (see the tie rule above). */
export function suggestShortlist(candidates: readonly { id: string; scores: readonly PanelScore[] }[], size: number): ShortlistSuggestion {
  const scored = candidates.map((c) => ({ id: c.id, score: candidateScore(c.scores) })).filter((c) => c.score.scorers > 0);
  scored.sort((a, b) => compare(a.score, b.score) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ranked: RankedCandidate[] = [];
  for (const [index, candidate] of scored.entries()) {
    const previous = ranked[index - 1];
    const place = previous && compare(previous.score, candidate.score) === 0 ? previous.place : index + 1;
    ranked.push({ ...candidate, place });
  }
  if (size <= 0 || ranked.length <= size) return { ranked, suggested: ranked.map((c) => c.id), tiedAtBoundary: [] };
  const lastPlace = ranked[size - 1]!.place;
  const straddles = ranked[size]!.place === lastPlace;
  const suggested = ranked.filter((c, index) => index < size || c.place === lastPlace).map((c) => c.id);
  return { ranked, suggested, tiedAtBoundary: straddles ? ranked.filter((c) => c.place === lastPlace).map((c) => c.id) : [] };
}
