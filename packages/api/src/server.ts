// Server-only entry: everything an app host or a Remix loader needs.
export { appRouter, type AppRouter } from "./router.js";
export { createCaller } from "./caller.js";
export type { AppName, Context, SessionUser } from "./context.js";
export { DomainError, messagesFromError, type FieldMessage, type Message } from "./errors.js";
export { type HearthLoadContext } from "./http/load-context.js";
export {
  endSessionCookie,
  languageCookie,
  readForm,
  requestScope,
  requireUser,
  safeReturnTo,
  sessionCookie,
  type RequestScope,
} from "./http/request-scope.js";
export { CSRF_FIELD } from "./http/csrf.js";
export { securityHeaders } from "./http/security-headers.js";
export { handleTrpcRequest } from "./http/trpc-handler.js";
export { attempt, load, loadIfFound, type Outcome } from "./http/outcome.js";
export { createLogger } from "./logger.js";
export { loadConfig, type HearthConfig } from "./config.js";
export { createMailer, startJobWorker, type JobWorker, type Mailer } from "./jobs/index.js";
export { clearCookie, cookieName, readCookie, serializeCookie } from "./http/cookies.js";
