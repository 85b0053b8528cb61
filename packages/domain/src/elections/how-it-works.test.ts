import { describe, expect, it } from "vitest";
import { HOW_IT_WORKS, ballotKind, maxCrosses } from "./how-it-works.js";

describe("how each voting system works", () => {
  it("explains every system, STV with its own rules last", () => {
    expect(HOW_IT_WORKS["stv-scottish"].at(-1)).toBe("stv.scottish");
    expect(HOW_IT_WORKS["stv-meek"].at(-1)).toBe("stv.meek");
    expect(HOW_IT_WORKS.fptp).toContain("fptp.cross");
  });

  it("asks for numbers under STV and crosses otherwise", () => {
    expect([ballotKind("stv-scottish"), ballotKind("stv-meek"), ballotKind("fptp"), ballotKind("approval")]).toEqual(["preferences", "preferences", "crosses", "crosses"]);
  });

  it("allows one cross per seat under first past the post, any number under approval", () => {
    expect(maxCrosses("fptp", 2, 5)).toBe(2);
    expect(maxCrosses("fptp", 3, 2)).toBe(2);
    expect(maxCrosses("approval", 2, 5)).toBe(5);
  });
});
