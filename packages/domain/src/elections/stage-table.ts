// The stage table is what a scrutineer checks and what the console shows:
// one row per stage, numbered as official reports number them.
import { formatFixed } from "./fixed-point.js";

export type StageAction = "first" | "surplus" | "exclusion";

/** Why something happened at a stage, in a form the console can translate. */
export type StageNote =
  | { readonly type: "elected-quota"; readonly candidate: string }
  | { readonly type: "elected-remaining"; readonly candidate: string }
  | { readonly type: "excluded-lowest"; readonly candidate: string }
  | { readonly type: "surplus-largest"; readonly candidate: string }
  | { readonly type: "tie-earlier-stage"; readonly among: readonly string[]; readonly chosen: string; readonly stage: number }
  | { readonly type: "tie-lot"; readonly among: readonly string[]; readonly chosen: string; readonly draw: number };

export interface Stage {
  readonly number: number;
  readonly action: StageAction;
  /** Candidate whose surplus or whose papers were transferred at this stage (null at stage 1, and for Meek surplus stages, which settle every surplus at once). */
  readonly subject: string | null;
  /**
   * Votes (scaled by 10^decimals) of every candidate still shown: candidates
   * excluded at an earlier stage are omitted, as in official reports.
   */
  readonly votes: Readonly<Record<string, bigint>>;
  /** Change in each shown candidate's votes since the previous stage. */
  readonly transfers: Readonly<Record<string, bigint>>;
  /** Exhausted papers plus rounding loss, cumulative. */
  readonly nonTransferable: bigint;
  readonly quota: bigint;
  readonly elected: readonly string[];
  readonly excluded: readonly string[];
  readonly notes: readonly StageNote[];
}

export interface LotRecord {
  readonly stage: number;
  readonly among: readonly string[];
  readonly chosen: string;
  readonly draw: number;
}

export interface StvResult {
  readonly rules: "scottish" | "meek";
  readonly seats: number;
  readonly validVotes: number;
  readonly decimals: number;
  /** Quota at the end of the count (scaled); Meek's quota moves between stages. */
  readonly quota: bigint;
  /** In order of election. */
  readonly elected: readonly string[];
  readonly stages: readonly Stage[];
  readonly seed: number;
  readonly lots: readonly LotRecord[];
}

export interface StageJson {
  number: number;
  action: StageAction;
  subject: string | null;
  votes: Record<string, string>;
  nonTransferable: string;
  elected: string[];
  excluded: string[];
}

export function stageToJson(stage: Stage, decimals: number): StageJson {
  const votes: Record<string, string> = {};
  for (const [name, v] of Object.entries(stage.votes)) votes[name] = formatFixed(v, decimals);
  return {
    number: stage.number,
    action: stage.action,
    subject: stage.subject,
    votes,
    nonTransferable: formatFixed(stage.nonTransferable, decimals),
    elected: [...stage.elected],
    excluded: [...stage.excluded],
  };
}

/** Total of votes plus non-transferable at a stage: constant through a count. */
export function stageTotal(stage: Stage): bigint {
  let sum = stage.nonTransferable;
  for (const v of Object.values(stage.votes)) sum += v;
  return sum;
}
