// Market-test appraisal (seed 003, appendix 5): should a service, or parts
// of it, be exposed to competition? The review group scores 21 criteria from
// 1 (least suitable for another provider) to 6 (most suitable), and the
// spread of the scores points to one of five decisions.
//
// The appendix splits criteria 1 and 4 into two questions each (1a/1b,
// 4a/4b) but numbers the criteria 1 to 21 and sums 21 scores. We score each
// numbered criterion once and show both questions as its prompt, so the
// group weighs them together.
import {
  MARKET_TEST_CRITERIA_COUNT,
  MARKET_TEST_DECISIONS,
  MARKET_TEST_MAX_SCORE,
  MARKET_TEST_MIN_SCORE,
  type MarketTestDecision,
} from "./vocabulary.js";

export interface MarketTestCriterion {
  /** 1 to 21, as the appendix numbers them. */
  number: number;
  /** Translation keys in the `programme` namespace: the criterion's name … */
  title: string;
  /** … the question (or, for 1 and 4, both questions) the group answers … */
  prompts: readonly string[];
  /** … and what a service most suited to competition looks like. */
  suitable: string;
}

const WITH_TWO_PARTS: Readonly<Record<number, readonly string[]>> = { 1: ["a", "b"], 4: ["a", "b"] };

export const MARKET_TEST_CRITERIA: readonly MarketTestCriterion[] = Array.from({ length: MARKET_TEST_CRITERIA_COUNT }, (_, i) => {
  const number = i + 1;
  const base = `marketTest.criterion.${number}`;
  const parts = WITH_TWO_PARTS[number];
  return {
    number,
    title: `${base}.title`,
    prompts: parts ? parts.map((part) => `${base}.prompt.${part}`) : [`${base}.prompt`],
    suitable: `${base}.suitable`,
  };
});

/** Which scores feed each decision: 4s and 5s count together. */
export const MARKET_TEST_GROUPS: Readonly<Record<MarketTestDecision, readonly number[]>> = {
  "market-test-all": [6],
  "market-test-elements": [4, 5],
  reconfigure: [3],
  "retain-in-house": [2],
  "status-quo": [1],
};

/** From the most cautious decision (keep things as they are) to the boldest. */
const CAUTIOUS_FIRST: readonly MarketTestDecision[] = [...MARKET_TEST_DECISIONS].reverse();

function isScore(score: unknown): score is number {
  return typeof score === "number" && Number.isInteger(score) && score >= MARKET_TEST_MIN_SCORE && score <= MARKET_TEST_MAX_SCORE;
}

function checkScores(scores: readonly number[]): void {
  if (!Array.isArray(scores)) throw new Error("Market-test scores must be a list of numbers");
  scores.forEach((score, i) => {
    if (!isScore(score)) {
      throw new Error(
        `Market-test criterion ${i + 1} has score ${String(score)}; each score must be a whole number from ${MARKET_TEST_MIN_SCORE} to ${MARKET_TEST_MAX_SCORE}`,
      );
    }
  });
}

export interface MarketTestTally {
  /** How many criteria got each score, 1 to 6. */
  byScore: Record<1 | 2 | 3 | 4 | 5 | 6, number>;
  /** How many scores point to each decision. */
  byDecision: Record<MarketTestDecision, number>;
  /** How many criteria have a score. */
  scored: number;
}

/**
 * Counts the scores given so far (any number up to 21, in criterion order;
 * a partly scored appraisal can be tallied, but not decided).
 */
export function marketTestTally(scores: readonly number[]): MarketTestTally {
  checkScores(scores);
  if (scores.length > MARKET_TEST_CRITERIA_COUNT) {
    throw new Error(`A market-test appraisal has ${MARKET_TEST_CRITERIA_COUNT} criteria; got ${scores.length} scores`);
  }
  const byScore = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 };
  for (const score of scores) byScore[score as keyof typeof byScore] += 1;
  const byDecision = Object.fromEntries(
    MARKET_TEST_DECISIONS.map((decision) => [decision, MARKET_TEST_GROUPS[decision].reduce((n, s) => n + byScore[s as keyof typeof byScore], 0)]),
  ) as Record<MarketTestDecision, number>;
  return { byScore, byDecision, scored: scores.length };
}

/**
 * The decision the appraisal points to, from its 21 scores in criterion
 * order. Each decision gathers its scores (6s: market test all of the
 * service; 4s and 5s together: market test elements; 3s: reconfigure; 2s:
 * retain in house; 1s: status quo) and the largest group wins.
 *
 * Ties go to the more cautious decision, the one for the lower scores: a
 * tie means the appraisal has not made a clear case for change, and change
 * (tendering, transferring staff, new contracts) costs money and disrupts
 * residents' services, so without a clear case the smaller step is taken.
 *
 * Throws an Error saying what is wrong unless given exactly 21 whole
 * numbers from 1 to 6.
 */
export function marketTestDecision(scores: number[]): "market-test-all" | "market-test-elements" | "reconfigure" | "retain-in-house" | "status-quo" {
  if (!Array.isArray(scores)) throw new Error("Market-test scores must be a list of numbers");
  if (scores.length !== MARKET_TEST_CRITERIA_COUNT) {
    throw new Error(`A market-test decision needs exactly ${MARKET_TEST_CRITERIA_COUNT} scores, one per criterion; got ${scores.length}`);
  }
  const { byDecision } = marketTestTally(scores);
  let best = CAUTIOUS_FIRST[0]!;
  for (const decision of CAUTIOUS_FIRST) {
    // Strictly more: on a tie the earlier, more cautious decision stays.
    if (byDecision[decision] > byDecision[best]) best = decision;
  }
  return best;
}
