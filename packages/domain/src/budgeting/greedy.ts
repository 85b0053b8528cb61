// Greedy selection by votes, the rule most cities use: take projects from
// the most votes (or points) down, skipping any that no longer fit; or, in
// the "no skip" variant, stop at the first that does not fit. Equal votes go
// to the cheaper project; projects equal in both are settled by lot, and
// only when the budget cannot take all of them.
import { createLot, DEFAULT_SEED } from "../elections/lot.js";
import { pbScores, type PbLotRecord, type PbOutcome } from "./outcome.js";
import type { PbInstance, PbProject } from "./pabulib.js";

export interface GreedyOptions {
  /** "skip" passes over projects that no longer fit; "no-skip" stops there. Default "skip". */
  readonly variant?: "skip" | "no-skip";
  /**
   * Projects scoring below this are not eligible (a city's minimum-support
   * threshold). Default 1: a project nobody voted for is never funded.
   */
  readonly minScore?: bigint;
  readonly seed?: number;
}

export function selectGreedy(instance: PbInstance, options: GreedyOptions = {}): PbOutcome {
  const variant = options.variant ?? "skip";
  const minScore = options.minScore ?? 1n;
  const seed = options.seed ?? DEFAULT_SEED;
  const lot = createLot(seed);
  const scores = pbScores(instance);
  const score = (p: PbProject): bigint => scores.get(p.id) ?? 0n;
  const eligible = instance.projects.filter((p) => score(p) >= minScore);
  const ordered = [...eligible].sort((a, b) => {
    const byScore = score(b) - score(a);
    if (byScore !== 0n) return byScore > 0n ? 1 : -1;
    return a.cost < b.cost ? -1 : a.cost > b.cost ? 1 : 0;
  });
  const selected: string[] = [];
  const lots: PbLotRecord[] = [];
  let left = instance.budget;
  let i = 0;
  while (i < ordered.length) {
    const head = ordered[i] as PbProject;
    let j = i + 1;
    while (j < ordered.length && score(ordered[j] as PbProject) === score(head) && (ordered[j] as PbProject).cost === head.cost) j++;
    const group = ordered.slice(i, j);
    i = j;
    const fitting = head.cost === 0n ? group.length : Number(left / head.cost < BigInt(group.length) ? left / head.cost : BigInt(group.length));
    let taken = group;
    if (fitting < group.length) {
      let field = [...group];
      taken = [];
      const draw = lot.draws + 1;
      for (let k = 0; k < fitting; k++) {
        const { item } = lot.draw(field);
        taken.push(item);
        field = field.filter((p) => p !== item);
      }
      if (fitting > 0) lots.push({ among: group.map((p) => p.id), chosen: taken.map((p) => p.id), draw });
    }
    for (const p of taken) {
      selected.push(p.id);
      left -= p.cost;
    }
    if (fitting < group.length && variant === "no-skip") break;
  }
  return {
    rule: variant === "skip" ? "greedy" : "greedy-no-skip",
    completion: null,
    budget: instance.budget,
    decimals: instance.decimals,
    selected,
    totalCost: instance.budget - left,
    sharedBudget: null,
    seed,
    lots,
  };
}
