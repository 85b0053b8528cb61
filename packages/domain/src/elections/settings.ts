/**
 * An election's settings, checked as a whole before they are saved: the
 * seats, the voting system, the timetable and who may vote. Problems name
 * the field they belong to, so a form can show each one beside its field.
 */
import type { VotingSystem } from "./marked-ballot.js";
import { timetableProblems, type Timetable, type TimetableProblem } from "./timetable.js";
import { ukDateTime } from "./uk-time.js";

export const VOTING_SYSTEMS = ["fptp", "approval", "stv-scottish", "stv-meek"] as const satisfies readonly VotingSystem[];
export const ELECTORATES = ["tenancies", "college"] as const;
export type Electorate = (typeof ELECTORATES)[number];

export const MIN_SEATS = 1;
export const MAX_SEATS = 50;

/**
 * The system an officer is offered first. With several seats the single
 * transferable vote under the Scottish rules gives a proportional board;
 * for one seat, first past the post is what residents know best.
 */
export function defaultVotingSystem(seats: number): VotingSystem {
  return seats > 1 ? "stv-scottish" : "fptp";
}

export interface ElectionSettings {
  seats: number;
  system: VotingSystem;
  timetable: Timetable;
  electorate: Electorate;
  /** ISO date: tenancies current on this day make the roll. */
  cutoffOn: string;
  tenants: boolean;
  leaseholders: boolean;
  /** Empty = every neighbourhood. */
  neighbourhoodIds: readonly string[];
  /** The body whose members vote (e.g. a residents' forum), for an electoral college. */
  collegeName: string | null;
}

export type SettingsField = "seats" | "system" | keyof Timetable | "cutoffOn" | "tenure" | "collegeName";

export type SettingsProblemKey =
  | TimetableProblem
  | "elections.setup.seatsOutOfRange"
  | "elections.setup.systemRequired"
  | "elections.setup.tenureRequired"
  | "elections.setup.collegeNameRequired"
  | "elections.setup.cutoffAfterVoting";

export interface SettingsProblem {
  field: SettingsField;
  key: SettingsProblemKey;
}

const TIMETABLE_FIELD: Record<TimetableProblem, keyof Timetable> = {
  "elections.timetable.nominationsCloseBeforeOpen": "nominationsCloseAt",
  "elections.timetable.shortlistingOutOfOrder": "shortlistingBy",
  "elections.timetable.votingOpensBeforeNominationsClose": "votingOpenAt",
  "elections.timetable.votingClosesBeforeOpen": "votingCloseAt",
  "elections.timetable.countBeforeClose": "countAt",
};

export function settingsProblems(settings: ElectionSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (!Number.isInteger(settings.seats) || settings.seats < MIN_SEATS || settings.seats > MAX_SEATS) {
    problems.push({ field: "seats", key: "elections.setup.seatsOutOfRange" });
  }
  if (!(VOTING_SYSTEMS as readonly string[]).includes(settings.system)) problems.push({ field: "system", key: "elections.setup.systemRequired" });
  for (const key of timetableProblems(settings.timetable)) problems.push({ field: TIMETABLE_FIELD[key], key });
  // The roll is drawn up from tenancies on the cut-off day, so that day must come before anyone votes.
  // The cut-off is a UK calendar day: 00:30 on 1 June in London is still 31 May in UTC.
  if (settings.cutoffOn > ukDateTime(settings.timetable.votingOpenAt).date) problems.push({ field: "cutoffOn", key: "elections.setup.cutoffAfterVoting" });
  if (settings.electorate === "tenancies" && !settings.tenants && !settings.leaseholders) problems.push({ field: "tenure", key: "elections.setup.tenureRequired" });
  if (settings.electorate === "college" && !settings.collegeName?.trim()) problems.push({ field: "collegeName", key: "elections.setup.collegeNameRequired" });
  return problems;
}
