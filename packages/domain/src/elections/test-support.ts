// Shared helpers for the election tests: fixtures and random elections.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import type { Election, RankedBallot } from "./ballots.js";

export function fixture(name: string): Buffer {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

export const GLASGOW_WARDS = [
  "Anderston-City",
  "Baillieston",
  "Calton",
  "Canal",
  "Craigton",
  "Drumchapel-Anniesland",
  "East-Centre",
  "Garscadden-Scotsounhill",
  "Govan",
  "Greater-Pollock",
  "Hillhead",
  "Langside",
  "Linn",
  "Maryhill-Kelvin",
  "Newlands-Auldburn",
  "North-East",
  "Partick-West",
  "Pollokshields",
  "Shettleston",
  "Southside-Central",
  "Springburn",
].map((ward) => `${ward}-2007.blt`);

/** Small random elections: 1-7 candidates, some withdrawn, weighted ballots of any length. */
export const arbitraryElection: fc.Arbitrary<Election> = fc.integer({ min: 1, max: 7 }).chain((n) => {
  const candidates = Array.from({ length: n }, (_, i) => `Candidate ${String.fromCharCode(65 + i)}`);
  const indexes = candidates.map((_, i) => i);
  const ballot: fc.Arbitrary<RankedBallot> = fc.record({
    weight: fc.integer({ min: 1, max: 9 }),
    ranking: fc.shuffledSubarray(indexes),
  });
  return fc.record({
    title: fc.constant("Random"),
    candidates: fc.constant(candidates),
    seats: fc.integer({ min: 1, max: Math.max(1, Math.min(4, n)) }),
    withdrawn: n > 2 ? fc.subarray(indexes, { maxLength: 1 }) : fc.constant<number[]>([]),
    ballots: fc.array(ballot, { minLength: 0, maxLength: 25 }),
  });
});

/** The same papers in a different order, with grouped lines split back into single papers. */
export function shuffledPapers(election: Election, order: readonly number[]): Election {
  const papers: RankedBallot[] = [];
  for (const b of election.ballots) for (let i = 0; i < b.weight; i++) papers.push({ weight: 1, ranking: b.ranking });
  const keyed = papers.map((p, i) => ({ p, k: order[i % Math.max(1, order.length)] ?? 0, i }));
  keyed.sort((a, b) => a.k - b.k || b.i - a.i);
  return { ...election, ballots: keyed.map((x) => x.p) };
}
