import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupBallots } from "./ballots.js";
import { BltSyntaxError, parseBlt, writeBlt } from "./blt.js";
import { arbitraryElection, fixture, GLASGOW_WARDS } from "./test-support.js";

function syntaxError(text: string): BltSyntaxError {
  try {
    parseBlt(text);
  } catch (error) {
    if (error instanceof BltSyntaxError) return error;
    throw error;
  }
  throw new Error("expected a BltSyntaxError");
}

describe(".blt reader", () => {
  it("reads a standard file, merging identical ballots", () => {
    const e = parseBlt('3 2\n2 1 2 0\n1 3 0\n1 1 2 0\n0\n"Ann"\n"Bo"\n"Cy"\n"Title"\n');
    expect(e).toEqual({
      title: "Title",
      candidates: ["Ann", "Bo", "Cy"],
      seats: 2,
      withdrawn: [],
      ballots: [
        { weight: 3, ranking: [0, 1] },
        { weight: 1, ranking: [2] },
      ],
    });
  });

  it("tolerates what real files contain", () => {
    const text = [
      "\uFEFF# exported by a counting program",
      "4 2   # four candidates, two seats",
      "-2",
      "(b1) 3 1 3",
      "   4 0",
      "2 4 0",
      "1 0",
      "0",
      "Alice Smith",
      '"Bob ""The Builder"" Jones"',
      '"Carol" "Dan"',
      '"Election of the board"',
    ].join("\r\n");
    const e = parseBlt(text);
    expect(e.candidates).toEqual(["Alice Smith", 'Bob "The Builder" Jones', "Carol", "Dan"]);
    expect(e.withdrawn).toEqual([1]);
    expect(e.title).toBe("Election of the board");
    expect(e.ballots).toEqual([
      { weight: 3, ranking: [0, 2, 3] },
      { weight: 2, ranking: [3] },
      { weight: 1, ranking: [] },
    ]);
  });

  it("accepts bare CR line ends and a missing final newline", () => {
    const e = parseBlt('2 1\r1 1 2 0\r0\r"A"\r"B"\r"T"');
    expect(e.candidates).toEqual(["A", "B"]);
    expect(e.title).toBe("T");
  });

  it("reads every Glasgow 2007 ward", () => {
    for (const file of GLASGOW_WARDS) {
      const e = parseBlt(fixture(file));
      expect(e.candidates.length).toBeGreaterThan(e.seats);
      expect(e.title).not.toBe("");
    }
    const linn = parseBlt(fixture("Linn-2007.blt"));
    expect(linn.ballots.reduce((n, b) => n + b.weight, 0)).toBe(9567);
  });

  it.each([
    ['3 1\n1 1 2 0\n1 4 0\n0\n"A"\n"B"\n"C"\n', 3, /candidate 4 but there are only 3/],
    ['3 1\n1 1 2 0\n\n1 x 0\n0\n"A"\n"B"\n"C"\n', 4, /found "x"/],
    ["3 1\n1 1 2 0\n2 2 3", 3, /not closed by 0/],
    ['3 1\n1 1 2 0\n0\n"A"\n"B"\n', 5, /expected 3 candidate names/],
    ['2 1\n1 1 1 0\n0\n"A"\n"B"\n', 2, /more than once/],
    ['2 1\n1 1=2 0\n0\n"A"\n"B"\n', 2, /equal preferences/],
    ['2 1\n1.5 1 0\n0\n"A"\n"B"\n', 2, /ballot weight/],
    ['2 1\n1 1 0\n0\n"A"\n"B\n', 5, /not closed/],
    ['2 1\n1 1 0\n0\n"A"\n"A"\n', 5, /same name/],
    ["x 1\n", 1, /number of candidates/],
    ["2 0\n", 1, /seats must be at least 1/],
    ['2 1\n-3\n0\n"A"\n"B"\n', 2, /withdrawn candidate 3/],
  ] as const)("reports malformed input with its line: %j", (text, line, message) => {
    const error = syntaxError(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });
});

describe(".blt writer", () => {
  it("writes what the reader reads back (property)", () => {
    fc.assert(
      fc.property(arbitraryElection, (e) => {
        const named = { ...e, candidates: e.candidates.map((c, i) => (i === 0 ? `${c} "quoted"` : c)) };
        const back = parseBlt(writeBlt(named));
        expect(back).toEqual({ ...named, ballots: groupBallots(named.ballots) });
      }),
      { numRuns: 200 },
    );
  });

  it("round-trips a real ward", () => {
    const e = parseBlt(fixture("Calton-2007.blt"));
    expect(parseBlt(writeBlt(e))).toEqual(e);
  });
});
