import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessRisk, orderRiskRegister, riskMatrix, riskRating } from "./risk.js";
import { RISK_LEVELS, type RiskLevel } from "./vocabulary.js";

const risk = (impact: RiskLevel, likelihood: RiskLevel, summary = `${impact}×${likelihood}`) => ({ impact, likelihood, summary });
const level = fc.constantFrom(...RISK_LEVELS);

describe("risk rating", () => {
  it("rates every cell of the 3×3 matrix as documented", () => {
    const table = Object.fromEntries(RISK_LEVELS.flatMap((i) => RISK_LEVELS.map((l) => [`${i}×${l}`, assessRisk({ impact: i, likelihood: l })])));
    expect(table).toEqual({
      "high×high": { rating: 9, band: "high" },
      "high×medium": { rating: 6, band: "high" },
      "high×low": { rating: 3, band: "medium" },
      "medium×high": { rating: 6, band: "high" },
      "medium×medium": { rating: 4, band: "medium" },
      "medium×low": { rating: 2, band: "low" },
      "low×high": { rating: 3, band: "medium" },
      "low×medium": { rating: 2, band: "low" },
      "low×low": { rating: 1, band: "low" },
    });
  });

  it("never falls when impact or likelihood rises", () => {
    const order: RiskLevel[] = ["low", "medium", "high"];
    fc.assert(
      fc.property(level, level, (impact, likelihood) => {
        const up = order[Math.min(order.indexOf(impact) + 1, 2)]!;
        expect(riskRating({ impact: up, likelihood })).toBeGreaterThanOrEqual(riskRating({ impact, likelihood }));
        expect(riskRating({ impact: likelihood, likelihood: impact })).toBe(riskRating({ impact, likelihood }));
      }),
    );
  });
});

describe("ordering the register", () => {
  it("puts the highest rating first and the greater impact first between equal ratings", () => {
    const register = [risk("low", "low"), risk("low", "high"), risk("high", "high"), risk("high", "low"), risk("medium", "medium")];
    expect(orderRiskRegister(register).map((r) => r.summary)).toEqual(["high×high", "medium×medium", "high×low", "low×high", "low×low"]);
  });

  it("keeps the given order between identical ratings", () => {
    const register = [risk("medium", "high", "first"), risk("medium", "high", "second"), risk("low", "low"), risk("medium", "high", "third")];
    expect(orderRiskRegister(register).map((r) => r.summary)).toEqual(["first", "second", "third", "low×low"]);
  });

  it("is a permutation in non-increasing rating order", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(level, level)), (pairs) => {
        const register = pairs.map(([i, l], n) => risk(i, l, String(n)));
        const ordered = orderRiskRegister(register);
        expect([...ordered].sort((a, b) => Number(a.summary) - Number(b.summary))).toEqual(register);
        for (let n = 1; n < ordered.length; n++) expect(riskRating(ordered[n - 1]!)).toBeGreaterThanOrEqual(riskRating(ordered[n]!));
      }),
    );
  });
});

describe("the heat map", () => {
  it("counts risks per cell with high likelihood on the top row and high impact on the right", () => {
    const grid = riskMatrix([risk("high", "high"), risk("high", "high"), risk("low", "medium")]);
    expect(grid.map((row) => row.map((cell) => cell.count))).toEqual([
      [0, 0, 2],
      [1, 0, 0],
      [0, 0, 0],
    ]);
    expect(grid[0]![2]).toMatchObject({ impact: "high", likelihood: "high", rating: 9, band: "high" });
    expect(grid[2]![0]).toMatchObject({ impact: "low", likelihood: "low", rating: 1, band: "low" });
  });

  it("accounts for every risk exactly once", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(level, level)), (pairs) => {
        const total = riskMatrix(pairs.map(([i, l]) => risk(i, l))).flat().reduce((sum, cell) => sum + cell.count, 0);
        expect(total).toBe(pairs.length);
      }),
    );
  });
});
