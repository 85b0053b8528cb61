// Server-only plumbing every review page shares: who may see it, page titles,
// the review's header from the API, and finishing a posted form (redirect
// with a success banner, or the form back with its messages).
import { redirect } from "@remix-run/node";
import { load, type FieldMessage, type Outcome } from "@hearth/api/server";
import type { Role } from "@hearth/domain/identity";
import { hasFormErrors, markFormErrors } from "./form-errors.server";
import { reviewPath, withBanner } from "./review-paths";
import { problem, staffScope, type RouteArgs } from "./request.server";

/** Staff change reviews; scrutiny panel members and admins read them. */
export const REVIEW_READERS: readonly Role[] = ["staff", "scrutiny", "admin"];

export type ReviewScope = Awaited<ReturnType<typeof reviewScope>>;

/**
 * The console scope for a review page, narrowed to `roles` (readers by default;
 * pass ["staff"] for pages that only change things). `tr` translates in the
 * `reviews` namespace; `pageTitle` takes a key there or a "namespace:key", and
 * prefixes "Error:" when the page comes back with errors.
 */
export async function reviewScope(args: RouteArgs, roles: readonly Role[] = REVIEW_READERS) {
  const scope = await staffScope(args, roles);
  const tr = scope.t("reviews");
  const pageTitle = (key: string, params: Record<string, string | number> = {}, failed = false) =>
    `${failed ? `${scope.t("common")("ui.errorPrefix")} ` : ""}${tr(key, params)} – ${scope.t()("serviceName")}`;
  return { ...scope, tr, pageTitle };
}

/** True in a loader whose request's action sent the form back with errors. */
export function reviewFormFailed(args: RouteArgs): boolean {
  return hasFormErrors(args.context);
}

/**
 * The review's header from `reviews.header`: a 404 for an unknown reference,
 * and for a scrutiny member looking at a review that is not settled yet.
 */
export async function loadReviewHeader(scope: ReviewScope, reference: string | undefined) {
  return load(() => scope.caller.reviews.header({ reference: reference ?? "" }));
}

export type ReviewHeaderData = Awaited<ReturnType<typeof loadReviewHeader>>;

export interface FinishOptions {
  reference: string;
  /** Where to go on success: a full path, or by default the review's workspace. */
  to?: string;
  /** Translation key of the success banner, "<namespace>:done.<name>". */
  banner?: string;
  /** What the person typed, echoed back on failure (the version is dropped after a stale-version refusal). */
  values: Record<string, string | string[]>;
  /** Points API field names at the form's own ids. */
  remap?: (errors: FieldMessage[]) => FieldMessage[];
}

/** Redirect (303) with a success banner, or a 400 with messages and the typed values. */
export function finishReviewForm<T>(args: RouteArgs, outcome: Outcome<T>, options: FinishOptions) {
  if (outcome.ok) return redirect(withBanner(options.to ?? reviewPath(options.reference), options.banner), { status: 303 });
  const errors = options.remap ? options.remap(outcome.errors) : outcome.errors;
  return reviewProblem(args, errors, options.values);
}

/** A 400 for the error summary; marks the request so the loader's title gets "Error:". */
export function reviewProblem(args: RouteArgs, errors: FieldMessage[], values: Record<string, string | string[]>) {
  markFormErrors(args.context);
  // After "changed meanwhile" the form must carry the fresh version, not the stale one it was sent with.
  const stale = errors.some((error) => error.key === "errors.reviews.changedMeanwhile");
  const { version, ...rest } = values;
  return problem(errors, stale || version === undefined ? rest : { ...rest, version });
}

/** Field values from a posted form, each cut to a sane length. */
export function reviewFormText(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "").slice(0, 20_000)]));
}
