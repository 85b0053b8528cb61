import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLocale } from "@hearth/i18n";
import { languageCookie, readForm, safeReturnTo } from "@hearth/api/server";
import { scopeOf } from "../lib/request.server";

/**
 * The language switcher posts here: remember the choice in this browser, then
 * go back to the same page. Staff have no resident profile, so the cookie is
 * all there is; someone who is also a resident (a scrutiny panel member, say)
 * has a profile language that outranks the cookie, so it is saved there too.
 */
export async function action(args: ActionFunctionArgs) {
  const scope = await scopeOf(args);
  const form = await readForm(args.request, scope);
  const lang = form.get("lang");
  const returnTo = safeReturnTo(form.get("returnTo"));
  if (!isLocale(lang)) throw new Response("Unknown language", { status: 400 });
  if (scope.user?.residentId && scope.user.roles.includes("resident")) await scope.caller.profile.setLanguage({ language: lang });
  return redirect(returnTo, { status: 303, headers: { "Set-Cookie": languageCookie(scope, args.context, lang) } });
}

export function loader() {
  return redirect("/");
}
