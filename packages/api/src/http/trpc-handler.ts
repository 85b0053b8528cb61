import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "../router.js";
import { sameOrigin } from "./csrf.js";
import type { HearthLoadContext } from "./load-context.js";
import { requestScope } from "./request-scope.js";

/**
 * The same routers over HTTP at /api/trpc. Mutations must be JSON from our own
 * origin: a cross-site form cannot send application/json without a CORS
 * preflight, which we never grant.
 */
export async function handleTrpcRequest(request: Request, load: HearthLoadContext): Promise<Response> {
  if (request.method === "POST") {
    const type = request.headers.get("content-type") ?? "";
    if (!type.startsWith("application/json") || !sameOrigin(request)) {
      return new Response(JSON.stringify({ error: "Cross-site or non-JSON request refused" }), {
        status: 403,
        headers: { "Content-Type": "application/json" },
      });
    }
  }
  const scope = await requestScope(request, load);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => scope.context,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") load.log.error({ err: error, path }, "tRPC procedure failed");
    },
  });
}
