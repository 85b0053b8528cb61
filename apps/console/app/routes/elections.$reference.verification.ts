import type { LoaderFunctionArgs } from "@remix-run/node";
import { verificationFile } from "@hearth/api/export";
import { load } from "@hearth/api/server";
import { electionScope } from "../lib/election-page.server";

/** The verification bundle for officers once the count is recorded, with instructions in the page's language. */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const bundle = await load(() => scope.caller.electionCount.bundle({ reference: args.params.reference ?? "" }));
  return verificationFile(bundle, (key, params) => scope.t("counting")(key, params), "private, no-store");
}
