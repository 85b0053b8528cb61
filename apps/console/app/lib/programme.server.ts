// Server plumbing for the programme, priorities, Stars of Excellence and
// market-test pages: who may open them, titles in the `programme` namespace,
// and dates and numbers written in the page's language (on the server, so the
// browser hydrates exactly the text that was sent).
import type { Role } from "@hearth/domain/identity";
import { financialYearLabel } from "@hearth/domain/reviews";
import { formatDate, formatNumber, type Locale } from "@hearth/i18n";
import { hasFormErrors } from "./form-errors.server";
import { REVIEW_READERS } from "./review-page.server";
import { staffScope, type RouteArgs } from "./request.server";

export type ProgrammeScope = Awaited<ReturnType<typeof programmeScope>>;

/**
 * A programme page's scope, readers by default (pass ["staff"] for forms).
 * `pageTitle` takes a key in the `programme` namespace and adds "Error:"
 * when this request's action sent the form back.
 */
export async function programmeScope(args: RouteArgs, roles: readonly Role[] = REVIEW_READERS) {
  const scope = await staffScope(args, roles);
  const tp = scope.t("programme");
  const failed = hasFormErrors(args.context);
  const pageTitle = (key: string, params: Record<string, string | number> = {}) =>
    `${failed ? `${scope.t("common")("ui.errorPrefix")} ` : ""}${tp(key, params)} – ${scope.t()("serviceName")}`;
  const complaints = scope.t("complaints");
  /** A service area's name in the page's language (the complaints namespace names them), or as stored. */
  const areaName = (area: { slug: string; name: string }) => complaints(`serviceArea.${area.slug}`, { defaultValue: area.name });
  return { ...scope, tp, pageTitle, areaName, isStaff: scope.user.roles.includes("staff") };
}

export interface Day {
  iso: string;
  text: string;
}

/** An ISO date as the page's language writes it (15 June 2026), with the ISO form for <time>. */
export function day(locale: Locale, iso: string): Day;
export function day(locale: Locale, iso: string | null): Day | null;
export function day(locale: Locale, iso: string | null): Day | null {
  if (iso === null) return null;
  return { iso, text: formatDate(locale, `${iso}T12:00:00Z`, { day: "numeric", month: "long", year: "numeric" }) };
}

/** A financial year by its starting year, with how it is written (2026-27). */
export function year(value: number): { value: number; label: string } {
  return { value, label: financialYearLabel(value) };
}

export function number(locale: Locale, value: number): string {
  return formatNumber(locale, value, { maximumFractionDigits: 1 });
}

/** A starting year from the query string, or null to let the API choose this year. */
export function yearParam(url: URL, name = "from"): number | null {
  const value = Number.parseInt(url.searchParams.get(name) ?? "", 10);
  return Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : null;
}
