import { DEFAULT_LOCALE, isLocale, negotiateLocale, type Locale, type Role } from "@hearth/domain/identity";
import { validateSessionToken } from "../auth/session.js";
import type { Context, SessionUser } from "../context.js";
import { createCaller } from "../caller.js";
import { clearCookie, cookieName, readCookie, serializeCookie } from "./cookies.js";
import { csrfTokenFor, csrfValid, CSRF_FIELD } from "./csrf.js";
import type { HearthLoadContext } from "./load-context.js";

export interface RequestScope {
  user: SessionUser | null;
  locale: Locale;
  csrfToken: string;
  caller: ReturnType<typeof createCaller>;
  context: Context;
  cookieNames: { session: string; csrf: string; lang: string };
}

const YEAR = 365 * 24 * 60 * 60;

/** Signed-in profile first, then this browser's choice, then what the browser asks for. */
function chooseLocale(request: Request, user: SessionUser | null, langCookie: string): Locale {
  if (user?.preferredLanguage && isLocale(user.preferredLanguage)) return user.preferredLanguage;
  const remembered = readCookie(request, langCookie);
  if (isLocale(remembered)) return remembered;
  return negotiateLocale(request.headers.get("accept-language")) ?? DEFAULT_LOCALE;
}

async function open(request: Request, load: HearthLoadContext): Promise<RequestScope> {
  const secure = load.secureCookies;
  const names = {
    session: cookieName(load.app, "session", secure),
    csrf: cookieName(load.app, "csrf", secure),
    lang: cookieName(load.app, "lang", secure),
  };
  const now = new Date();
  const token = readCookie(request, names.session);
  const session = token ? await validateSessionToken(load.db, token, load.app, now) : null;
  if (token && !session) load.responseCookies.push(clearCookie(names.session, secure));
  if (session?.extended && token) {
    load.responseCookies.push(serializeCookie(names.session, token, { secure, expires: session.expiresAt }));
  }
  const csrf = csrfTokenFor(request, names.csrf, secure);
  if (csrf.setCookie) load.responseCookies.push(csrf.setCookie);
  const user = session?.user ?? null;
  const locale = chooseLocale(request, user, names.lang);
  const context: Context = {
    db: load.db,
    app: load.app,
    sessionId: session?.sessionId ?? null,
    user,
    address: load.address,
    locale,
    log: load.log,
    now: () => new Date(),
  };
  return { user, locale, csrfToken: csrf.token, caller: createCaller(context), context, cookieNames: names };
}

export function requestScope(request: Request, load: HearthLoadContext): Promise<RequestScope> {
  load.scope ??= open(request, load);
  return load.scope as Promise<RequestScope>;
}

function redirectTo(location: string, headers: HeadersInit = {}): Response {
  return new Response(null, { status: 303, headers: { ...headers, Location: location } });
}

/**
 * For loaders and actions: the signed-in user, or a redirect to sign in
 * (anonymous) / a 403 (signed in without the role). The API checks again.
 */
export function requireUser(scope: RequestScope, request: Request, roles?: readonly Role[]): SessionUser {
  const user = scope.user;
  if (!user) {
    const url = new URL(request.url);
    throw redirectTo(`/sign-in?returnTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (roles && !user.roles.some((role) => roles.includes(role))) {
    throw new Response("Forbidden", { status: 403 });
  }
  return user;
}

/** Reads a POSTed form and stops it unless it carries our CSRF token. */
export async function readForm(request: Request, scope: RequestScope): Promise<FormData> {
  const form = await request.formData();
  if (!csrfValid(request, scope.cookieNames.csrf, form.get(CSRF_FIELD))) {
    throw new Response("Forbidden", { status: 403, statusText: "CSRF" });
  }
  return form;
}

export function sessionCookie(scope: RequestScope, load: HearthLoadContext, token: string, expiresAt: Date): string {
  return serializeCookie(scope.cookieNames.session, token, { secure: load.secureCookies, expires: expiresAt });
}

export function endSessionCookie(scope: RequestScope, load: HearthLoadContext): string {
  return clearCookie(scope.cookieNames.session, load.secureCookies);
}

export function languageCookie(scope: RequestScope, load: HearthLoadContext, locale: Locale): string {
  return serializeCookie(scope.cookieNames.lang, locale, { secure: load.secureCookies, maxAgeSeconds: YEAR });
}

/** Only same-site paths, so a crafted link cannot bounce people to another site. */
export function safeReturnTo(value: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
