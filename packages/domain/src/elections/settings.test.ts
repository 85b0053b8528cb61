import { describe, expect, it } from "vitest";
import { defaultVotingSystem, settingsProblems, type ElectionSettings } from "./settings.js";

const good: ElectionSettings = {
  seats: 3,
  system: "stv-scottish",
  timetable: {
    nominationsOpenAt: "2027-01-04T09:00:00.000Z",
    nominationsCloseAt: "2027-01-25T17:00:00.000Z",
    shortlistingBy: "2027-02-05T17:00:00.000Z",
    votingOpenAt: "2027-02-15T09:00:00.000Z",
    votingCloseAt: "2027-03-01T17:00:00.000Z",
    countAt: "2027-03-02T10:00:00.000Z",
  },
  electorate: "tenancies",
  cutoffOn: "2027-01-04",
  tenants: true,
  leaseholders: true,
  neighbourhoodIds: [],
  collegeName: null,
};

describe("election settings", () => {
  it("accepts a sound election", () => {
    expect(settingsProblems(good)).toEqual([]);
  });

  it("offers Scottish STV for several seats and first past the post for one", () => {
    expect(defaultVotingSystem(3)).toBe("stv-scottish");
    expect(defaultVotingSystem(1)).toBe("fptp");
  });

  it("keeps seats between 1 and 50, whole numbers only", () => {
    for (const seats of [0, 51, 2.5, Number.NaN]) {
      expect(settingsProblems({ ...good, seats })).toEqual([{ field: "seats", key: "elections.setup.seatsOutOfRange" }]);
    }
    expect(settingsProblems({ ...good, seats: 1 })).toEqual([]);
    expect(settingsProblems({ ...good, seats: 50 })).toEqual([]);
  });

  it("points each timetable problem at the date that is wrong", () => {
    const problems = settingsProblems({ ...good, timetable: { ...good.timetable, votingCloseAt: good.timetable.votingOpenAt, countAt: "2027-02-01T09:00:00.000Z" } });
    expect(problems).toEqual([
      { field: "votingCloseAt", key: "elections.timetable.votingClosesBeforeOpen" },
      { field: "countAt", key: "elections.timetable.countBeforeClose" },
    ]);
  });

  it("needs the cut-off on or before the day voting opens", () => {
    expect(settingsProblems({ ...good, cutoffOn: "2027-02-15" })).toEqual([]);
    expect(settingsProblems({ ...good, cutoffOn: "2027-02-16" })).toEqual([{ field: "cutoffOn", key: "elections.setup.cutoffAfterVoting" }]);
  });

  it("reads the day voting opens in UK time, so a just-after-midnight opening in summer keeps its own day", () => {
    // 00:30 on 1 June 2027 in London (BST) is 23:30 on 31 May in UTC.
    const summer = {
      ...good,
      timetable: { ...good.timetable, shortlistingBy: null, votingOpenAt: "2027-05-31T23:30:00.000Z", votingCloseAt: "2027-06-14T16:00:00.000Z", countAt: "2027-06-15T09:00:00.000Z" },
    };
    expect(settingsProblems({ ...summer, cutoffOn: "2027-06-01" })).toEqual([]);
    expect(settingsProblems({ ...summer, cutoffOn: "2027-06-02" })).toEqual([{ field: "cutoffOn", key: "elections.setup.cutoffAfterVoting" }]);
  });

  it("needs tenants, leaseholders or both for a roll from tenancies", () => {
    expect(settingsProblems({ ...good, tenants: false, leaseholders: false })).toEqual([{ field: "tenure", key: "elections.setup.tenureRequired" }]);
    expect(settingsProblems({ ...good, tenants: false })).toEqual([]);
  });

  it("needs the college's name for an electoral college, whatever tenures say", () => {
    const college = { ...good, electorate: "college" as const, tenants: false, leaseholders: false };
    expect(settingsProblems({ ...college, collegeName: "  " })).toEqual([{ field: "collegeName", key: "elections.setup.collegeNameRequired" }]);
    expect(settingsProblems({ ...college, collegeName: "Residents' Forum" })).toEqual([]);
  });
});
