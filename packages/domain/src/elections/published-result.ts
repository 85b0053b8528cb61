/**
 * Reading a certified count, as stored and published, into what the results
 * page shows: for STV, each candidate's votes at every stage with the transfer
 * that brought them there, the non-transferable papers, the quota and who was
 * elected or excluded when; for a tally, votes per candidate. The stored form
 * is the one `hearth-count` prints, so a recount can be compared line by line.
 */
import { formatFixed, parseFixed } from "./fixed-point.js";
import type { StageAction } from "./stage-table.js";

export interface StageCell {
  /** Votes at this stage; null once the candidate was excluded at an earlier stage. */
  votes: string | null;
  /** Change since the previous stage (null at stage 1 and once excluded). */
  transfer: string | null;
}

export interface StageTable {
  kind: "stv";
  rules: "scottish" | "meek";
  seats: number;
  validVotes: number;
  quota: string;
  elected: string[];
  stages: { number: number; action: StageAction; subject: string | null }[];
  /** One row per candidate, in ballot-paper order. */
  rows: { candidate: string; cells: StageCell[]; electedAt: number | null; excludedAt: number | null }[];
  nonTransferable: StageCell[];
  /** Votes at stage 1, as numbers, for the chart. */
  firstPreferences: { candidate: string; votes: number }[];
}

export interface TallyTable {
  kind: "tally";
  method: "plurality" | "approval";
  seats: number;
  validVotes: number;
  elected: string[];
  rows: { candidate: string; votes: number; elected: boolean }[];
}

export type ResultTable = StageTable | TallyTable;

interface StoredStage {
  number: number;
  action: StageAction;
  subject: string | null;
  votes: Record<string, string>;
  nonTransferable: string;
  elected: string[];
  excluded: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");

function decimalsOf(stages: readonly StoredStage[], quota: string): number {
  const places = (text: string) => (text.split(".")[1] ?? "").length;
  return Math.max(places(quota), ...stages.flatMap((s) => [places(s.nonTransferable), ...Object.values(s.votes).map(places)]));
}

function readStage(value: unknown): StoredStage | null {
  if (!isRecord(value) || typeof value.number !== "number" || !isRecord(value.votes) || typeof value.nonTransferable !== "string") return null;
  if (!isStrings(value.elected) || !isStrings(value.excluded)) return null;
  if (!Object.values(value.votes).every((v) => typeof v === "string")) return null;
  const action = value.action;
  if (action !== "first" && action !== "surplus" && action !== "exclusion") return null;
  return {
    number: value.number,
    action,
    subject: typeof value.subject === "string" ? value.subject : null,
    votes: value.votes as Record<string, string>,
    nonTransferable: value.nonTransferable,
    elected: value.elected,
    excluded: value.excluded,
  };
}

/**
 * The table for a stored result, with candidates in ballot-paper order;
 * null when the stored value is not a count this page knows how to show.
 */
export function resultTable(stored: unknown, candidates: readonly string[]): ResultTable | null {
  if (!isRecord(stored) || typeof stored.seats !== "number" || typeof stored.validVotes !== "number" || !isStrings(stored.elected)) return null;
  if ((stored.method === "plurality" || stored.method === "approval") && isRecord(stored.votes)) {
    const votes = stored.votes;
    const elected = stored.elected;
    return {
      kind: "tally",
      method: stored.method,
      seats: stored.seats,
      validVotes: stored.validVotes,
      elected,
      rows: candidates.map((candidate) => ({ candidate, votes: Number(votes[candidate] ?? 0), elected: elected.includes(candidate) })),
    };
  }
  if ((stored.rules !== "scottish" && stored.rules !== "meek") || typeof stored.quota !== "string" || !Array.isArray(stored.stages)) return null;
  const stages = stored.stages.map(readStage);
  if (stages.length === 0 || stages.some((s) => s === null)) return null;
  const read = stages as StoredStage[];
  const decimals = decimalsOf(read, stored.quota);
  const fixed = (text: string) => parseFixed(text, decimals);
  const cellsFor = (at: (stage: StoredStage) => string | undefined): StageCell[] =>
    read.map((stage, i) => {
      const now = at(stage);
      if (now === undefined) return { votes: null, transfer: null };
      const before = i === 0 ? undefined : at(read[i - 1]!);
      return { votes: now, transfer: before === undefined ? null : formatFixed(fixed(now) - fixed(before), decimals) };
    });
  const stageWhere = (pick: (stage: StoredStage) => string[], candidate: string) => read.find((stage) => pick(stage).includes(candidate))?.number ?? null;
  return {
    kind: "stv",
    rules: stored.rules,
    seats: stored.seats,
    validVotes: stored.validVotes,
    quota: stored.quota,
    elected: stored.elected,
    stages: read.map(({ number, action, subject }) => ({ number, action, subject })),
    rows: candidates.map((candidate) => ({
      candidate,
      cells: cellsFor((stage) => stage.votes[candidate]),
      electedAt: stageWhere((s) => s.elected, candidate),
      excludedAt: stageWhere((s) => s.excluded, candidate),
    })),
    nonTransferable: cellsFor((stage) => stage.nonTransferable),
    firstPreferences: candidates.map((candidate) => ({ candidate, votes: Number(read[0]!.votes[candidate] ?? 0) })),
  };
}
