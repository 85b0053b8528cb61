import { describe, expect, it } from "vitest";
import { electionPhase, isLocked, timetableProblems, type ElectionProgress, type Timetable } from "./timetable.js";

const timetable: Timetable = {
  nominationsOpenAt: "2027-01-04T09:00:00Z",
  nominationsCloseAt: "2027-01-25T17:00:00Z",
  shortlistingBy: "2027-02-01T17:00:00Z",
  votingOpenAt: "2027-02-08T09:00:00Z",
  votingCloseAt: "2027-02-22T17:00:00Z",
  countAt: "2027-02-23T10:00:00Z",
};
const progress: ElectionProgress = { timetable, votingOpenedAt: null, votingClosedAt: null, countedAt: null, certifiedAt: null, publishedAt: null };

describe("the election timetable", () => {
  it("accepts dates in order", () => {
    expect(timetableProblems(timetable)).toEqual([]);
    expect(timetableProblems({ ...timetable, shortlistingBy: null })).toEqual([]);
  });

  it("names every date out of order", () => {
    expect(
      timetableProblems({ ...timetable, nominationsCloseAt: "2027-01-04T09:00:00Z", votingCloseAt: "2027-02-08T09:00:00Z", countAt: "2027-02-01T00:00:00Z" }),
    ).toEqual(["elections.timetable.nominationsCloseBeforeOpen", "elections.timetable.votingClosesBeforeOpen", "elections.timetable.countBeforeClose"]);
    expect(timetableProblems({ ...timetable, shortlistingBy: "2027-03-01T00:00:00Z" })).toEqual(["elections.timetable.shortlistingOutOfOrder"]);
    expect(timetableProblems({ ...timetable, votingOpenAt: "2027-01-20T09:00:00Z", shortlistingBy: null })).toEqual(["elections.timetable.votingOpensBeforeNominationsClose"]);
  });

  it("moves through nominations and shortlisting by the clock", () => {
    expect(electionPhase(progress, new Date("2027-01-01T00:00:00Z"))).toBe("draft");
    expect(electionPhase(progress, new Date("2027-01-10T00:00:00Z"))).toBe("nominations");
    expect(electionPhase(progress, new Date("2027-01-28T00:00:00Z"))).toBe("shortlisting");
    expect(electionPhase(progress, new Date("2027-02-10T00:00:00Z"))).toBe("ready");
  });

  it("opens, closes and counts only when an officer does it", () => {
    const late = new Date("2027-03-01T00:00:00Z");
    expect(electionPhase({ ...progress, votingOpenedAt: "2027-02-08T09:00:00Z" }, late)).toBe("voting");
    expect(electionPhase({ ...progress, votingOpenedAt: "x", votingClosedAt: "y" }, late)).toBe("closed");
    expect(electionPhase({ ...progress, votingOpenedAt: "x", votingClosedAt: "y", countedAt: "z", certifiedAt: "c", publishedAt: "p" }, late)).toBe("published");
  });

  it("locks the ballot's fields from the moment voting opens", () => {
    expect(isLocked("ready")).toBe(false);
    expect(isLocked("voting")).toBe(true);
    expect(isLocked("published")).toBe(true);
  });
});
