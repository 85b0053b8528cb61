import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { createDb } from "./client.js";
import { migrate, migrationsFolder } from "./migrate.js";
import { cloneDatabase, dropDatabase, uniqueName } from "./testing/server.js";

const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as { entries: unknown[] };

async function tables(handle: Awaited<ReturnType<typeof createDb>>): Promise<string[]> {
  // PGlite returns { rows }, postgres.js an array: both are read the same way here.
  const result = (await handle.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`)) as unknown;
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { table_name: string }[];
  return rows.map((r) => r.table_name);
}

describe("migrations", () => {
  it("build the same schema on embedded PGlite, and re-running them changes nothing", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "hearth-pglite-"));
    const handle = await createDb({ dataDir: dir });
    try {
      await migrate(handle);
      await migrate(handle);
      expect(handle.kind).toBe("pglite");
      expect(await tables(handle)).toEqual(expect.arrayContaining(["audit_log", "residents", "sessions", "tenancies", "users"]));
      await handle.db.execute(sql`insert into audit_log (action, subject_type) values ('test.row', 'test')`);
      await expect(handle.db.execute(sql`delete from audit_log`)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/append-only/) } });
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("are all recorded on a real PostgreSQL server", async () => {
    const server = inject("testServerUrl");
    const name = uniqueName("hearth_migrate");
    const handle = await createDb({ url: await cloneDatabase(server, inject("templateDatabase"), name), maxConnections: 1 });
    try {
      await migrate(handle);
      expect(handle.kind).toBe("postgres");
      const applied = await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      expect((applied as unknown as { n: number }[])[0]?.n).toBe(journal.entries.length);
    } finally {
      await handle.close();
      await dropDatabase(server, name);
    }
  });
});
