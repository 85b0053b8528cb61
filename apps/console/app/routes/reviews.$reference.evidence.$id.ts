import type { LoaderFunctionArgs } from "@remix-run/node";
import { load } from "@hearth/api/server";
import { sniffAttachmentType } from "@hearth/domain/complaints";
import { reviewScope } from "../lib/review-page.server";

/**
 * A file from the review's evidence log, always as a download: the type is
 * decided from the bytes again (never from what the uploader claimed), the
 * browser is told not to guess (nosniff comes from the host's security
 * headers), and nothing keeps a copy.
 */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await reviewScope(args);
  const file = await load(() => scope.caller.reviewEvidence.file({ reference: args.params.reference ?? "", id: args.params.id ?? "" }));
  const type = sniffAttachmentType(file.content) ?? "application/octet-stream";
  // ASCII fallback for old clients, the real name (UTF-8) for everyone else.
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(file.content, {
    headers: {
      "Content-Type": type,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
