// Minimal cookie handling on the Web Request/Response API, so the same code
// serves both Remix apps and the tRPC HTTP handler.
export interface CookieOptions {
  maxAgeSeconds?: number;
  expires?: Date;
  httpOnly?: boolean;
  secure: boolean;
  sameSite?: "Lax" | "Strict";
}

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, "Path=/", `SameSite=${options.sameSite ?? "Lax"}`];
  if (options.httpOnly ?? true) parts.push("HttpOnly");
  if (options.secure) parts.push("Secure");
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  if (options.expires) parts.push(`Expires=${options.expires.toUTCString()}`);
  return parts.join("; ");
}

export function clearCookie(name: string, secure: boolean): string {
  return serializeCookie(name, "", { secure, maxAgeSeconds: 0, expires: new Date(0) });
}

/**
 * Both apps may share a host name (localhost:3000 and :3001 share cookies),
 * so every cookie name carries the app. `__Host-` pins it to this origin when secure.
 */
export function cookieName(app: "portal" | "console", purpose: "session" | "csrf" | "lang" | "claim", secure: boolean): string {
  return `${secure ? "__Host-" : ""}hearth-${app}-${purpose}`;
}
