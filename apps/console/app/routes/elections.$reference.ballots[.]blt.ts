import type { LoaderFunctionArgs } from "@remix-run/node";
import { load } from "@hearth/api/server";
import { electionScope } from "../lib/election-page.server";

/** The counted ballots as a .blt file, for officers once the count is recorded (the portal serves it once published). */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await electionScope(args);
  const blt = await load(() => scope.caller.electionCount.blt({ reference: args.params.reference ?? "" }));
  return new Response(blt.text, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${blt.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
