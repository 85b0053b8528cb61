// Shared helpers for the budgeting tests: fixtures, random instances and a
// deliberately plain Method of Equal Shares to check the fast one against.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { createLot, type Lot } from "../elections/lot.js";
import { isExhaustive } from "./outcome.js";
import type { PbInstance } from "./pabulib.js";

export const PB_FIXTURES = [
  "Poland_Gdynia_2021_Witomino__large.pb",
  "Poland_Gdynia_2024_Pogorze__small.pb",
  "Poland_Krakow_2021_Mistrzejowice.pb",
  "Poland_Krakow_2021_Podgorze_Duchackie.pb",
  "Poland_Swiecie_2023.pb",
  "Poland_Warszawa_2017_Anin.pb",
  "Poland_Warszawa_2017_Nowe_Wlochy.pb",
  "Poland_Warszawa_2017_Praga-Polnoc.pb",
  "Poland_Warszawa_2022_Wawer.pb",
];

export function fixture(name: string): Buffer {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

export function instance(budget: bigint, costs: readonly bigint[], ballots: readonly (readonly number[])[]): PbInstance {
  return {
    meta: { budget: budget.toString(), vote_type: "approval" },
    budget,
    decimals: 0,
    projectColumns: ["project_id", "cost"],
    voteColumns: ["voter_id", "vote"],
    projects: costs.map((cost, i) => ({ id: `p${i}`, cost, name: "", selected: null, fields: {} })),
    votes: ballots.map((b, v) => ({ voterId: `v${v}`, projects: [...new Set(b)].map((i) => `p${i}`), points: null, fields: {} })),
  };
}

/** Small random approval instances, with many ties and many unaffordable projects. */
export const arbitraryInstance: fc.Arbitrary<PbInstance> = fc.integer({ min: 1, max: 10 }).chain((p) =>
  fc
    .record({
      budget: fc.bigInt({ min: 0n, max: 1500n }),
      costs: fc.array(fc.oneof(fc.bigInt({ min: 0n, max: 12n }), fc.bigInt({ min: 1n, max: 600n })), { minLength: p, maxLength: p }),
      ballots: fc.array(fc.subarray(Array.from({ length: p }, (_, i) => i)), { maxLength: 40 }),
    })
    .map(({ budget, costs, ballots }) => instance(budget, costs, ballots)),
);

interface Fraction {
  n: bigint;
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
function frac(n: bigint, d: bigint = 1n): Fraction {
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}
const add = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d - b.n * a.d, a.d * b.d);
const div = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d, a.d * b.n);
const cmp = (a: Fraction, b: Fraction): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};

/**
 * Equal Shares voter by voter, as in the published reference code, with the
 * tie rule of this project (lowest cost, most votes, lot).
 */
export function plainEqualShares(pb: PbInstance, total: bigint, lot: Lot = createLot(1)): string[] {
  const n = pb.votes.length;
  if (n === 0) return [];
  const budget: Fraction[] = pb.votes.map(() => frac(total, BigInt(n)));
  const index = new Map(pb.projects.map((p, i) => [p.id, i]));
  const approvers: number[][] = pb.projects.map(() => []);
  pb.votes.forEach((v, i) => v.projects.forEach((id) => approvers[index.get(id)!]!.push(i)));
  const remaining = new Set(pb.projects.map((_, c) => c).filter((c) => pb.projects[c]!.cost > 0n && approvers[c]!.length > 0));
  const selected: string[] = [];
  for (;;) {
    let best: number[] = [];
    let bestRho: Fraction | null = null;
    let bestPay: Fraction = frac(0n);
    const pays = new Map<number, Fraction>();
    for (const c of [...remaining].sort((a, b) => a - b)) {
      const cost = frac(pb.projects[c]!.cost);
      const money = approvers[c]!.reduce((m, i) => add(m, budget[i]!), frac(0n));
      if (cmp(money, cost) < 0) {
        remaining.delete(c);
        continue;
      }
      const sorted = [...approvers[c]!].sort((a, b) => cmp(budget[a]!, budget[b]!));
      let paid = frac(0n);
      let left = sorted.length;
      let pay: Fraction = frac(0n);
      for (const i of sorted) {
        pay = div(sub(cost, paid), frac(BigInt(left)));
        if (cmp(pay, budget[i]!) > 0) {
          paid = add(paid, budget[i]!);
          left--;
        } else break;
      }
      pays.set(c, pay);
      const rho = div(pay, cost);
      const order = bestRho === null ? -1 : cmp(rho, bestRho);
      if (order < 0) {
        best = [c];
        bestRho = rho;
      } else if (order === 0) best.push(c);
    }
    if (best.length === 0) break;
    const cheapest = best.reduce((m, c) => (pb.projects[c]!.cost < m ? pb.projects[c]!.cost : m), pb.projects[best[0]!]!.cost);
    best = best.filter((c) => pb.projects[c]!.cost === cheapest);
    const most = Math.max(...best.map((c) => approvers[c]!.length));
    best = best.filter((c) => approvers[c]!.length === most);
    const s = best.length > 1 ? lot.draw(best).item : best[0]!;
    bestPay = pays.get(s)!;
    remaining.delete(s);
    selected.push(pb.projects[s]!.id);
    for (const i of approvers[s]!) budget[i] = cmp(budget[i]!, bestPay) > 0 ? sub(budget[i]!, bestPay) : frac(0n);
  }
  return selected;
}

/** Add1 completion over the plain method, as published at equalshares.net. */
export function plainEqualSharesAdd1(pb: PbInstance): { selected: string[]; shared: bigint } {
  const costOf = (sel: string[]): bigint => pb.projects.filter((p) => sel.includes(p.id)).reduce((s, p) => s + p.cost, 0n);
  let shared = pb.budget;
  let current = plainEqualShares(pb, shared);
  const n = BigInt(pb.votes.length);
  if (n === 0n) return { selected: current, shared };
  let total = (pb.budget / n) * n;
  const buyable = pb.projects.filter((p) => p.cost > 0n && pb.votes.some((v) => v.projects.includes(p.id))).length;
  while (current.length < buyable && !isExhaustive(pb, current)) {
    total += n;
    const next = plainEqualShares(pb, total);
    if (costOf(next) > pb.budget) break;
    current = next;
    shared = total;
  }
  return { selected: current, shared };
}
