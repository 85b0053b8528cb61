import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLocale } from "@hearth/i18n";
import { languageCookie, readForm, safeReturnTo } from "@hearth/api/server";
import { scopeOf } from "../lib/request.server";

/** The language switcher posts here: remember the choice, then go back to the same page. */
export async function action(args: ActionFunctionArgs) {
  const scope = await scopeOf(args);
  const form = await readForm(args.request, scope);
  const lang = form.get("lang");
  const returnTo = safeReturnTo(form.get("returnTo"));
  if (!isLocale(lang)) throw new Response("Unknown language", { status: 400 });
  if (scope.user?.residentId) await scope.caller.profile.setLanguage({ language: lang });
  return redirect(returnTo, { status: 303, headers: { "Set-Cookie": languageCookie(scope, args.context, lang) } });
}

export function loader() {
  return redirect("/");
}
