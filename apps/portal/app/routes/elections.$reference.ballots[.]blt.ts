import type { LoaderFunctionArgs } from "@remix-run/node";
import { load } from "@hearth/api/server";
import { publicScope } from "../lib/voting.server";

/** The anonymised ballots of a published election as a .blt file anyone can recount with hearth-count. */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await publicScope(args);
  const blt = await load(() => scope.caller.electionCount.publishedBlt({ reference: args.params.reference ?? "" }));
  return new Response(blt.text, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${blt.fileName}"`,
      // Published and final: the same bytes for everyone, for ever.
      "Cache-Control": "public, max-age=3600",
    },
  });
}
