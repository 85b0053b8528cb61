// The result of a participatory-budgeting rule, with everything needed to
// check it: which projects, what they cost, and any lots drawn.
import type { PbInstance } from "./pabulib.js";

export type PbRule = "greedy" | "greedy-no-skip" | "mes";
export type PbCompletion = "add1" | "none";

export interface PbLotRecord {
  readonly among: readonly string[];
  readonly chosen: readonly string[];
  readonly draw: number;
}

export interface PbOutcome {
  readonly rule: PbRule;
  /** Only for the Method of Equal Shares. */
  readonly completion: PbCompletion | null;
  /** Scaled by 10^decimals, as in the instance. */
  readonly budget: bigint;
  readonly decimals: number;
  /** Project ids in the order the rule selected them. */
  readonly selected: readonly string[];
  readonly totalCost: bigint;
  /**
   * Equal Shares only: the total budget the winning run shared out (the
   * real budget, or voters x the per-voter budget Add1 settled on).
   */
  readonly sharedBudget: bigint | null;
  readonly seed: number;
  readonly lots: readonly PbLotRecord[];
}

/** Approval count or, where the file gives points, total points per project. */
export function pbScores(instance: PbInstance): Map<string, bigint> {
  const scores = new Map<string, bigint>(instance.projects.map((p) => [p.id, 0n]));
  for (const vote of instance.votes) {
    vote.projects.forEach((id, i) => {
      const points = vote.points ? BigInt(vote.points[i] ?? 0) : 1n;
      scores.set(id, (scores.get(id) ?? 0n) + points);
    });
  }
  return scores;
}

/** Approval count per project (every project named on a ballot counts once). */
export function pbApprovals(instance: PbInstance): Map<string, number> {
  const counts = new Map<string, number>(instance.projects.map((p) => [p.id, 0]));
  for (const vote of instance.votes) for (const id of vote.projects) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** True when no unselected project fits in what is left of the budget. */
export function isExhaustive(instance: PbInstance, selected: readonly string[]): boolean {
  const chosen = new Set(selected);
  let spent = 0n;
  for (const p of instance.projects) if (chosen.has(p.id)) spent += p.cost;
  return instance.projects.every((p) => chosen.has(p.id) || spent + p.cost > instance.budget);
}

export interface PbRuleChoice {
  readonly rule: PbRule;
  readonly completion: PbCompletion | null;
  /** Minimum score for greedy rules (META min_project_score_threshold), if any. */
  readonly minScore: bigint | null;
}

/**
 * The rule a .pb file says produced its `selected` column (META `rule`):
 * greedy, greedy-no-skip (optionally with a score threshold) or
 * equalshares[/add1]. Null when META names no rule this module implements.
 */
export function pbRuleOf(instance: PbInstance): PbRuleChoice | null {
  const rule = (instance.meta["rule"] ?? "").trim().toLowerCase();
  const threshold = (instance.meta["min_project_score_threshold"] ?? "").trim();
  const minScore = /^\d+$/.test(threshold) ? BigInt(threshold) : null;
  if (rule.startsWith("greedy-no-skip")) return { rule: "greedy-no-skip", completion: null, minScore };
  if (rule.startsWith("greedy")) return { rule: "greedy", completion: null, minScore };
  if (rule === "equalshares/add1") return { rule: "mes", completion: "add1", minScore: null };
  if (rule === "equalshares") return { rule: "mes", completion: "none", minScore: null };
  return null;
}
