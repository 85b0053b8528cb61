// Vitest globalSetup: one migrated template database per test run; each test
// file clones it (see @hearth/api/testing), so files never share rows.
import type { TestProject } from "vitest/node";
import { createDb } from "../client.js";
import { migrate } from "../migrate.js";
import { databaseUrl, dropDatabase, testServerUrl, uniqueName, withAdmin } from "./server.js";

export default async function setup(project: TestProject) {
  const serverUrl = await testServerUrl();
  const template = uniqueName("hearth_tpl");
  await withAdmin(serverUrl, (sql) => sql.unsafe(`CREATE DATABASE "${template}"`));
  const handle = await createDb({ url: databaseUrl(serverUrl, template), maxConnections: 1 });
  try {
    await migrate(handle);
  } finally {
    await handle.close();
  }
  project.provide("testServerUrl", serverUrl);
  project.provide("templateDatabase", template);
  return async () => {
    await dropDatabase(serverUrl, template);
  };
}
