import type { LoaderFunctionArgs } from "@remix-run/node";
import { load } from "@hearth/api/server";
import { verificationFile } from "../lib/verification.server";
import { publicScope } from "../lib/voting.server";

/** The verification bundle of a published election, with how to check it in the reader's language. */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await publicScope(args);
  const bundle = await load(() => scope.caller.electionCount.publishedBundle({ reference: args.params.reference ?? "" }));
  // The instructions follow the reader's language, so shared caches must not mix them.
  return verificationFile(bundle, scope.t("counting"), "private, max-age=3600");
}
