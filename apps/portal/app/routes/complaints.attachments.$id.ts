import type { LoaderFunctionArgs } from "@remix-run/node";
import { attempt } from "@hearth/api/server";
import { complaintScope, contentDisposition } from "../lib/complaints.server";

/** A resident's own evidence file, as a download; anyone else's is "not found". */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await complaintScope(args);
  const outcome = await attempt(() => scope.caller.complaints.attachment({ id: args.params.id ?? "" }));
  // A malformed id is as unknown as someone else's file.
  if (!outcome.ok) throw new Response("Not found", { status: 404 });
  const file = outcome.value;
  return new Response(file.content, {
    headers: {
      // The type was sniffed from the file's own bytes when it was uploaded.
      "Content-Type": file.contentType,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
