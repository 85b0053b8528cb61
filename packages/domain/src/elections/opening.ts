/**
 * What must be true before an officer opens voting. Opening fixes the
 * system, seats, candidates and roll for good, so every problem is found
 * here first and shown together rather than one at a time.
 */
import { repeatedBallotNames } from "./ballot-names.js";
import { timetableProblems, type Timetable } from "./timetable.js";

export interface OpeningFacts {
  seats: number;
  /** People on the roll and not removed. */
  rollSize: number;
  shortlisted: readonly { name: string; statements: number }[];
  timetable: Timetable;
  /** ISO instant: opening is refused while nominations are still being taken. */
  now: string;
}

export type OpeningProblem =
  | { key: "elections.opening.rollEmpty" }
  | { key: "elections.opening.uncontested"; params: { seats: number } }
  | { key: "elections.opening.tooFewCandidates"; params: { seats: number; needed: number; shortlisted: number } }
  | { key: "elections.opening.statementMissing"; params: { name: string } }
  | { key: "elections.opening.sameName"; params: { name: string } }
  | { key: "elections.opening.timetable" }
  | { key: "elections.opening.nominationsOpen" };

export function openingProblems(facts: OpeningFacts): OpeningProblem[] {
  const problems: OpeningProblem[] = [];
  if (facts.rollSize === 0) problems.push({ key: "elections.opening.rollEmpty" });
  const count = facts.shortlisted.length;
  // As many candidates as seats is an uncontested election: they are declared elected, with no ballot.
  if (count === facts.seats) problems.push({ key: "elections.opening.uncontested", params: { seats: facts.seats } });
  else if (count < facts.seats) problems.push({ key: "elections.opening.tooFewCandidates", params: { seats: facts.seats, needed: facts.seats + 1, shortlisted: count } });
  for (const candidate of facts.shortlisted) {
    if (candidate.statements === 0) problems.push({ key: "elections.opening.statementMissing", params: { name: candidate.name } });
  }
  // Voters choose by name, and a recount's .blt refuses two candidates with one name.
  for (const name of repeatedBallotNames(facts.shortlisted.map((c) => c.name))) problems.push({ key: "elections.opening.sameName", params: { name } });
  if (timetableProblems(facts.timetable).length > 0) problems.push({ key: "elections.opening.timetable" });
  // A resident still entitled to nominate themselves must not find the ballot already fixed.
  if (Date.parse(facts.now) < Date.parse(facts.timetable.nominationsCloseAt)) problems.push({ key: "elections.opening.nominationsOpen" });
  return problems;
}
