// Server-only plumbing every election page shares: only election officers
// (admins do not run ballots), page titles, the election's header from the
// API, and finishing a posted form (redirect with a success banner, or the
// form back with its messages).
import { redirect } from "@remix-run/node";
import { load, type FieldMessage, type Outcome } from "@hearth/api/server";
import { hasFormErrors, markFormErrors } from "./form-errors.server";
import { electionPath } from "./election-paths";
import { withBanner } from "./review-paths";
import { problem, staffScope, type RouteArgs } from "./request.server";

export type ElectionScope = Awaited<ReturnType<typeof electionScope>>;

/**
 * The console scope for an election page. `tr` translates in the `elections`
 * namespace; `pageTitle` takes a key there or a "namespace:key", and prefixes
 * "Error:" when the page comes back with errors.
 */
export async function electionScope(args: RouteArgs) {
  const scope = await staffScope(args, ["election_officer"]);
  const tr = scope.t("elections");
  const pageTitle = (key: string, params: Record<string, string | number> = {}, failed = false) =>
    `${failed ? `${scope.t("common")("ui.errorPrefix")} ` : ""}${tr(key, params)} – ${scope.t()("serviceName")}`;
  return { ...scope, tr, pageTitle };
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

export interface FinishOptions {
  reference: string;
  /** Where to go on success: a full path, or by default the election's overview. */
  to?: string;
  /** Translation key of the success banner, "<namespace>:done.<name>". */
  banner?: string;
  /** What the person typed, echoed back on failure (the version is dropped after a stale-version refusal). */
  values: Record<string, string | string[]>;
  /** Points API field names at the form's own ids. */
  remap?: (errors: FieldMessage[]) => FieldMessage[];
}

/** Redirect (303) with a success banner, or a 400 with messages and the typed values. */
export function finishElectionForm<T>(args: RouteArgs, outcome: Outcome<T>, options: FinishOptions) {
  if (outcome.ok) {
    // The banner goes in the query string, before any #fragment the page should scroll to.
    const [path = "", fragment] = (options.to ?? electionPath(options.reference)).split("#");
    return redirect(`${withBanner(path, options.banner)}${fragment ? `#${fragment}` : ""}`, { status: 303 });
  }
  const errors = options.remap ? options.remap(outcome.errors) : outcome.errors;
  return electionProblem(args, errors, options.values);
}

/** A 400 for the error summary; marks the request so the loader's title gets "Error:". */
export function electionProblem(args: RouteArgs, errors: FieldMessage[], values: Record<string, string | string[]>) {
  markFormErrors(args.context);
  // After "changed meanwhile" the form must carry the fresh version, not the stale one it was sent with.
  const stale = errors.some((error) => error.key === "errors.elections.changedMeanwhile");
  const { version, ...rest } = values;
  return problem(errors, stale || version === undefined ? rest : { ...rest, version });
}

/** Field values from a posted form, each cut to a sane length. */
export function electionFormText(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "").slice(0, 20_000)]));
}
