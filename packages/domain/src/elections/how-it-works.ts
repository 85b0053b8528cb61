/**
 * "How this voting system works", in plain words, for the election and ballot
 * pages. Each system is a short list of points; the words live in the apps'
 * translations (`voting:howItWorks.<point>`, given `seats`).
 */
import type { VotingSystem } from "./marked-ballot.js";

const STV_POINTS = ["stv.rank", "stv.asManyAsYouLike", "stv.quota", "stv.surplus", "stv.exclusion", "stv.untilFilled"] as const;

export const HOW_IT_WORKS = {
  fptp: ["fptp.cross", "fptp.mostVotes"],
  approval: ["approval.crosses", "approval.mostVotes"],
  "stv-scottish": [...STV_POINTS, "stv.scottish"],
  "stv-meek": [...STV_POINTS, "stv.meek"],
} as const satisfies Record<VotingSystem, readonly string[]>;

export type HowItWorksPoint = (typeof HOW_IT_WORKS)[VotingSystem][number];

/** How a ballot is marked: numbers against candidates, or crosses in boxes. */
export type BallotKind = "preferences" | "crosses";

export function ballotKind(system: VotingSystem): BallotKind {
  return system === "stv-scottish" || system === "stv-meek" ? "preferences" : "crosses";
}

/** Most crosses a voter may make: one per seat under first past the post; approval allows any number. */
export function maxCrosses(system: VotingSystem, seats: number, candidates: number): number {
  return system === "fptp" ? Math.min(seats, candidates) : candidates;
}
