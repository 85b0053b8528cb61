import type { AppLoadContext } from "@remix-run/node";
import { clearCookie, cookieName, readCookie, serializeCookie } from "@hearth/api/server";

// Between the two claim steps the ticket rides in a short-lived HttpOnly
// cookie, never in a URL where it would land in history and logs.
const name = (context: AppLoadContext) => cookieName("portal", "claim", context.secureCookies);

export function claimTicketCookie(context: AppLoadContext, ticket: string): string {
  return serializeCookie(name(context), ticket, { secure: context.secureCookies, maxAgeSeconds: 30 * 60 });
}

export function readClaimTicket(request: Request, context: AppLoadContext): string | null {
  return readCookie(request, name(context));
}

export function clearClaimTicket(context: AppLoadContext): string {
  return clearCookie(name(context), context.secureCookies);
}
