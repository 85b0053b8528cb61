import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { choicesFromCrosses, rankFromPreferences } from "./marked-ballot.js";

const candidates = ["amira", "bryn", "ceri", "dawit"];

describe("STV preferences", () => {
  it("orders the candidates by the numbers typed, ignoring blanks", () => {
    expect(rankFromPreferences({ amira: "2", bryn: "", ceri: "1", dawit: " 3 " }, candidates)).toEqual({ ok: true, ranking: ["ceri", "amira", "dawit"] });
  });

  it("refuses a ballot with no preference at all", () => {
    expect(rankFromPreferences({ amira: "", bryn: " " }, candidates)).toEqual({ ok: false, problems: [{ code: "elections.ballot.empty" }] });
  });

  it("names a repeated preference", () => {
    expect(rankFromPreferences({ amira: "1", bryn: "2", ceri: "2" }, candidates)).toEqual({ ok: false, problems: [{ code: "elections.ballot.repeatedPreference", preference: 2 }] });
  });

  it("names a missing preference, including a missing first", () => {
    expect(rankFromPreferences({ amira: "1", bryn: "3" }, candidates)).toEqual({ ok: false, problems: [{ code: "elections.ballot.missingPreference", preference: 2 }] });
    expect(rankFromPreferences({ amira: "2" }, candidates)).toEqual({ ok: false, problems: [{ code: "elections.ballot.missingPreference", preference: 1 }] });
  });

  it("refuses words, fractions and numbers beyond the number of candidates", () => {
    expect(rankFromPreferences({ amira: "first" }, candidates)).toEqual({ ok: false, problems: [{ code: "elections.ballot.notANumber", candidate: "amira" }] });
    expect(rankFromPreferences({ amira: "1.5" }, candidates)).toEqual({ ok: false, problems: [{ code: "elections.ballot.notANumber", candidate: "amira" }] });
    expect(rankFromPreferences({ amira: "5" }, candidates)).toEqual({ ok: false, problems: [{ code: "elections.ballot.outOfRange", candidate: "amira", max: 4 }] });
    expect(rankFromPreferences({ amira: "0" }, candidates)).toEqual({ ok: false, problems: [{ code: "elections.ballot.outOfRange", candidate: "amira", max: 4 }] });
  });

  it("refuses candidates not on the ballot paper", () => {
    expect(rankFromPreferences({ mallory: "1" }, candidates)).toEqual({ ok: false, problems: [{ code: "elections.ballot.unknownCandidate" }] });
  });

  it("reads back any valid ranking exactly as it was typed", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(candidates, { minLength: 1 }), (ranking) => {
        const marks = Object.fromEntries(ranking.map((candidate, index) => [candidate, String(index + 1)]));
        expect(rankFromPreferences(marks, candidates)).toEqual({ ok: true, ranking });
      }),
    );
  });
});

describe("crosses", () => {
  it("allows up to one cross per seat under first past the post", () => {
    expect(choicesFromCrosses(["dawit", "amira"], candidates, { system: "fptp", seats: 2 })).toEqual({ ok: true, ranking: ["amira", "dawit"] });
    expect(choicesFromCrosses(["dawit", "amira"], candidates, { system: "fptp", seats: 1 })).toEqual({ ok: false, problems: [{ code: "elections.ballot.tooManyChoices", max: 1 }] });
  });

  it("allows any number of approvals, but at least one", () => {
    expect(choicesFromCrosses(candidates, candidates, { system: "approval", seats: 1 })).toEqual({ ok: true, ranking: candidates });
    expect(choicesFromCrosses([], candidates, { system: "approval", seats: 1 })).toEqual({ ok: false, problems: [{ code: "elections.ballot.empty" }] });
  });

  it("counts a repeated cross once and refuses unknown candidates", () => {
    expect(choicesFromCrosses(["bryn", "bryn"], candidates, { system: "fptp", seats: 1 })).toEqual({ ok: true, ranking: ["bryn"] });
    expect(choicesFromCrosses(["mallory"], candidates, { system: "approval", seats: 1 })).toEqual({ ok: false, problems: [{ code: "elections.ballot.unknownCandidate" }] });
  });
});
