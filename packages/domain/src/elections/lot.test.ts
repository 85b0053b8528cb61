import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLot, lotSequence } from "./lot.js";
import { breakTie } from "./tie-break.js";

describe("lots", () => {
  it("is reproducible from the seed and stays in range (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 20 }), (seed, sizes) => {
        const a = createLot(seed);
        const b = createLot(seed);
        for (const n of sizes) {
          const items = Array.from({ length: n }, (_, i) => i);
          const x = a.draw(items);
          expect(b.draw(items)).toEqual(x);
          expect(x.index).toBeGreaterThanOrEqual(0);
          expect(x.index).toBeLessThan(n);
        }
        expect(a.draws).toBe(sizes.length);
      }),
    );
  });

  it("publishes its sequence so a draw can be checked by hand", () => {
    const [first] = lotSequence(42, 1);
    expect(createLot(42).draw(["a", "b", "c"]).index).toBe(first! % 3);
  });

  it("spreads draws over every item", () => {
    const lot = createLot(9);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(lot.draw([0, 1, 2, 3, 4]).item);
    expect(seen.size).toBe(5);
  });

  it("refuses a seed that is not a 32-bit whole number", () => {
    expect(() => createLot(-1)).toThrow(RangeError);
    expect(() => createLot(1.5)).toThrow(RangeError);
    expect(() => createLot(2 ** 32)).toThrow(RangeError);
  });
});

describe("tie-breaking by earlier stages", () => {
  const history = [
    [5, 2, 3, 4],
    [5, 4, 4, 3],
    [5, 4, 4, 4],
  ];
  it("looks back to the most recent stage at which the tied differed", () => {
    expect(breakTie({ tied: [1, 2, 3], history, beforeStage: 3, prefer: "lowest", lot: createLot(1) })).toEqual({
      by: "earlier-stage",
      chosen: 3,
      stage: 2,
    });
  });
  it("narrows the field stage by stage", () => {
    expect(breakTie({ tied: [3, 2, 1], history, beforeStage: 3, prefer: "highest", lot: createLot(1) })).toEqual({
      by: "earlier-stage",
      chosen: 2,
      stage: 1,
    });
  });
  it("falls back to lot when the tied never differed", () => {
    const result = breakTie({ tied: [2, 1], history: [[0, 4, 4]], beforeStage: 2, prefer: "lowest", lot: createLot(1) });
    expect(result).toMatchObject({ by: "lot", among: [1, 2], draw: 1 });
  });
});
