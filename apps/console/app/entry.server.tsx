import { requestScope } from "@hearth/api/server";
import { createDocumentHandler } from "@hearth/ui/remix/server";

const { handleRequest, handleDataRequest } = createDocumentHandler({
  locale: async (request, context) => (await requestScope(request, context)).locale,
  nonce: (context) => context.cspNonce,
  cookies: (context) => context.responseCookies,
});

export default handleRequest;
export { handleDataRequest };
