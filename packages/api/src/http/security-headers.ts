/** Headers for every response; `nonce` admits only our own inline scripts. */
export function securityHeaders(options: { nonce: string; https: boolean; dev: boolean }): Record<string, string> {
  const connect = options.dev ? "'self' ws: wss:" : "'self'";
  // Vite's dev client injects inline scripts without our nonce.
  const script = options.dev ? "'self' 'unsafe-inline'" : `'self' 'nonce-${options.nonce}'`;
  const csp = [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
  const headers: Record<string, string> = {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  };
  if (options.https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
