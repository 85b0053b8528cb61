/**
 * An election's timetable and what it allows. Once voting opens, the voting
 * system, seats, candidates and roll are fixed: a ballot cast against one
 * roll and candidate list must be counted against the same ones.
 */
export interface Timetable {
  /** ISO instants (UTC), in the order they happen. */
  nominationsOpenAt: string;
  nominationsCloseAt: string;
  shortlistingBy: string | null;
  votingOpenAt: string;
  votingCloseAt: string;
  countAt: string;
}

export type TimetableProblem =
  | "elections.timetable.nominationsCloseBeforeOpen"
  | "elections.timetable.shortlistingOutOfOrder"
  | "elections.timetable.votingOpensBeforeNominationsClose"
  | "elections.timetable.votingClosesBeforeOpen"
  | "elections.timetable.countBeforeClose";

export function timetableProblems(t: Timetable): TimetableProblem[] {
  const at = (iso: string) => Date.parse(iso);
  const problems: TimetableProblem[] = [];
  if (at(t.nominationsCloseAt) <= at(t.nominationsOpenAt)) problems.push("elections.timetable.nominationsCloseBeforeOpen");
  if (t.shortlistingBy !== null && (at(t.shortlistingBy) < at(t.nominationsCloseAt) || at(t.shortlistingBy) > at(t.votingOpenAt))) {
    problems.push("elections.timetable.shortlistingOutOfOrder");
  }
  if (at(t.votingOpenAt) < at(t.nominationsCloseAt)) problems.push("elections.timetable.votingOpensBeforeNominationsClose");
  if (at(t.votingCloseAt) <= at(t.votingOpenAt)) problems.push("elections.timetable.votingClosesBeforeOpen");
  if (at(t.countAt) < at(t.votingCloseAt)) problems.push("elections.timetable.countBeforeClose");
  return problems;
}

/**
 * Where an election stands. Voting opening and closing are acts by an
 * officer (recorded as `votingOpenedAt`/`votingClosedAt`), not just times on
 * the timetable, so a late start or an extension is a decision someone made.
 */
export type ElectionPhase = "draft" | "nominations" | "shortlisting" | "ready" | "voting" | "closed" | "counted" | "certified" | "published";

export interface ElectionProgress {
  timetable: Timetable;
  votingOpenedAt: string | null;
  votingClosedAt: string | null;
  countedAt: string | null;
  certifiedAt: string | null;
  publishedAt: string | null;
}

export function electionPhase(progress: ElectionProgress, now: Date): ElectionPhase {
  if (progress.publishedAt) return "published";
  if (progress.certifiedAt) return "certified";
  if (progress.countedAt) return "counted";
  if (progress.votingClosedAt) return "closed";
  if (progress.votingOpenedAt) return "voting";
  const t = now.getTime();
  const { timetable } = progress;
  if (t < Date.parse(timetable.nominationsOpenAt)) return "draft";
  if (t < Date.parse(timetable.nominationsCloseAt)) return "nominations";
  if (timetable.shortlistingBy !== null && t < Date.parse(timetable.shortlistingBy)) return "shortlisting";
  return "ready";
}

/** The fields that a ballot depends on. */
export const LOCKED_AT_OPENING = ["system", "seats", "candidates", "roll"] as const;
export type LockedField = (typeof LOCKED_AT_OPENING)[number];

export function isLocked(phase: ElectionPhase): boolean {
  return !["draft", "nominations", "shortlisting", "ready"].includes(phase);
}
