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

export function formValues<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "")])) as Record<K, string>;
}
