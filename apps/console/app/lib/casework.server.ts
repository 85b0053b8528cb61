// Server-only helpers for the complaint casework pages: the staff scope with
// casework strings, dates and money in the page language, the complaint as the
// staff API gives it, and the stage it is in. (Step pages: casework-step.server.ts.)
import { load } from "@hearth/api/server";
import { stageOf } from "@hearth/domain/complaints";
import { formatDate, formatNumber, type Locale } from "@hearth/i18n";
import { areaScope } from "./form-page.server";
import type { RouteArgs } from "./request.server";

export type CaseworkScope = Awaited<ReturnType<typeof caseworkScope>>;

/** Staff only; `tr` translates casework strings, `pageTitle` builds the <title> ("Error:" first when the form came back). */
export function caseworkScope(args: RouteArgs) {
  return areaScope(args, ["staff"], "casework");
}

/** A calendar date (ISO yyyy-mm-dd) in the page language, with the ISO form for <time datetime>. */
export function day(locale: Locale, iso: string | null | undefined): { iso: string; text: string } | null {
  if (!iso) return null;
  // Noon UTC is the same calendar day in London whatever the season.
  return { iso, text: formatDate(locale, `${iso}T12:00:00Z`, { dateStyle: "medium" }) };
}

export function pounds(locale: Locale, pence: number): string {
  return formatNumber(locale, pence / 100, { style: "currency", currency: "GBP" });
}

/** The complaint as the staff API gives it (404 for an unknown reference). */
export async function loadCase(scope: CaseworkScope, reference: string | undefined) {
  return load(() => scope.caller.complaintCases.get({ reference: reference ?? "" }));
}

export type CaseDetail = Awaited<ReturnType<typeof loadCase>>;

/** The stage the complaint is in now, or the last one it reached. */
export function currentStage(complaint: Pick<CaseDetail, "status" | "stages">): 1 | 2 | null {
  // A complaint just received is waiting on stage 1 (the queue counts it there too).
  if (complaint.status === "received") return 1;
  return stageOf(complaint.status) ?? (complaint.stages.length ? (Math.max(...complaint.stages.map((s) => s.stage)) as 1 | 2) : null);
}
