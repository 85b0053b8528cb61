import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import pino from "pino";
import { beforeEach, describe, expect, it } from "vitest";
import { createDb, migrate, schema, type Database } from "@hearth/db";
import { useTestDatabase } from "../testing/index.js";
import { PermanentJobError, type JobHandler } from "./handler.js";
import { retryDelayMs, startJobWorker, type JobWorkerOptions } from "./worker.js";

const { jobs } = schema;
const silent = pino({ level: "silent" });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function worker(db: Database, handlers: Record<string, JobHandler<never>>, options: Partial<JobWorkerOptions> = {}) {
  return startJobWorker({ db, log: silent, mailer: null, pollMs: null, handlers, ...options });
}

async function addJobs(db: Database, kind: string, n: number, values: Partial<typeof jobs.$inferInsert> = {}) {
  const rows = Array.from({ length: n }, (_, i) => ({ kind, payload: { n: i }, ...values }));
  return db.insert(jobs).values(rows).returning();
}

async function job(db: Database, id: number) {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row!;
}

describe("job worker", () => {
  const db = useTestDatabase();
  beforeEach(async () => {
    await db().delete(jobs);
  });

  it("never runs a job twice when two workers drain the queue at once", async () => {
    const added = await addJobs(db(), "test.record", 30);
    const runs: number[] = [];
    const record: JobHandler<unknown> = async (_, { jobId }) => {
      runs.push(jobId);
      await pause(5); // long enough for the other worker to claim in the meantime
    };
    const a = worker(db(), { "test.record": record }, { batchSize: 3 });
    const b = worker(db(), { "test.record": record }, { batchSize: 3 });
    const [byA, byB] = await Promise.all([a.runOnce(), b.runOnce()]);
    expect(byA + byB).toBe(30);
    expect(byA).toBeGreaterThan(0);
    expect(byB).toBeGreaterThan(0);
    expect([...runs].sort((x, y) => x - y)).toEqual(added.map((j) => j.id).sort((x, y) => x - y));
    const states = await db().select({ state: jobs.state, attempts: jobs.attempts }).from(jobs);
    expect(states.every((s) => s.state === "done" && s.attempts === 1)).toBe(true);
  });

  it("retries a failing job later and later, then gives up with the last error", async () => {
    const start = new Date();
    let now = start;
    const [added] = await addJobs(db(), "test.fail", 1, { runAt: start, maxAttempts: 3 });
    const w = worker(db(), { "test.fail": async () => Promise.reject(new Error("mail server down")) }, { now: () => now });

    expect(await w.runOnce()).toBe(1);
    let row = await job(db(), added!.id);
    expect(row).toMatchObject({ state: "queued", attempts: 1, lastError: "mail server down", lockedAt: null });
    expect(row.runAt.getTime()).toBe(start.getTime() + retryDelayMs(1));
    expect(await w.runOnce()).toBe(0); // not due yet

    now = row.runAt;
    expect(await w.runOnce()).toBe(1);
    row = await job(db(), added!.id);
    expect(row.runAt.getTime() - now.getTime()).toBe(retryDelayMs(2));
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));

    now = row.runAt;
    expect(await w.runOnce()).toBe(1);
    row = await job(db(), added!.id);
    expect(row).toMatchObject({ state: "failed", attempts: 3, lastError: "mail server down" });
    expect(row.finishedAt).not.toBeNull();
    now = new Date(now.getTime() + 24 * 3_600_000);
    expect(await w.runOnce()).toBe(0);
  });

  it("fails at once when retrying cannot help", async () => {
    const [unknown] = await addJobs(db(), "test.nobody-handles-this", 1);
    const [gone] = await addJobs(db(), "test.gone", 1);
    await worker(db(), { "test.gone": async () => Promise.reject(new PermanentJobError("complaint deleted")) }).runOnce();
    expect(await job(db(), unknown!.id)).toMatchObject({ state: "failed", attempts: 1, lastError: expect.stringContaining("no handler") });
    expect(await job(db(), gone!.id)).toMatchObject({ state: "failed", attempts: 1, lastError: "complaint deleted" });
  });

  it("takes over a job left running by a worker that died, but not one still in hand", async () => {
    const now = new Date();
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    const [abandoned] = await addJobs(db(), "test.record", 1, { state: "running", attempts: 1, lockedAt: minutesAgo(10), runAt: minutesAgo(11) });
    const [inHand] = await addJobs(db(), "test.record", 1, { state: "running", attempts: 1, lockedAt: minutesAgo(1), runAt: minutesAgo(2) });
    const ran: number[] = [];
    await worker(db(), { "test.record": async (_, { jobId }) => void ran.push(jobId) }, { now: () => now }).runOnce();
    expect(ran).toEqual([abandoned!.id]);
    expect(await job(db(), abandoned!.id)).toMatchObject({ state: "done", attempts: 2 });
    expect(await job(db(), inHand!.id)).toMatchObject({ state: "running", attempts: 1 });
  });

  it("ignores the late result of a worker whose job was taken over", async () => {
    const [added] = await addJobs(db(), "test.slow", 1);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const slow: JobHandler<unknown> = async () => {
      calls += 1;
      if (calls === 1) {
        await gate;
        throw new Error("too late");
      }
    };
    const stuck = worker(db(), { "test.slow": slow }).runOnce();
    while (calls === 0) await pause(5);
    const later = new Date(Date.now() + 10 * 60_000);
    expect(await worker(db(), { "test.slow": slow }, { now: () => later }).runOnce()).toBe(1);
    release();
    await stuck;
    expect(await job(db(), added!.id)).toMatchObject({ state: "done", attempts: 2, lastError: null });
  });

  it("polls by itself, and stop() waits for the job in hand", async () => {
    const [added] = await addJobs(db(), "test.record", 1);
    let finished = false;
    const w = startJobWorker({
      db: db(),
      log: silent,
      mailer: null,
      pollMs: 10,
      handlers: { "test.record": async () => void (await pause(20), (finished = true)) },
    });
    while ((await job(db(), added!.id)).state === "queued") await pause(5);
    await w.stop();
    expect(finished).toBe(true);
    expect((await job(db(), added!.id)).state).toBe("done");
  });
});

describe("job worker on embedded PGlite", () => {
  it("claims and runs jobs with the same SQL", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "hearth-jobs-"));
    const handle = await createDb({ dataDir: dir });
    try {
      await migrate(handle);
      await handle.db.insert(jobs).values([{ kind: "test.record", payload: {} }, { kind: "test.record", payload: {} }]);
      const w = worker(handle.db, { "test.record": async () => {} });
      expect(await w.runOnce()).toBe(2);
      const rows = await handle.db.select({ state: jobs.state }).from(jobs);
      expect(rows.map((r) => r.state)).toEqual(["done", "done"]);
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
