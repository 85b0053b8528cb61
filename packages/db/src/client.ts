import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import * as schema from "./schema/index.js";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Repository functions take either, so callers decide the transaction boundary. */
export type Executor = Database | Transaction;

export interface DbHandle {
  db: Database;
  kind: "pglite" | "postgres";
  /** Human-readable location for logs, without credentials. */
  location: string;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** postgres:// URL; when absent the embedded PGlite database is used. */
  url?: string;
  /** Where PGlite keeps its files (default: `.data/pglite` under the working directory). */
  dataDir?: string;
  /** Pool size for postgres.js. */
  maxConnections?: number;
}

/** The repository root (where pnpm-workspace.yaml lives), so every package script shares one `.data/`. */
function workspaceRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, "pnpm-workspace.yaml"))) {
    const parent = path.dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
  return dir;
}

export function defaultDataDir(): string {
  const base = process.env.HEARTH_DATA_DIR ?? path.join(workspaceRoot(process.cwd()), ".data");
  return path.resolve(base, "pglite");
}

export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  const url = options.url ?? process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(url, { max: options.maxConnections ?? 10, onnotice: () => {} });
    const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
    const where = new URL(url);
    return { db, kind: "postgres", location: `${where.hostname}:${where.port || 5432}${where.pathname}`, close: () => client.end() };
  }
  const dataDir = options.dataDir ?? defaultDataDir();
  mkdirSync(dataDir, { recursive: true });
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const client = await PGlite.create(dataDir);
  const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
  return { db, kind: "pglite", location: dataDir, close: () => client.close() };
}
