// Server-only plumbing shared by the console's multi-page areas (reviews,
// elections): a scope with the area's translations and titles, finishing a
// posted form (redirect with a banner, or the form back with its messages),
// and reading posted text.
import { redirect } from "@remix-run/node";
import type { FieldMessage, Outcome } from "@hearth/api/server";
import type { Role } from "@hearth/domain/identity";
import type { Namespace } from "@hearth/i18n";
import { markFormErrors } from "./form-errors.server";
import { withBanner } from "./review-paths";
import { problem, staffScope, type RouteArgs } from "./request.server";

/**
 * The console scope narrowed to `roles`, with `tr` translating in `ns` and
 * `pageTitle` (a key there or a "namespace:key") that prefixes "Error:" when
 * the page comes back with errors.
 */
export async function areaScope(args: RouteArgs, roles: readonly Role[], ns: Namespace) {
  const scope = await staffScope(args, roles);
  const tr = scope.t(ns);
  const pageTitle = (key: string, params: Record<string, string | number> = {}, failed = false) =>
    `${failed ? `${scope.t("common")("ui.errorPrefix")} ` : ""}${tr(key, params)} – ${scope.t()("serviceName")}`;
  return { ...scope, tr, pageTitle };
}

export interface FinishOptions {
  reference: string;
  /** Where to go on success: a full path (may end in a #fragment), or by default the area's page for `reference`. */
  to?: string;
  /** Translation key of the success banner, "<namespace>:done.<name>". */
  banner?: string;
  /** What the person typed, echoed back on failure (the version is dropped after a stale-version refusal). */
  values: Record<string, string | string[]>;
  /** Points API field names at the form's own ids. */
  remap?: (errors: FieldMessage[]) => FieldMessage[];
}

/** Redirect (303) with a success banner, or a 400 with messages and the typed values. */
export function finishForm<T>(args: RouteArgs, outcome: Outcome<T>, options: FinishOptions & { home: string; staleKey: string }) {
  if (outcome.ok) {
    // The banner goes in the query string, before any #fragment the page should scroll to.
    const [path = "", fragment] = (options.to ?? options.home).split("#");
    return redirect(`${withBanner(path, options.banner)}${fragment ? `#${fragment}` : ""}`, { status: 303 });
  }
  const errors = options.remap ? options.remap(outcome.errors) : outcome.errors;
  return formProblem(args, errors, options.values, options.staleKey);
}

/** A 400 for the error summary; marks the request so the loader's title gets "Error:". */
export function formProblem(args: RouteArgs, errors: FieldMessage[], values: Record<string, string | string[]>, staleKey: string) {
  markFormErrors(args.context);
  // After "changed meanwhile" the form must carry the fresh version, not the stale one it was sent with.
  const stale = errors.some((error) => error.key === staleKey);
  const { version, ...rest } = values;
  return problem(errors, stale || version === undefined ? rest : { ...rest, version });
}

/** Field values from a posted form, each cut to a sane length. */
export function formText(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "").slice(0, 20_000)]));
}
