/**
 * The officer's next steps for one election, in the order they are done:
 * settings, roll, eligibility checks, shortlisting, telling candidates,
 * opening voting, then the code mail-out. Each says whether it is done, can
 * be done now, or must wait for an earlier step, so the overview page can
 * show a task list without deciding anything itself.
 */
export const SETUP_TASKS = ["settings", "roll", "eligibility", "shortlist", "notify", "open", "codes"] as const;
export type SetupTask = (typeof SETUP_TASKS)[number];
export type TaskStatus = "completed" | "inProgress" | "notStarted" | "cannotStart";

export interface SetupFacts {
  /** Voting has opened (or later): the set-up is fixed. */
  opened: boolean;
  /** Voting has closed (or later): codes are no use any more. */
  closed: boolean;
  rollSize: number;
  candidates: { nominated: number; eligible: number; ineligible: number; shortlisted: number; notShortlisted: number };
  /** Candidates with a decision they have not been told about yet. */
  awaitingNotice: number;
  /** The opening rules all hold (see openingProblems). */
  readyToOpen: boolean;
  /** People on the roll with no account and no code yet. */
  needingCodes: number;
  codesIssued: number;
}

export function setupTasks(facts: SetupFacts): Record<SetupTask, TaskStatus> {
  const c = facts.candidates;
  const decided = c.ineligible + c.shortlisted + c.notShortlisted;
  const anyNominations = c.nominated + c.eligible + decided > 0;
  const shortlistDone = c.shortlisted > 0 && c.eligible === 0;

  const eligibility: TaskStatus = !anyNominations ? "cannotStart" : c.nominated === 0 ? "completed" : c.eligible + decided > 0 ? "inProgress" : "notStarted";
  const shortlist: TaskStatus = shortlistDone ? "completed" : c.eligible + c.shortlisted + c.notShortlisted === 0 ? "cannotStart" : c.shortlisted + c.notShortlisted > 0 ? "inProgress" : "notStarted";
  const notify: TaskStatus = !shortlistDone ? "cannotStart" : facts.awaitingNotice === 0 ? "completed" : "notStarted";
  const open: TaskStatus = facts.opened ? "completed" : facts.readyToOpen ? "notStarted" : "cannotStart";
  const codes: TaskStatus =
    facts.rollSize === 0 || facts.closed ? (facts.codesIssued > 0 && facts.needingCodes === 0 ? "completed" : "cannotStart") : facts.needingCodes === 0 ? "completed" : facts.codesIssued > 0 ? "inProgress" : "notStarted";

  return {
    settings: "completed",
    roll: facts.rollSize > 0 ? "completed" : "notStarted",
    eligibility: facts.opened && eligibility !== "completed" ? "cannotStart" : eligibility,
    shortlist: facts.opened && shortlist !== "completed" ? "cannotStart" : shortlist,
    notify,
    open,
    codes,
  };
}
