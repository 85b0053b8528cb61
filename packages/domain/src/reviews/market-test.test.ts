import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MARKET_TEST_CRITERIA, MARKET_TEST_GROUPS, marketTestDecision, marketTestTally } from "./market-test.js";
import { MARKET_TEST_DECISIONS, type MarketTestDecision } from "./vocabulary.js";
import * as reviews from "./index.js";
import * as domain from "../index.js";

/** 21 scores made of `count` copies of each score, in the order given. */
function scores(counts: Record<number, number>): number[] {
  const out = Object.entries(counts).flatMap(([score, n]) => Array<number>(n).fill(Number(score)));
  expect(out).toHaveLength(21);
  return out;
}

describe("market-test appraisal", () => {
  it("has 21 criteria, with two questions under criteria 1 and 4", () => {
    expect(MARKET_TEST_CRITERIA.map((c) => c.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(MARKET_TEST_CRITERIA[0]!.prompts).toEqual(["marketTest.criterion.1.prompt.a", "marketTest.criterion.1.prompt.b"]);
    expect(MARKET_TEST_CRITERIA[3]!.prompts).toHaveLength(2);
    expect(MARKET_TEST_CRITERIA[1]!.prompts).toEqual(["marketTest.criterion.2.prompt"]);
  });

  it("is exported from @hearth/domain and @hearth/domain/reviews under its contract name", () => {
    expect(domain.marketTestDecision).toBe(marketTestDecision);
    expect(reviews.marketTestDecision).toBe(marketTestDecision);
    expect(reviews.marketTestTally).toBe(marketTestTally);
  });

  describe("each decision", () => {
    it.each<[MarketTestDecision, Record<number, number>]>([
      ["market-test-all", { 6: 9, 5: 4, 3: 4, 1: 4 }],
      ["market-test-elements", { 4: 10, 6: 5, 2: 6 }],
      ["reconfigure", { 3: 8, 6: 7, 2: 6 }],
      ["retain-in-house", { 2: 11, 1: 10 }],
      ["status-quo", { 1: 21 }],
    ])("%s when its scores are the largest group", (decision, counts) => {
      expect(marketTestDecision(scores(counts))).toBe(decision);
    });

    it("counts 4s and 5s together, so neither needs to be largest alone", () => {
      // 6 is the most common single score, but 4s and 5s together outnumber it.
      const spread = scores({ 6: 7, 4: 4, 5: 4, 3: 3, 2: 3 });
      expect(marketTestDecision(spread)).toBe("market-test-elements");
      expect(marketTestTally(spread).byDecision["market-test-elements"]).toBe(8);
    });

    it("does not depend on the order of the scores", () => {
      const spread = scores({ 3: 8, 6: 7, 2: 6 });
      expect(marketTestDecision([...spread].reverse())).toBe("reconfigure");
    });
  });

  describe("ties go to the more cautious decision", () => {
    // Every pair of groups, tied as the largest: the decision for the lower scores wins.
    const cautiousFirst: [MarketTestDecision, number][] = [
      ["status-quo", 1],
      ["retain-in-house", 2],
      ["reconfigure", 3],
      ["market-test-elements", 4],
      ["market-test-all", 6],
    ];
    const pairs = cautiousFirst.flatMap(([cautious, low], i) => cautiousFirst.slice(i + 1).map(([bold, high]) => [cautious, low, bold, high] as const));

    it.each(pairs)("%s beats %s on a tie", (cautious, low, bold, high) => {
      // 8 each for the tied pair, the other 5 spread so no third group reaches 8.
      const others = [1, 2, 3, 4, 6].filter((s) => s !== low && s !== high);
      const rest = [others[0]!, others[0]!, others[1]!, others[1]!, others[2]!];
      const tied = [...Array<number>(8).fill(high), ...Array<number>(8).fill(low), ...rest];
      expect(marketTestDecision(tied)).toBe(cautious);
      expect(bold).not.toBe(cautious);
    });

    it("breaks a tie between 4s-and-5s and 6s towards elements, even when 5s alone are fewer", () => {
      expect(marketTestDecision(scores({ 6: 8, 4: 4, 5: 4, 1: 5 }))).toBe("market-test-elements");
    });

    it("takes the most cautious of a three-way tie", () => {
      expect(marketTestDecision(scores({ 6: 7, 3: 7, 2: 7 }))).toBe("retain-in-house");
    });

    it("takes status quo when every group but one is tied at the top", () => {
      expect(marketTestDecision(scores({ 1: 5, 2: 5, 3: 5, 4: 1, 6: 5 }))).toBe("status-quo");
    });
  });

  describe("refuses anything but 21 whole scores from 1 to 6", () => {
    it.each([
      ["20 scores", Array<number>(20).fill(3), /exactly 21 scores.*got 20/],
      ["22 scores", Array<number>(22).fill(3), /exactly 21 scores.*got 22/],
      ["no scores", [], /got 0/],
      ["a 0", [...Array<number>(20).fill(3), 0], /criterion 21 has score 0/],
      ["a 7", [7, ...Array<number>(20).fill(3)], /criterion 1 has score 7/],
      ["2.5", [3, 2.5, ...Array<number>(19).fill(3)], /criterion 2 has score 2\.5/],
      ["NaN", [3, 3, NaN, ...Array<number>(18).fill(3)], /criterion 3 has score NaN/],
    ])("%s", (_, bad, message) => {
      expect(() => marketTestDecision(bad)).toThrow(Error);
      expect(() => marketTestDecision(bad)).toThrow(message);
    });

    it("a string where a number should be", () => {
      expect(() => marketTestDecision([..."333333333333333333333"] as unknown as number[])).toThrow(/criterion 1 has score 3; each score must be a whole number/);
    });
  });

  describe("tally", () => {
    it("counts a partly scored appraisal", () => {
      expect(marketTestTally([6, 5, 4, 4, 1])).toEqual({
        byScore: { 1: 1, 2: 0, 3: 0, 4: 2, 5: 1, 6: 1 },
        byDecision: { "market-test-all": 1, "market-test-elements": 3, reconfigure: 0, "retain-in-house": 0, "status-quo": 1 },
        scored: 5,
      });
    });

    it("refuses bad scores and more than 21", () => {
      expect(() => marketTestTally([0])).toThrow(/criterion 1 has score 0/);
      expect(() => marketTestTally(Array<number>(22).fill(2))).toThrow(/got 22/);
    });
  });

  it("always decides for one of the largest groups, and the most cautious of them", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 21, maxLength: 21 }), (given) => {
        const decision = marketTestDecision(given);
        const { byDecision } = marketTestTally(given);
        const largest = Math.max(...Object.values(byDecision));
        expect(byDecision[decision]).toBe(largest);
        // No more cautious decision (lower scores) has as many.
        const index = MARKET_TEST_DECISIONS.indexOf(decision);
        for (const other of MARKET_TEST_DECISIONS.slice(index + 1)) expect(byDecision[other]).toBeLessThan(largest);
        expect(MARKET_TEST_GROUPS[decision].some((s) => given.includes(s))).toBe(true);
      }),
    );
  });
});
