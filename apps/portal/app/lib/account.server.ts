import { redirect } from "@remix-run/node";
import { attempt, readForm, requireUser } from "@hearth/api/server";
import { formProblem, pageTitle, scopeOf, type RouteArgs } from "./request.server";

/** Account pages are for signed-in residents; anyone else is sent to sign in. */
export async function residentScope(args: RouteArgs) {
  const scope = await scopeOf(args);
  requireUser(scope, args.request, ["resident"]);
  return scope;
}

export async function profilePage(args: RouteArgs, titleKey: string) {
  const scope = await residentScope(args);
  const profile = await scope.caller.profile.get();
  return { title: pageTitle(args, scope, titleKey), profile };
}

type Scope = Awaited<ReturnType<typeof residentScope>>;

/**
 * One profile section's save: CSRF check, call the API, and either go back
 * to the account page with a confirmation or show what to fix.
 */
export async function saveSection(
  args: RouteArgs,
  section: string,
  save: (scope: Scope, form: FormData) => Promise<unknown>,
  echo: (form: FormData) => Record<string, string | string[]>,
  extraHeaders: (scope: Scope, form: FormData) => HeadersInit = () => ({}),
) {
  const scope = await residentScope(args);
  const form = await readForm(args.request, scope);
  const outcome = await attempt(() => save(scope, form));
  if (!outcome.ok) return formProblem(args, outcome.errors, echo(form));
  return redirect(`/account?updated=${section}`, { status: 303, headers: extraHeaders(scope, form) });
}
