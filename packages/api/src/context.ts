import type { Database } from "@hearth/db";
import type { Locale, Role } from "@hearth/domain/identity";
import type { Logger } from "pino";

export type AppName = "portal" | "console";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  residentId: string | null;
  landlordId: string | null;
  mustChangePassword: boolean;
  /** From the resident profile; null for staff-only accounts. */
  preferredLanguage: string | null;
}

export interface Context {
  db: Database;
  app: AppName;
  /** Id (token hash) of the current session, when signed in. */
  sessionId: string | null;
  user: SessionUser | null;
  /** Client network address, for throttling and the audit log. */
  address: string;
  locale: Locale;
  log: Logger;
  now: () => Date;
}
