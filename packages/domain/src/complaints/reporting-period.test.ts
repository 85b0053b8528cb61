import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ComplaintRuleError } from "./complaint-rule-error.js";
import { checkPeriod, inPeriod, roundToTenths } from "./reporting-period.js";

describe("TSM rounding: 1 decimal place, halves up", () => {
  it.each([
    [1, 4000, 1000, 0.3], // 0.25
    [49, 4000, 1000, 12.3], // 12.25, which floating point would round down
    [1, 8000, 1000, 0.1], // 0.125
    [3, 8000, 1000, 0.4], // 0.375
    [0, 100, 1000, 0],
    [2, 3, 100, 66.7],
    [1, 3, 100, 33.3],
    [1, 16, 100, 6.3], // 6.25
    [1, 40, 100, 2.5],
    [7, 7, 100, 100],
  ])("%i × %i⁻¹ × %i → %d", (n, d, scale, expected) => {
    expect(roundToTenths(n, d, scale)).toBe(expected);
  });

  it("is within 0.05 of the exact value and has one decimal (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 1, max: 200_000 }), (n, d) => {
        const r = roundToTenths(n, d, 1000);
        expect(Math.abs(r - (n * 1000) / d)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(Number.isInteger(Math.round(r * 10)) && Math.abs(r * 10 - Math.round(r * 10)) < 1e-9).toBe(true);
      }),
    );
  });
});

describe("reporting periods", () => {
  it("include both ends", () => {
    const year = { from: "2024-04-01", to: "2025-03-31" };
    expect(inPeriod("2024-04-01", year)).toBe(true);
    expect(inPeriod("2025-03-31", year)).toBe(true);
    expect(inPeriod("2024-03-31", year)).toBe(false);
    expect(inPeriod("2025-04-01", year)).toBe(false);
    expect(inPeriod(undefined, year)).toBe(false);
  });

  it("must be valid and in order", () => {
    expect(() => checkPeriod({ from: "2025-04-01", to: "2024-04-01" })).toThrow(ComplaintRuleError);
    expect(() => checkPeriod({ from: "2024-04-01", to: "31/03/2025" })).toThrow(ComplaintRuleError);
    expect(() => checkPeriod({ from: "2024-04-01", to: "2024-04-01" })).not.toThrow();
  });
});
