import type { Database } from "@hearth/db";
import type { Logger } from "pino";
import type { AppName } from "../context.js";

/**
 * What the HTTP host gives each request (Remix's AppLoadContext). One object
 * per request: Set-Cookie values that loaders add are collected here and
 * written by the app's entry.server.
 */
export interface HearthLoadContext {
  db: Database;
  app: AppName;
  log: Logger;
  address: string;
  cspNonce: string;
  secureCookies: boolean;
  /** The portal's public address (PORTAL_URL), or null to use this host on `portalPort`. */
  portalUrl: string | null;
  portalPort: number;
  responseCookies: string[];
  /** Memoised per request so root and route loaders share one session check. */
  scope?: Promise<unknown>;
}
