// Server plumbing shared by the review plan pages (objectives, risks,
// indicators, options, action plan, six-monthly updates): the review's header
// and title, dates and money in the page's language, and posted forms.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { attempt, readForm, type FieldMessage, type Outcome } from "@hearth/api/server";
import type { ReviewPart, RiskLevel } from "@hearth/domain/reviews";
import { formatDate, formatNumber, type Locale } from "@hearth/i18n";
import { finishReviewForm, loadReviewHeader, reviewFormFailed, reviewFormText, reviewScope, type ReviewScope } from "./review-page.server";
import { OPTION_FIELDS, RISK_TEXT_FIELDS, pickFields } from "./review-plan-fields";
import { reviewPath } from "./review-paths";

type Args = LoaderFunctionArgs | ActionFunctionArgs;

/** The plan's pages, by URL suffix, and the part of the review each changes. */
export const PLAN_PAGES = {
  objectives: "objectives",
  risks: "risks",
  indicators: "indicators",
  options: "options",
  "action-plan": "action-plan",
  updates: "updates",
} as const satisfies Record<string, ReviewPart>;
export type PlanPage = keyof typeof PLAN_PAGES;

/**
 * A plan page's scope, header and title (`reviewplan:<titleKey>`). Form pages
 * (`part` given) are for staff only, and send anyone back to the list once the
 * stage has closed that part (or every one of several parts), rather than offer a form that would be refused.
 */
export async function planPage(args: Args, options: { page: PlanPage; titleKey: string; part?: ReviewPart | readonly ReviewPart[] }) {
  const parts: readonly ReviewPart[] = options.part === undefined ? [] : typeof options.part === "string" ? [options.part] : options.part;
  const scope = await reviewScope(args, parts.length ? ["staff"] : undefined);
  const header = await loadReviewHeader(scope, args.params.reference);
  if (parts.length && !parts.some((part) => header.canEdit[part])) throw redirect(reviewPath(header.reference, options.page));
  const failed = reviewFormFailed(args);
  /** A title in the reviewplan namespace, for pages whose title needs the item (its number, its name). */
  const titled = (key: string, params: Record<string, string | number> = {}) => scope.pageTitle(`reviewplan:${key}`, params, failed);
  return { scope, header, title: titled(options.titleKey), titled };
}

export interface Day {
  iso: string;
  text: string;
}

/** An ISO date as the page's language writes it (24 November 2026), with the ISO form for <time>. */
export function day(locale: Locale, iso: string): Day;
export function day(locale: Locale, iso: string | null): Day | null;
export function day(locale: Locale, iso: string | null): Day | null {
  if (iso === null) return null;
  return { iso, text: formatDate(locale, `${iso}T12:00:00Z`, { day: "numeric", month: "long", year: "numeric" }) };
}

export function pounds(locale: Locale, pence: number): string {
  return formatNumber(locale, pence / 100, { style: "currency", currency: "GBP" });
}

/** Pence as a person would type it back into the cost field ("1250.50"). */
export function poundsForInput(pence: number): string {
  return pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
}

/** The row `id` from a list the API returned, or a 404. */
export function itemOr404<T extends { id: string }>(items: readonly T[], id: string | undefined): T {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Response("Not found", { status: 404 });
  return item;
}

/** Messages whose parameters are ISO dates read better as written dates. */
function withReadableDates(locale: Locale, errors: FieldMessage[]): FieldMessage[] {
  return errors.map((error) => {
    if (!error.params) return error;
    const params = Object.fromEntries(
      Object.entries(error.params).map(([name, value]) => [name, typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? day(locale, value).text : value]),
    );
    return { ...error, params };
  });
}

/** A posted plan form: its CSRF check, its fields as text and the review it changes. */
export async function planForm(args: ActionFunctionArgs, names: readonly string[], roles: "staff" = "staff") {
  const scope = await reviewScope(args, [roles]);
  const form = await readForm(args.request, scope);
  const values = reviewFormText(form, ["reviewId", "version", "intent", ...names]);
  const change = { reviewId: values.reviewId ?? "", version: Number(values.version) };
  return { scope, form, values, change, reference: args.params.reference ?? "" };
}

/** Calls the API and finishes the form: back to `page` with `banner`, or the form again with its messages. */
export async function finishPlanForm<T>(
  args: ActionFunctionArgs,
  scope: ReviewScope,
  run: () => Promise<T>,
  options: { reference: string; page: PlanPage; banner: string; values: Record<string, string>; to?: string },
) {
  const outcome: Outcome<T> = await attempt(run);
  return finishReviewForm(args, outcome, {
    reference: options.reference,
    to: options.to ?? reviewPath(options.reference, options.page),
    banner: `reviewplan:done.${options.banner}`,
    values: options.values,
    remap: (errors) => withReadableDates(scope.locale, errors),
  });
}

/** A posted risk form as the API takes it: levels as sent (the API checks them), "not yet rated" as null. */
export function riskInput(values: Record<string, string>) {
  const level = (value: string | undefined) => (value ?? "") as RiskLevel;
  return {
    ...pickFields(values, RISK_TEXT_FIELDS),
    impact: level(values.impact),
    likelihood: level(values.likelihood),
    residualRisk: values.residualRisk ? level(values.residualRisk) : null,
  };
}

/** A posted option form as the API takes it: the cost as typed (the API turns pounds into pence), the tick as a flag. */
export function optionInput(values: Record<string, string>) {
  const { recommended, ...text } = pickFields(values, OPTION_FIELDS);
  return { ...text, recommended: recommended === "yes" };
}
