import { RISK_LEVELS, type RiskLevel } from "./vocabulary.js";

/**
 * The risk register (seed 003, cover report "Risk management"): each risk
 * is rated High / Medium / Low for its impact and for its likelihood. The
 * rating is the product of the two on a 1–3 scale, and its band is what the
 * register and the heat map colour:
 *
 * | likelihood \ impact | low      | medium     | high       |
 * | ------------------- | -------- | ---------- | ---------- |
 * | high                | 3 medium | 6 high     | 9 high     |
 * | medium              | 2 low    | 4 medium   | 6 high     |
 * | low                 | 1 low    | 2 low      | 3 medium   |
 *
 * So a risk is "high" when one side is high and the other at least medium,
 * "medium" when it scores 3 or 4 (one side high and the other low, or both
 * medium), and "low" otherwise.
 */
export interface RatedRisk {
  impact: RiskLevel;
  likelihood: RiskLevel;
}

export type RiskBand = RiskLevel;

const SCORE: Record<RiskLevel, number> = { high: 3, medium: 2, low: 1 };

/** 1, 2, 3, 4, 6 or 9. */
export function riskRating(risk: RatedRisk): number {
  return SCORE[risk.impact] * SCORE[risk.likelihood];
}

export function riskBand(rating: number): RiskBand {
  if (rating >= 6) return "high";
  if (rating >= 3) return "medium";
  return "low";
}

export function assessRisk(risk: RatedRisk): { rating: number; band: RiskBand } {
  const rating = riskRating(risk);
  return { rating, band: riskBand(rating) };
}

/**
 * The register in the order it is read: highest rating first; between equal
 * ratings the greater impact first (a likely nuisance matters less than an
 * unlikely disaster); otherwise the order given, so ties stay where staff put them.
 */
export function orderRiskRegister<R extends RatedRisk>(risks: readonly R[]): R[] {
  return risks
    .map((risk, position) => ({ risk, position, rating: riskRating(risk) }))
    .sort((a, b) => b.rating - a.rating || SCORE[b.risk.impact] - SCORE[a.risk.impact] || a.position - b.position)
    .map(({ risk }) => risk);
}

export interface RiskMatrixCell {
  impact: RiskLevel;
  likelihood: RiskLevel;
  rating: number;
  band: RiskBand;
  count: number;
}

/** Likelihood down the side, high at the top; impact along the bottom, low on the left — as heat maps are drawn. */
export const MATRIX_ROWS: readonly RiskLevel[] = RISK_LEVELS;
export const MATRIX_COLUMNS: readonly RiskLevel[] = [...RISK_LEVELS].reverse();

/** How many risks fall in each of the nine cells, row by row in `MATRIX_ROWS` order. */
export function riskMatrix(risks: readonly RatedRisk[]): RiskMatrixCell[][] {
  return MATRIX_ROWS.map((likelihood) =>
    MATRIX_COLUMNS.map((impact) => {
      const rating = riskRating({ impact, likelihood });
      return { impact, likelihood, rating, band: riskBand(rating), count: risks.filter((r) => r.impact === impact && r.likelihood === likelihood).length };
    }),
  );
}
