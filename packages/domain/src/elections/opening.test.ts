import { describe, expect, it } from "vitest";
import { openingProblems, type OpeningFacts } from "./opening.js";

const ready: OpeningFacts = {
  seats: 2,
  rollSize: 120,
  shortlisted: [
    { name: "Amina Yusuf", statements: 2 },
    { name: "Dai Jones", statements: 1 },
    { name: "Ewa Nowak", statements: 1 },
  ],
  timetable: {
    nominationsOpenAt: "2027-01-04T09:00:00.000Z",
    nominationsCloseAt: "2027-01-25T17:00:00.000Z",
    shortlistingBy: null,
    votingOpenAt: "2027-02-15T09:00:00.000Z",
    votingCloseAt: "2027-03-01T17:00:00.000Z",
    countAt: "2027-03-02T10:00:00.000Z",
  },
  now: "2027-02-15T09:00:00.000Z",
};

describe("opening voting", () => {
  it("allows a contested election with a roll and statements", () => {
    expect(openingProblems(ready)).toEqual([]);
  });

  it("needs someone on the roll", () => {
    expect(openingProblems({ ...ready, rollSize: 0 })).toEqual([{ key: "elections.opening.rollEmpty" }]);
  });

  it("refuses an uncontested election: as many candidates as seats", () => {
    expect(openingProblems({ ...ready, seats: 3 })).toEqual([{ key: "elections.opening.uncontested", params: { seats: 3 } }]);
  });

  it("refuses fewer candidates than seats, saying how many are needed", () => {
    expect(openingProblems({ ...ready, seats: 5 })).toEqual([{ key: "elections.opening.tooFewCandidates", params: { seats: 5, needed: 6, shortlisted: 3 } }]);
  });

  it("names each shortlisted candidate without a statement", () => {
    const shortlisted = [...ready.shortlisted, { name: "Ola Kowalska", statements: 0 }];
    expect(openingProblems({ ...ready, shortlisted })).toEqual([{ key: "elections.opening.statementMissing", params: { name: "Ola Kowalska" } }]);
  });

  it("refuses a paper on which two candidates share a name", () => {
    const shortlisted = [...ready.shortlisted, { name: ready.shortlisted[0]!.name.toUpperCase(), statements: 1 }];
    expect(openingProblems({ ...ready, shortlisted })).toEqual([{ key: "elections.opening.sameName", params: { name: ready.shortlisted[0]!.name } }]);
  });

  it("waits for nominations to close", () => {
    expect(openingProblems({ ...ready, now: "2027-01-25T16:59:00.000Z" })).toEqual([{ key: "elections.opening.nominationsOpen" }]);
    expect(openingProblems({ ...ready, now: "2027-01-25T17:00:00.000Z" })).toEqual([]);
  });

  it("refuses an unsound timetable and reports every problem at once", () => {
    const timetable = { ...ready.timetable, countAt: "2027-02-01T09:00:00.000Z" };
    expect(openingProblems({ ...ready, rollSize: 0, shortlisted: [], timetable }).map((p) => p.key)).toEqual([
      "elections.opening.rollEmpty",
      "elections.opening.tooFewCandidates",
      "elections.opening.timetable",
    ]);
  });
});
