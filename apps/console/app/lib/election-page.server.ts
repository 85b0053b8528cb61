// Server-only plumbing every election page shares: only election officers
// (admins do not run ballots), the election's header from the API, and
// finishing a posted form (see form-page.server.ts).
import { load, readForm, type FieldMessage, type Outcome } from "@hearth/api/server";
import { hasFormErrors } from "./form-errors.server";
import { areaScope, finishForm, formProblem, formText, type FinishOptions } from "./form-page.server";
import { electionPath } from "./election-paths";
import type { RouteArgs } from "./request.server";

export type { FinishOptions } from "./form-page.server";

export type ElectionScope = Awaited<ReturnType<typeof electionScope>>;

export function electionScope(args: RouteArgs) {
  return areaScope(args, ["election_officer"], "elections");
}

/** True in a loader whose request's action sent the form back with errors. */
export function electionFormFailed(args: RouteArgs): boolean {
  return hasFormErrors(args.context);
}

/** The election's header from `elections.header`; a 404 for an unknown reference. */
export async function loadElectionHeader(scope: ElectionScope, reference: string | undefined) {
  return load(() => scope.caller.elections.header({ reference: reference ?? "" }));
}

export type ElectionHeaderData = Awaited<ReturnType<typeof loadElectionHeader>>;

/** What every election form's action starts with: the officer's scope, the posted form (CSRF checked) and the election. */
export async function electionPost(args: RouteArgs & { params: { reference?: string } }) {
  const scope = await electionScope(args);
  const form = await readForm(args.request, scope);
  const header = await loadElectionHeader(scope, args.params.reference);
  return { scope, form, header };
}

const STALE = "errors.elections.changedMeanwhile";

/** Redirect (303) to the overview (or `to`) with a success banner, or a 400 with messages and the typed values. */
export function finishElectionForm<T>(args: RouteArgs, outcome: Outcome<T>, options: FinishOptions) {
  return finishForm(args, outcome, { ...options, home: electionPath(options.reference), staleKey: STALE });
}

export function electionProblem(args: RouteArgs, errors: FieldMessage[], values: Record<string, string | string[]>) {
  return formProblem(args, errors, values, STALE);
}

export const electionFormText = formText;
