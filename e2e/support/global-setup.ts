import { createDb, migrate } from "@hearth/db";
import { databaseUrl, dropDatabase, testServerUrl, uniqueName, withAdmin } from "@hearth/db/testing";
import { startHost, stopHost } from "@hearth/tooling/host-process";

export const PORTS = { portal: 4100, console: 4101 };

/** A fresh database on a real PostgreSQL server and both built apps serving it. */
export default async function globalSetup() {
  const server = await testServerUrl();
  const name = uniqueName("hearth_e2e");
  await withAdmin(server, (sql) => sql.unsafe(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(server, name);
  const handle = await createDb({ url, maxConnections: 1 });
  await migrate(handle);
  await handle.close();

  const host = await startHost({ DATABASE_URL: url, SEED_DEMO_DATA: "false" }, PORTS);
  process.env.E2E_DATABASE_URL = url;
  process.env.E2E_PORTAL_URL = `http://localhost:${PORTS.portal}`;
  process.env.E2E_CONSOLE_URL = `http://localhost:${PORTS.console}`;

  return async () => {
    await stopHost(host);
    await dropDatabase(server, name);
  };
}
