/**
 * The officer's steps once voting has opened, after the set-up tasks
 * (next-steps.ts): paper ballots, closing, the count, certifying and
 * publishing. Each says whether it is done, can be done now, or must wait,
 * so the overview's task list decides nothing itself.
 */
import type { TaskStatus } from "./next-steps.js";
import type { ElectionPhase } from "./timetable.js";

export const COUNTING_TASKS = ["paper", "close", "count", "certify", "publish"] as const;
export type CountingTask = (typeof COUNTING_TASKS)[number];

export interface CountingFacts {
  phase: ElectionPhase;
  /** Paper returns marked or batches keyed: any paper work started. */
  paperStarted: boolean;
  /** Number of reasons (paperProblems) the paper ballots do not yet reconcile. */
  paperProblems: number;
  certifications: number;
}

const ORDER: readonly ElectionPhase[] = ["draft", "nominations", "shortlisting", "ready", "voting", "closed", "counted", "certified", "published"];
const atLeast = (phase: ElectionPhase, than: ElectionPhase) => ORDER.indexOf(phase) >= ORDER.indexOf(than);

export function countingTasks(facts: CountingFacts): Record<CountingTask, TaskStatus> {
  const { phase } = facts;
  const paper: TaskStatus = !atLeast(phase, "voting")
    ? "cannotStart"
    : atLeast(phase, "counted")
      ? "completed"
      : !facts.paperStarted
        ? "notStarted"
        : facts.paperProblems === 0
          ? "completed"
          : "inProgress";
  const close: TaskStatus = atLeast(phase, "closed") ? "completed" : phase === "voting" ? "notStarted" : "cannotStart";
  const count: TaskStatus = atLeast(phase, "counted") ? "completed" : phase === "closed" && facts.paperProblems === 0 ? "notStarted" : "cannotStart";
  const certify: TaskStatus = atLeast(phase, "certified") ? "completed" : phase === "counted" ? (facts.certifications > 0 ? "inProgress" : "notStarted") : "cannotStart";
  const publish: TaskStatus = phase === "published" ? "completed" : phase === "certified" ? "notStarted" : "cannotStart";
  return { paper, close, count, certify, publish };
}
