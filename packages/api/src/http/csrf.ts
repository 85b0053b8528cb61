import { generateToken } from "../auth/tokens.js";
import { readCookie, serializeCookie } from "./cookies.js";

/**
 * Double-submit token: a random value in an HttpOnly cookie that each form
 * echoes in a hidden field. A cross-site page can make the browser send the
 * cookie but cannot read it to fill in the field. The Origin check below is a
 * second, independent line.
 */
export const CSRF_FIELD = "csrf";

export function csrfTokenFor(request: Request, name: string, secure: boolean): { token: string; setCookie: string | null } {
  const existing = readCookie(request, name);
  if (existing && /^[a-z2-7]{32}$/.test(existing)) return { token: existing, setCookie: null };
  const token = generateToken();
  return { token, setCookie: serializeCookie(name, token, { secure }) };
}

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** True when a mutating request comes from our own pages. */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") {
    // Old browsers omit Origin on same-origin form posts; fall back to Sec-Fetch-Site when present.
    const site = request.headers.get("sec-fetch-site");
    return site === null || site === "same-origin" || site === "none";
  }
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function csrfValid(request: Request, cookieName: string, submitted: FormDataEntryValue | null): boolean {
  const expected = readCookie(request, cookieName);
  if (!expected || typeof submitted !== "string") return false;
  return sameOrigin(request) && timingSafeEqual(expected, submitted);
}
