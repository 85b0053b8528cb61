import type { LoaderFunctionArgs } from "@remix-run/node";
import { load } from "@hearth/api/server";
import { verificationFile } from "../lib/verification.server";
import { electionScope } from "../lib/election-page.server";

/** The verification bundle for officers once the count is recorded, with instructions in the page's language. */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const bundle = await load(() => scope.caller.electionCount.bundle({ reference: args.params.reference ?? "" }));
  return verificationFile(bundle, scope.t("counting"), "private, no-store");
}
