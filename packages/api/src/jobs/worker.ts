// Runs queued jobs. Claiming is one UPDATE over a FOR UPDATE SKIP LOCKED
// sub-select, so any number of workers (app instances) share the queue and a
// job is never handed to two of them at once. The claim commits before the
// handler runs: a handler may take seconds (SMTP) and must not hold row locks.
import { and, asc, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Logger } from "pino";
import { schema, type Database } from "@hearth/db";
import { PermanentJobError, type JobHandler } from "./handler.js";
import { JOB_HANDLERS } from "./handlers/index.js";
import type { Mailer } from "./mailer.js";

const { jobs } = schema;

export interface JobWorkerOptions {
  db: Database;
  log: Logger;
  mailer: Mailer | null;
  /** How often to look for due jobs; null = never by itself, only when `runOnce` is called (tests, e2e). */
  pollMs?: number | null;
  batchSize?: number;
  /** A job still "running" this long after it was claimed is taken to be abandoned by a dead worker. */
  staleAfterMs?: number;
  handlers?: Readonly<Record<string, JobHandler<never>>>;
  now?: () => Date;
}

export interface JobWorker {
  /** Runs every job due now, batch by batch; resolves with how many were run. */
  runOnce(): Promise<number>;
  /** Stops polling and waits for the job in hand to finish. */
  stop(): Promise<void>;
}

const RETRY_BASE_MS = 30_000;
const RETRY_MAX_MS = 60 * 60_000;

/** 30 s, 1 min, 2 min, … capped at an hour: a mail server that is down gets time to come back. */
export function retryDelayMs(attempt: number): number {
  return Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1), RETRY_MAX_MS);
}

type ClaimedJob = { id: number; kind: string; payload: Record<string, unknown>; attempts: number; maxAttempts: number };

async function claim(db: Database, now: Date, staleBefore: Date, limit: number): Promise<ClaimedJob[]> {
  // Postgres stamps run_at in microseconds, JavaScript truncates to the millisecond:
  // a job queued earlier in this same millisecond is due too.
  const dueBy = new Date(now.getTime() + 1);
  const due = or(and(eq(jobs.state, "queued"), lt(jobs.runAt, dueBy)), and(eq(jobs.state, "running"), lt(jobs.lockedAt, staleBefore)));
  const next = db.select({ id: jobs.id }).from(jobs).where(due).orderBy(asc(jobs.runAt), asc(jobs.id)).limit(limit).for("update", { skipLocked: true });
  return db
    .update(jobs)
    .set({ state: "running", lockedAt: now, attempts: sql`${jobs.attempts} + 1` })
    .where(inArray(jobs.id, next))
    .returning({ id: jobs.id, kind: jobs.kind, payload: jobs.payload, attempts: jobs.attempts, maxAttempts: jobs.maxAttempts });
}

/**
 * Only the claim that is still current may settle the job: if this worker was
 * presumed dead and the job reclaimed, `attempts` has moved on and our late
 * result is ignored.
 */
function settle(db: Database, job: ClaimedJob, change: Partial<typeof jobs.$inferInsert>) {
  return db
    .update(jobs)
    .set({ lockedAt: null, ...change })
    .where(and(eq(jobs.id, job.id), eq(jobs.state, "running"), eq(jobs.attempts, job.attempts)));
}

export function startJobWorker(options: JobWorkerOptions): JobWorker {
  const { db, log, mailer, pollMs = 5_000, batchSize = 10, staleAfterMs = 5 * 60_000, now = () => new Date() } = options;
  const handlers: Readonly<Record<string, JobHandler<never>>> = options.handlers ?? JOB_HANDLERS;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();

  async function run(job: ClaimedJob): Promise<void> {
    const handler = handlers[job.kind] as JobHandler<unknown> | undefined;
    try {
      if (job.attempts > job.maxAttempts) throw new PermanentJobError("abandoned by a stopped worker more often than its attempts allow");
      if (!handler) throw new PermanentJobError(`no handler for job kind "${job.kind}"`);
      await handler(job.payload, { db, log: log.child({ job: job.id, kind: job.kind }), mailer, jobId: job.id, now });
      await settle(db, job, { state: "done", finishedAt: now(), lastError: null });
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 2_000);
      const final = error instanceof PermanentJobError || job.attempts >= job.maxAttempts;
      log.warn({ job: job.id, kind: job.kind, attempt: job.attempts, final, err: error }, "job failed");
      await settle(
        db,
        job,
        final ? { state: "failed", finishedAt: now(), lastError: message } : { state: "queued", runAt: new Date(now().getTime() + retryDelayMs(job.attempts)), lastError: message },
      );
    }
  }

  async function runOnce(): Promise<number> {
    let count = 0;
    for (;;) {
      const at = now();
      const batch = await claim(db, at, new Date(at.getTime() - staleAfterMs), batchSize);
      for (const job of batch) await run(job);
      count += batch.length;
      if (batch.length === 0 || stopped) return count;
    }
  }

  const tick = () => {
    inFlight = runOnce()
      .catch((error: unknown) => log.error({ err: error }, "job worker could not poll the queue"))
      .finally(() => {
        if (!stopped && pollMs !== null) timer = setTimeout(tick, pollMs).unref();
      });
  };
  if (pollMs !== null) timer = setTimeout(tick, 0).unref();

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
