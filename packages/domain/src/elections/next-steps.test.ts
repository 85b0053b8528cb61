import { describe, expect, it } from "vitest";
import { setupTasks, type SetupFacts } from "./next-steps.js";

const fresh: SetupFacts = {
  opened: false,
  closed: false,
  rollSize: 0,
  candidates: { nominated: 0, eligible: 0, ineligible: 0, shortlisted: 0, notShortlisted: 0 },
  awaitingNotice: 0,
  readyToOpen: false,
  needingCodes: 0,
  codesIssued: 0,
};

describe("an election's next steps", () => {
  it("starts with the roll; candidate steps wait for nominations", () => {
    expect(setupTasks(fresh)).toEqual({
      settings: "completed",
      roll: "notStarted",
      eligibility: "cannotStart",
      shortlist: "cannotStart",
      notify: "cannotStart",
      open: "cannotStart",
      codes: "cannotStart",
    });
  });

  it("moves through checking, shortlisting and telling candidates", () => {
    const nominated = { ...fresh, rollSize: 200, needingCodes: 150, candidates: { ...fresh.candidates, nominated: 7 } };
    expect(setupTasks(nominated)).toMatchObject({ roll: "completed", eligibility: "notStarted", shortlist: "cannotStart", codes: "notStarted" });

    const checking = { ...nominated, candidates: { ...fresh.candidates, nominated: 2, eligible: 4, ineligible: 1 } };
    expect(setupTasks(checking)).toMatchObject({ eligibility: "inProgress", shortlist: "notStarted" });

    const shortlisted = { ...nominated, awaitingNotice: 7, candidates: { ...fresh.candidates, ineligible: 1, shortlisted: 4, notShortlisted: 2 } };
    expect(setupTasks(shortlisted)).toMatchObject({ eligibility: "completed", shortlist: "completed", notify: "notStarted", open: "cannotStart" });

    expect(setupTasks({ ...shortlisted, awaitingNotice: 0, readyToOpen: true })).toMatchObject({ notify: "completed", open: "notStarted" });
  });

  it("keeps shortlisting open while an eligible candidate awaits a decision", () => {
    const facts = { ...fresh, candidates: { ...fresh.candidates, eligible: 1, shortlisted: 3 } };
    expect(setupTasks(facts)).toMatchObject({ shortlist: "inProgress", notify: "cannotStart" });
  });

  it("marks opening done, and codes done once everyone without an account has one", () => {
    const open = { ...fresh, opened: true, rollSize: 200, candidates: { ...fresh.candidates, shortlisted: 4 }, needingCodes: 10, codesIssued: 140 };
    expect(setupTasks(open)).toMatchObject({ open: "completed", codes: "inProgress" });
    expect(setupTasks({ ...open, needingCodes: 0 })).toMatchObject({ codes: "completed" });
    expect(setupTasks({ ...open, closed: true })).toMatchObject({ codes: "cannotStart" });
  });
});
