import type { LoaderFunctionArgs } from "@remix-run/node";
import { load } from "@hearth/api/server";
import { sniffAttachmentType } from "@hearth/domain/complaints";
import { caseworkScope } from "../lib/casework.server";

/**
 * A resident's file, always as a download: the type comes from the bytes
 * themselves (never from what the uploader claimed), the browser is told not
 * to guess, and nothing keeps a copy.
 */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await caseworkScope(args);
  const file = await load(() => scope.caller.complaintCases.attachment({ id: args.params.id ?? "" }));
  const type = sniffAttachmentType(file.content) ?? "application/octet-stream";
  // ASCII fallback for old clients, the real name (UTF-8) for everyone else.
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(file.content, {
    headers: {
      "Content-Type": type,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      // X-Content-Type-Options: nosniff (and the CSP) come from the host's security headers on every response.
      "Cache-Control": "private, no-store",
    },
  });
}
