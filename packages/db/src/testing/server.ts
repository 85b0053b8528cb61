// A real PostgreSQL server for integration and e2e tests. With TEST_DATABASE_URL
// set (CI sets it) that server is used; otherwise a throwaway cluster is
// started from the machine's PostgreSQL binaries and kept for later runs.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, chownSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type {} from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    templateDatabase: string;
  }
}

const LOCAL_PORT = Number(process.env.HEARTH_TEST_PG_PORT ?? 54329);
const LOCAL_DIR = path.join(os.tmpdir(), `hearth-test-pg-${LOCAL_PORT}`);

function postgresBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

/** PostgreSQL refuses to run as root, so as root the cluster belongs to `postgres`. */
function runAsServerUser(bin: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? "runuser" : bin;
  const fullArgs = asRoot ? ["-u", "postgres", "--", bin, ...args] : args;
  const result = spawnSync(command, fullArgs, { stdio: "pipe", encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${path.basename(bin)} failed: ${result.stderr || result.stdout}`);
  }
}

async function canConnect(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

function startLocalCluster(): void {
  const bin = postgresBinDir();
  if (!bin) {
    throw new Error(
      "No PostgreSQL server for tests: set TEST_DATABASE_URL to a server where the user may create databases, " +
        "or install PostgreSQL (apt-get install postgresql).",
    );
  }
  const asRoot = process.getuid?.() === 0;
  if (!existsSync(path.join(LOCAL_DIR, "PG_VERSION"))) {
    mkdirSync(LOCAL_DIR, { recursive: true });
    if (asRoot) {
      const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
      chownSync(LOCAL_DIR, uid, gid);
    }
    runAsServerUser(path.join(bin, "initdb"), ["-D", LOCAL_DIR, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"]);
    writeFileSync(
      path.join(LOCAL_DIR, "hearth.conf"),
      "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\n",
    );
    runAsServerUser("/bin/sh", ["-c", `echo "include 'hearth.conf'" >> ${LOCAL_DIR}/postgresql.conf`]);
  }
  runAsServerUser(path.join(bin, "pg_ctl"), [
    "-D", LOCAL_DIR, "-l", path.join(LOCAL_DIR, "server.log"), "-w", "-t", "30",
    "-o", `-p ${LOCAL_PORT} -k ${LOCAL_DIR} -c listen_addresses=127.0.0.1`, "start",
  ]);
}

/** URL of a server where the tests may create and drop databases. */
export async function testServerUrl(): Promise<string> {
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) {
    if (!(await canConnect(configured))) throw new Error(`TEST_DATABASE_URL is set but no server answers there.`);
    return configured;
  }
  const local = `postgres://postgres@127.0.0.1:${LOCAL_PORT}/postgres`;
  if (await canConnect(local)) return local;
  startLocalCluster();
  if (!(await canConnect(local))) throw new Error(`Started PostgreSQL in ${LOCAL_DIR} but cannot connect to it.`);
  return local;
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(serverUrl: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, async (sql) => {
    await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

/** Copies a migrated template: far faster than migrating a database per test file. */
export async function cloneDatabase(serverUrl: string, template: string, name: string): Promise<string> {
  await withAdmin(serverUrl, async (sql) => {
    await sql.unsafe(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  });
  return databaseUrl(serverUrl, name);
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
