import { afterAll, beforeAll, inject } from "vitest";
import { createDb, type Database, type DbHandle } from "@hearth/db";
import { cloneDatabase, dropDatabase, uniqueName } from "@hearth/db/testing";

/** A private database for this test file, cloned from the migrated template. */
export function useTestDatabase(): () => Database {
  let handle: DbHandle | undefined;
  let name = "";
  const server = inject("testServerUrl");
  beforeAll(async () => {
    name = uniqueName("hearth_test");
    const url = await cloneDatabase(server, inject("templateDatabase"), name);
    handle = await createDb({ url, maxConnections: 5 });
  });
  afterAll(async () => {
    await handle?.close();
    if (name) await dropDatabase(server, name);
  });
  return () => {
    if (!handle) throw new Error("test database used outside a test");
    return handle.db;
  };
}
