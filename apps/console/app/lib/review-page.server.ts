// Server-only plumbing every review page shares: who may see it, the review's
// header from the API, and finishing a posted form (see form-page.server.ts).
import { load, type FieldMessage, type Outcome } from "@hearth/api/server";
import type { Role } from "@hearth/domain/identity";
import { hasFormErrors } from "./form-errors.server";
import { areaScope, finishForm, formProblem, formText, type FinishOptions } from "./form-page.server";
import { reviewPath } from "./review-paths";
import type { RouteArgs } from "./request.server";

export type { FinishOptions } from "./form-page.server";

/** Staff change reviews; scrutiny panel members and admins read them. */
export const REVIEW_READERS: readonly Role[] = ["staff", "scrutiny", "admin"];

export type ReviewScope = Awaited<ReturnType<typeof reviewScope>>;

/** The console scope for a review page (readers by default; pass ["staff"] for pages that only change things). */
export function reviewScope(args: RouteArgs, roles: readonly Role[] = REVIEW_READERS) {
  return areaScope(args, roles, "reviews");
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

const STALE = "errors.reviews.changedMeanwhile";

/** Redirect (303) to the workspace (or `to`) with a success banner, or a 400 with messages and the typed values. */
export function finishReviewForm<T>(args: RouteArgs, outcome: Outcome<T>, options: FinishOptions) {
  return finishForm(args, outcome, { ...options, home: reviewPath(options.reference), staleKey: STALE });
}

export function reviewProblem(args: RouteArgs, errors: FieldMessage[], values: Record<string, string | string[]>) {
  return formProblem(args, errors, values, STALE);
}

export const reviewFormText = formText;
