// What a participatory-budgeting ballot may contain. Three forms are in use:
// plain approval (tick any projects), approval within the budget (the ticked
// projects together must not cost more than a limit — a "knapsack" ballot),
// and approval of at most (and possibly at least) some number of projects.
import type { PbInstance } from "./pabulib.js";

export type PbBallotType =
  | { readonly kind: "approval" }
  | { readonly kind: "approval-knapsack"; readonly maxCost: bigint }
  | { readonly kind: "approval-max"; readonly maxProjects: number; readonly minProjects: number };

export type PbBallotProblem =
  | { readonly kind: "unknown-project"; readonly project: string }
  | { readonly kind: "duplicate-project"; readonly project: string }
  | { readonly kind: "too-expensive"; readonly cost: bigint; readonly maxCost: bigint }
  | { readonly kind: "too-many"; readonly count: number; readonly maxProjects: number }
  | { readonly kind: "too-few"; readonly count: number; readonly minProjects: number };

/**
 * The ballot form a .pb file's META describes: `max_sum_cost` makes it a
 * knapsack ballot, `max_length` a limited approval ballot.
 */
export function pbBallotTypeOf(instance: PbInstance): PbBallotType {
  const scale = 10n ** BigInt(instance.decimals);
  const maxSumCost = instance.meta["max_sum_cost"];
  if (maxSumCost !== undefined && /^\d+$/.test(maxSumCost.trim())) {
    return { kind: "approval-knapsack", maxCost: BigInt(maxSumCost.trim()) * scale };
  }
  const maxLength = Number(instance.meta["max_length"]);
  if (Number.isInteger(maxLength) && maxLength > 0) {
    const minLength = Number(instance.meta["min_length"] ?? "0");
    return { kind: "approval-max", maxProjects: maxLength, minProjects: Number.isInteger(minLength) ? minLength : 0 };
  }
  return { kind: "approval" };
}

export function pbBallotProblems(
  projects: readonly string[],
  type: PbBallotType,
  costs: ReadonlyMap<string, bigint>,
): PbBallotProblem[] {
  const problems: PbBallotProblem[] = [];
  const seen = new Set<string>();
  let total = 0n;
  for (const id of projects) {
    const cost = costs.get(id);
    if (cost === undefined) problems.push({ kind: "unknown-project", project: id });
    else if (seen.has(id)) problems.push({ kind: "duplicate-project", project: id });
    else total += cost;
    seen.add(id);
  }
  if (type.kind === "approval-knapsack" && total > type.maxCost) {
    problems.push({ kind: "too-expensive", cost: total, maxCost: type.maxCost });
  }
  if (type.kind === "approval-max") {
    if (seen.size > type.maxProjects) problems.push({ kind: "too-many", count: seen.size, maxProjects: type.maxProjects });
    if (seen.size < type.minProjects) problems.push({ kind: "too-few", count: seen.size, minProjects: type.minProjects });
  }
  return problems;
}
