// Server-only helpers for the complaint casework pages: the staff scope with
// casework strings, dates and money in the page language, and the plumbing
// every step page shares (guard, version echo, redirect with a banner).
import { redirect, type AppLoadContext } from "@remix-run/node";
import { load, type FieldMessage, type Outcome } from "@hearth/api/server";
import { stageOf } from "@hearth/domain/complaints";
import { formatDate, formatNumber, type Locale } from "@hearth/i18n";
import { complaintPath, type Step } from "./casework";
import { problem, staffScope, type RouteArgs } from "./request.server";

export type CaseworkScope = Awaited<ReturnType<typeof caseworkScope>>;

/** Staff only; `tc` translates casework strings, `pageTitle` builds the <title>. */
export async function caseworkScope(args: RouteArgs) {
  const scope = await staffScope(args, ["staff"]);
  const tc = scope.t("casework");
  /** "[Error: ]Page – Staff console": the prefix tells screen reader users at once that the form came back. */
  const pageTitle = (key: string, params: Record<string, string | number> = {}, failed = false) =>
    `${failed ? `${scope.t("common")("ui.errorPrefix")} ` : ""}${tc(key, params)} – ${scope.t()("serviceName")}`;
  return { ...scope, tc, pageTitle };
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

// A no-JavaScript POST runs the action and the loaders in one request with one
// load context, so the action can tell the loader that the form came back with
// errors (for the "Error:" title prefix). With JavaScript the page sets the
// prefix itself (see useErrorTitle).
const failedForms = new WeakSet<object>();

export function formFailed(context: AppLoadContext): boolean {
  return failedForms.has(context);
}

/** A 400 with the messages and typed values; marks the request so the title gets its prefix. */
export function stepProblem(context: AppLoadContext, errors: FieldMessage[], values: Record<string, string | string[]>) {
  failedForms.add(context);
  // After "changed meanwhile" the form must carry the fresh version, not the stale one it was sent with.
  const stale = errors.some((error) => error.key === "errors.complaints.changedMeanwhile");
  const { version, ...rest } = values;
  return problem(errors, stale || version === undefined ? rest : { ...rest, version });
}

/** Redirect to the complaint with a success banner, or send the form back with its messages. */
export function finishStep<T>(
  args: RouteArgs,
  outcome: Outcome<T>,
  reference: string,
  step: Step | "contact" | "action",
  values: Record<string, string | string[]>,
  remap: (errors: FieldMessage[]) => FieldMessage[] = (errors) => errors,
) {
  if (outcome.ok) return redirect(complaintPath(reference, step), { status: 303 });
  return stepProblem(args.context, remap(outcome.errors), values);
}

/** The complaint as the staff API gives it (404 for an unknown reference). */
export async function loadCase(scope: CaseworkScope, reference: string | undefined) {
  return load(() => scope.caller.complaintCases.get({ reference: reference ?? "" }));
}

export type CaseDetail = Awaited<ReturnType<typeof loadCase>>;

/**
 * Why a step cannot be taken now, as the API would say it, or null when it
 * can. Step pages show this instead of a form, so a stale link or a bookmark
 * never reaches a crash.
 */
export function stepBlocked(complaint: Pick<CaseDetail, "allowed" | "status">, step: Step): FieldMessage[] {
  if (complaint.allowed.includes(step)) return [];
  if (step === "extend" && complaint.status.endsWith("-extended")) return [{ key: "errors.complaints.alreadyExtended" }];
  return [{ key: "errors.complaints.illegalTransition" }];
}

/** The stage the complaint is in now, or the last one it reached. */
export function currentStage(complaint: Pick<CaseDetail, "status" | "stages">): 1 | 2 | null {
  // A complaint just received is waiting on stage 1 (the queue counts it there too).
  if (complaint.status === "received") return 1;
  return stageOf(complaint.status) ?? (complaint.stages.length ? (Math.max(...complaint.stages.map((s) => s.stage)) as 1 | 2) : null);
}

/** What every step page shows above its form. */
export function stepHeader(scope: CaseworkScope, complaint: CaseDetail, step: Step | "contact", failed: boolean) {
  const blocked = step === "contact" ? [] : stepBlocked(complaint, step);
  return {
    title: scope.pageTitle(`steps.${step}.title`, { reference: complaint.reference }, failed),
    reference: complaint.reference,
    version: complaint.version,
    status: complaint.status,
    stage: currentStage(complaint),
    blocked,
  };
}

/** Field values from a posted form; `version` is always kept so the page can echo it. */
export function formText(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "").slice(0, 20_000)]));
}

/**
 * Points API field names at the form's own ids (e.g. "points.2" → "point-3"),
 * so each message sits next to the box it is about. Unknown fields (such as a
 * stale version) become whole-form messages.
 */
export function renameFields(errors: FieldMessage[], rename: (field: string, error: FieldMessage) => string | undefined): FieldMessage[] {
  return errors.map((error) => (error.field === undefined ? error : { ...error, field: rename(error.field, error) }));
}
