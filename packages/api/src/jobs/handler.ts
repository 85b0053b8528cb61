import type { Logger } from "pino";
import type { Database } from "@hearth/db";
import type { Mailer } from "./mailer.js";

export interface JobContext {
  db: Database;
  log: Logger;
  mailer: Mailer | null;
  jobId: number;
  now: () => Date;
}

/**
 * Does one job. It may run more than once (a retry, or a worker presumed dead
 * whose job was taken over), so whatever it writes must be idempotent.
 */
export type JobHandler<P> = (payload: P, context: JobContext) => Promise<void>;

/** Thrown by a handler when retrying cannot help (e.g. the complaint no longer exists). */
export class PermanentJobError extends Error {
  override name = "PermanentJobError";
}
