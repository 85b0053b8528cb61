import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { endSessionCookie, readForm } from "@hearth/api/server";
import { scopeOf } from "../lib/request.server";

export async function action(args: ActionFunctionArgs) {
  const scope = await scopeOf(args);
  await readForm(args.request, scope);
  if (scope.user) await scope.caller.auth.signOut();
  return redirect("/sign-in?signedOut=1", { status: 303, headers: { "Set-Cookie": endSessionCookie(scope, args.context) } });
}

export function loader() {
  return redirect("/");
}
