// Ties are broken as the Scottish rules prescribe: look back to the most
// recent earlier stage at which the tied candidates had unequal votes, then
// draw lots. With three or more tied, each earlier stage narrows the field
// to those still tied at the extreme, until one is left.
import type { Lot } from "./lot.js";

export type TieResolution =
  | { readonly by: "none"; readonly chosen: number }
  | { readonly by: "earlier-stage"; readonly chosen: number; readonly stage: number }
  | { readonly by: "lot"; readonly chosen: number; readonly among: readonly number[]; readonly draw: number };

export interface TieBreakInput {
  /** Tied candidate indexes, in ballot-paper order. */
  readonly tied: readonly number[];
  /** Votes per candidate at each completed stage, stage 1 first. */
  readonly history: readonly (ArrayLike<number> | readonly bigint[])[];
  /** Stages strictly before this (1-based) stage number are consulted. */
  readonly beforeStage: number;
  readonly prefer: "lowest" | "highest";
  readonly lot: Lot;
}

export function breakTie(input: TieBreakInput): TieResolution {
  let field = [...input.tied].sort((a, b) => a - b);
  if (field.length === 1) return { by: "none", chosen: field[0] as number };
  let decidingStage = 0;
  for (let s = input.beforeStage - 1; s >= 1 && field.length > 1; s--) {
    const row = input.history[s - 1];
    if (!row) continue;
    const value = (c: number): bigint => BigInt(row[c] as number | bigint);
    let best = value(field[0] as number);
    for (const c of field) {
      const v = value(c);
      if (input.prefer === "lowest" ? v < best : v > best) best = v;
    }
    const narrowed = field.filter((c) => value(c) === best);
    if (narrowed.length < field.length) {
      field = narrowed;
      decidingStage = s;
    }
  }
  if (field.length === 1) return { by: "earlier-stage", chosen: field[0] as number, stage: decidingStage };
  const draw = input.lot.draws + 1;
  const { item } = input.lot.draw(field);
  return { by: "lot", chosen: item, among: field, draw };
}
