import { data, redirect } from "@remix-run/node";
import type { AppLoadContext } from "@remix-run/node";
import { requestScope, requireUser, type FieldMessage } from "@hearth/api/server";
import { CONSOLE_ROLES, type Role } from "@hearth/domain/identity";
import { serverT, type Namespace } from "@hearth/i18n";

export interface RouteArgs {
  request: Request;
  context: AppLoadContext;
}

/** Where someone with a temporary password is kept until they choose their own. */
export const CHANGE_PASSWORD_PATH = "/account/password";

/** Everything a console loader or action needs about this request. */
export async function scopeOf({ request, context }: RouteArgs) {
  const scope = await requestScope(request, context);
  const t = (ns: Namespace = "console") => serverT(scope.locale, ns);
  /** "Page – Staff console", translated on the server for <title>. */
  const title = (key: string, params: Record<string, string | number> = {}) => `${t()(key, params)} – ${t()("serviceName")}`;
  return { ...scope, t, title };
}

/**
 * Console pages: signed-in people with a console role (anyone else is sent
 * to sign in, or sees the 403 page), narrowed to `roles` when given. Someone
 * still on a temporary password is sent to change it first, whatever they asked for.
 */
export async function staffScope(args: RouteArgs, roles: readonly Role[] = CONSOLE_ROLES) {
  const scope = await scopeOf(args);
  const user = requireUser(scope, args.request, CONSOLE_ROLES);
  if (user.mustChangePassword && new URL(args.request.url).pathname !== CHANGE_PASSWORD_PATH) throw redirect(CHANGE_PASSWORD_PATH);
  requireUser(scope, args.request, roles);
  return { ...scope, user };
}

/** A 400 with messages for the error summary, echoing what the person typed (never passwords). */
export function problem<Extra extends Record<string, string> = Record<never, string>>(errors: FieldMessage[], values: Record<string, string | string[]> = {}, extra?: Extra) {
  return data({ errors, values, ...(extra as Extra) }, { status: 400 });
}

export function formValues<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "")])) as Record<K, string>;
}

/** A positive page number from the query string; anything else is page 1. */
export function pageParam(url: URL): number {
  const page = Number.parseInt(url.searchParams.get("page") ?? "", 10);
  return Number.isFinite(page) && page >= 1 ? Math.min(page, 10_000) : 1;
}
