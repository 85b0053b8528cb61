import { data } from "@remix-run/node";
import type { AppLoadContext } from "@remix-run/node";
import { requestScope, type FieldMessage } from "@hearth/api/server";
import { serverT, type Namespace } from "@hearth/i18n";

export interface RouteArgs {
  request: Request;
  context: AppLoadContext;
}

/** Everything a portal loader or action needs about this request. */
export async function scopeOf({ request, context }: RouteArgs) {
  const scope = await requestScope(request, context);
  return { ...scope, t: (ns: Namespace = "portal") => serverT(scope.locale, ns) };
}

/** A 400 with messages for the error summary, echoing what the person typed (never passwords). */
export function problem(errors: FieldMessage[], values: Record<string, string | string[]> = {}) {
  return data({ errors, values }, { status: 400 });
}

// Requests whose form came back with something to fix, so the page's title can
// start with "Error:" without JavaScript. Nothing outlives the request.
const failed = new WeakSet<object>();

/** `problem`, remembered for this request so `pageTitle` leads with "Error:". */
export function formProblem(args: RouteArgs, errors: FieldMessage[], values: Record<string, string | string[]> = {}) {
  failed.add(args.context);
  return problem(errors, values);
}

/** "Page – Hearth" from a key in `ns`, led by the translated "Error:" when this request's form needs fixing. */
export function pageTitle(args: RouteArgs, scope: { t: (ns?: Namespace) => (key: string, params?: Record<string, string | number>) => string }, key: string, params: Record<string, string | number> = {}, ns: Namespace = "portal"): string {
  const common = scope.t("common");
  const title = `${scope.t(ns)(key, params)} – ${common("product")}`;
  return failed.has(args.context) ? `${common("ui.errorPrefix")} ${title}` : title;
}

export function formValues<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "")])) as Record<K, string>;
}
