import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatReviewReference, nextReviewReference, parseReviewReference } from "./reference.js";

describe("review reference", () => {
  it("formats the programme year and a three-digit sequence", () => {
    expect(formatReviewReference(2026, 4)).toBe("SR-2026-004");
    expect(formatReviewReference(2026, 1234)).toBe("SR-2026-1234");
  });

  it("refuses what cannot be a reference", () => {
    expect(() => formatReviewReference(2026, 0)).toThrow(RangeError);
    expect(() => formatReviewReference(2026, 1.5)).toThrow(RangeError);
    expect(() => formatReviewReference(26, 1)).toThrow(RangeError);
  });

  it("reads what a person types", () => {
    expect(parseReviewReference(" sr-2026-004 ")).toEqual({ reference: "SR-2026-004", year: 2026, sequence: 4 });
    expect(parseReviewReference("SR-2026-04")).toBeNull();
    expect(parseReviewReference("SR-2026-000")).toBeNull();
    expect(parseReviewReference("CMP-2026-00004")).toBeNull();
    expect(parseReviewReference("")).toBeNull();
  });

  it("parses every reference it formats back to the same parts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 1_000_000 }), (year, sequence) => {
        expect(parseReviewReference(formatReviewReference(year, sequence))).toEqual({ reference: formatReviewReference(year, sequence), year, sequence });
      }),
    );
  });

  it("numbers the next review after the highest of its year, ignoring other years", () => {
    expect(nextReviewReference(2026, [])).toBe("SR-2026-001");
    expect(nextReviewReference(2026, ["SR-2026-001", "SR-2026-003", "SR-2027-009", "not one"])).toBe("SR-2026-004");
  });
});
