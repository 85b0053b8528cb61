// Server-only helpers for the pages after voting opens (paper, close, count,
// results, certify, publish): one action for the four one-button steps, the
// paper problems as translatable messages, and the recorded count formatted
// in the page's language so the browser hydrates exactly what was sent.
import { attempt, readForm } from "@hearth/api/server";
import { formatNumber, type Locale } from "@hearth/i18n";
import type { PaperProblem, ResultTable } from "@hearth/domain/elections";
import { electionPath } from "./election-paths";
import { electionScope, finishElectionForm, loadElectionHeader } from "./election-page.server";
import type { ActionFunctionArgs } from "@remix-run/node";

export type CountStep = "close" | "count" | "certify" | "publish";

/** Posts one of the four steps with the version the page was drawn from; back to that page with a banner, or its messages. */
export async function countStepAction(args: ActionFunctionArgs, step: CountStep, formId: string) {
  const scope = await electionScope(args);
  const form = await readForm(args.request, scope);
  const header = await loadElectionHeader(scope, args.params.reference);
  const version = String(form.get("version") ?? "");
  const api = scope.caller.electionCount;
  const outcome = await attempt(() => api[step]({ electionId: header.id, version: Number(version) }));
  const to = step === "count" ? electionPath(header.reference, "results") : electionPath(header.reference, step);
  return finishElectionForm(args, outcome, { reference: header.reference, to, banner: `counting:done.${step}`, values: { version }, remap: (errors) => errors.map((e) => ({ ...e, field: formId })) });
}

/** Why paper does not reconcile, as messages the page translates. */
export function paperMessages(problems: readonly PaperProblem[]) {
  return problems.map(({ code, ...params }) => ({ key: `errors.${code}`, params }));
}

export interface FormattedCell {
  votes: string | null;
  transfer: string | null;
}

/** Votes as figures in the page's language: STV's fractions to at most five places, transfers signed. */
function figures(locale: Locale) {
  return {
    votes: (decimal: string) => formatNumber(locale, Number(decimal), { maximumFractionDigits: 5 }),
    /** Signed, and isolated left to right so a right-to-left page keeps the sign before the number. */
    transfer: (decimal: string) => `\u2066${formatNumber(locale, Number(decimal), { maximumFractionDigits: 5, signDisplay: "exceptZero" })}\u2069`,
    count: (n: number) => formatNumber(locale, n),
    percent: (part: number, whole: number) => formatNumber(locale, whole === 0 ? 0 : part / whole, { style: "percent", maximumFractionDigits: 1 }),
  };
}

/** The results table with every figure formatted; the chart keeps plain numbers. */
export function formatResult(locale: Locale, table: ResultTable, turnout: { voted: number; roll: number; ballots: number }) {
  const f = figures(locale);
  const summary = { voted: f.count(turnout.voted), roll: f.count(turnout.roll), percent: f.percent(turnout.voted, turnout.roll), ballots: f.count(turnout.ballots), validVotes: f.count(table.validVotes) };
  if (table.kind === "tally") {
    return {
      kind: "tally" as const,
      seats: table.seats,
      elected: table.elected,
      summary,
      rows: table.rows.map((row) => ({ candidate: row.candidate, votes: f.count(row.votes), value: row.votes, elected: row.elected })),
    };
  }
  const cell = (c: { votes: string | null; transfer: string | null }): FormattedCell => ({ votes: c.votes === null ? null : f.votes(c.votes), transfer: c.transfer === null || Number(c.transfer) === 0 ? null : f.transfer(c.transfer) });
  return {
    kind: "stv" as const,
    rules: table.rules,
    seats: table.seats,
    elected: table.elected,
    summary,
    quota: f.votes(table.quota),
    stages: table.stages,
    rows: table.rows.map((row, i) => {
      // An excluded candidate's bar shows what they held at the stage before their papers moved on.
      const held = row.excludedAt !== null && row.excludedAt > 1 ? row.cells[row.excludedAt - 2] : [...row.cells].reverse().find((c) => c.votes !== null);
      const finalVotes = Number(held?.votes ?? 0);
      const first = table.firstPreferences[i]?.votes ?? 0;
      return {
        candidate: row.candidate,
        cells: row.cells.map(cell),
        electedAt: row.electedAt,
        excludedAt: row.excludedAt,
        chart: { first, final: finalVotes, firstText: f.votes(String(first)), finalText: f.votes(String(finalVotes)) },
      };
    }),
    nonTransferable: table.nonTransferable.map(cell),
  };
}

export type FormattedResult = ReturnType<typeof formatResult>;
