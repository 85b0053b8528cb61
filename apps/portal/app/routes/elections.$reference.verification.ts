import type { LoaderFunctionArgs } from "@remix-run/node";
import { verificationFile } from "@hearth/api/export";
import { load } from "@hearth/api/server";
import { publicScope } from "../lib/voting.server";

/** The verification bundle of a published election, with how to check it in the reader's language. */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await publicScope(args);
  const bundle = await load(() => scope.caller.electionCount.publishedBundle({ reference: args.params.reference ?? "" }));
  // The instructions follow the reader's language, so shared caches must not mix them.
  return verificationFile(bundle, (key, params) => scope.t("counting")(key, params), "private, max-age=3600");
}
