/**
 * Which counting engine an election's system uses, the count in the form it
 * is recorded and published (the very object `hearth-count` prints for the
 * same ballots, less its "file" field), and the command line that recounts
 * it from the published .blt file. Keeping all three in one place is what
 * lets anyone compare a recount with the recorded result line by line.
 */
import type { Election } from "./ballots.js";
import { formatFixed } from "./fixed-point.js";
import type { VotingSystem } from "./marked-ballot.js";
import { countApproval } from "./approval.js";
import { countPlurality } from "./plurality.js";
import { stageToJson, type StageJson } from "./stage-table.js";
import { countMeekStv } from "./stv-meek.js";
import { countScottishStv } from "./stv-scottish.js";

export type CountEngine = { engine: "stv"; rules: "scottish" | "meek" } | { engine: "plurality" } | { engine: "approval" };

/**
 * First past the post for one seat counts each paper's single cross. For
 * several seats each voter has one cross per seat, and every cross is a vote:
 * that is an approval tally of papers that may not carry more crosses than
 * seats (the ballot rules refuse more), so it is counted as one.
 */
export function countEngine(system: VotingSystem, seats: number): CountEngine {
  switch (system) {
    case "stv-scottish":
      return { engine: "stv", rules: "scottish" };
    case "stv-meek":
      return { engine: "stv", rules: "meek" };
    case "approval":
      return { engine: "approval" };
    case "fptp":
      return seats === 1 ? { engine: "plurality" } : { engine: "approval" };
  }
}

export interface LotJson {
  stage?: number;
  among: string[];
  chosen: string;
  draw: number;
}

export interface StvCount {
  rules: "scottish" | "meek";
  seats: number;
  validVotes: number;
  quota: string;
  elected: string[];
  stages: StageJson[];
  seed: number;
  lots: LotJson[];
}

export interface TallyCount {
  method: "plurality" | "approval";
  seats: number;
  validVotes: number;
  votes: Record<string, number>;
  elected: string[];
  seed: number;
  lots: LotJson[];
}

export type RecordedCount = StvCount | TallyCount;

/** Runs the engine for `system` over the ballots; the result is plain JSON, ready to store. */
export function countElection(election: Election, system: VotingSystem): RecordedCount {
  const method = countEngine(system, election.seats);
  if (method.engine === "stv") {
    const result = method.rules === "meek" ? countMeekStv(election) : countScottishStv(election);
    return {
      rules: result.rules,
      seats: result.seats,
      validVotes: result.validVotes,
      quota: formatFixed(result.quota, result.decimals),
      elected: [...result.elected],
      stages: result.stages.map((stage) => stageToJson(stage, result.decimals)),
      seed: result.seed,
      lots: result.lots.map((lot) => ({ stage: lot.stage, among: [...lot.among], chosen: lot.chosen, draw: lot.draw })),
    };
  }
  const result = method.engine === "approval" ? countApproval(election) : countPlurality(election);
  return {
    method: result.method,
    seats: result.seats,
    validVotes: result.validVotes,
    votes: { ...result.votes },
    elected: [...result.elected],
    seed: result.seed,
    lots: result.lots.map((lot) => ({ among: [...lot.among], chosen: lot.chosen, draw: lot.draw })),
  };
}

/** The arguments after `pnpm -s hearth-count` that recount `file` as the election was counted. */
export function recountArguments(system: VotingSystem, seats: number, file: string): string[] {
  const method = countEngine(system, seats);
  return method.engine === "stv" ? ["stv", file, "--rules", method.rules] : [method.engine, file];
}
