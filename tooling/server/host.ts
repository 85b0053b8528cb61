// Runs the portal and the console. One process can host both: the embedded
// database (PGlite) allows a single process only, and with a real Postgres
// each app can equally run alone (--only portal|console) behind a balancer.
import { parseArgs } from "node:util";
import { createDb, migrate } from "@hearth/db";
import { createLogger, createMailer, loadConfig, startJobWorker } from "@hearth/api/server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "@hearth/api/seed";
import { createAppServer } from "./app-server.js";
import { APPS, type AppId } from "./apps.js";

const { values } = parseArgs({ options: { dev: { type: "boolean", default: false }, only: { type: "string" } } });
// React and Express choose their production code when first loaded (the app
// builds, imported below) from process.env: without this the built apps
// rendered with React's development build, which checks every element's props
// on every request.
process.env.NODE_ENV = values.dev ? "development" : (process.env.NODE_ENV ?? "production");
const log = createLogger({ name: "hearth" });

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const apps: AppId[] = values.only ? [values.only as AppId] : ["portal", "console"];
if (apps.some((app) => !(app in APPS))) {
  console.error(`--only must be portal or console (got "${values.only}")`);
  process.exit(1);
}

const handle = await createDb({ url: config.DATABASE_URL, dataDir: config.HEARTH_DATA_DIR ? `${config.HEARTH_DATA_DIR}/pglite` : undefined });
await migrate(handle);
log.info({ database: handle.kind, location: handle.location }, "database ready");
const seeded = handle.kind === "pglite" && config.SEED_DEMO_DATA ? await seedDemoData(handle.db) : null;
// Every host runs a worker: the queue is shared through Postgres, so instances never do a job twice.
const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
const worker = startJobWorker({ db: handle.db, log: log.child({ component: "jobs" }), mailer });
log.info({ email: mailer ? "smtp" : "off" }, "job worker started");

const servers: import("node:http").Server[] = [];
for (const app of apps) {
  const port = config[APPS[app].portKey];
  const server = await createAppServer({ app, db: handle.db, log, config, dev: values.dev });
  servers.push(
    await new Promise<import("node:http").Server>((resolve) => {
      const listening = server.listen(port, config.HOST, () => resolve(listening));
    }),
  );
}

const lines = [
  "",
  "Hearth is running:",
  ...apps.map((app) => `  ${app.padEnd(8)} http://${config.HOST}:${config[APPS[app].portKey]}`),
];
if (seeded) {
  lines.push(
    "",
    `Demo sign-ins (password "${DEMO_PASSWORD}"):`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(17)} ${a.email}  (${a.role === "resident" ? "portal" : "console"})`),
    `Try "Set up your account" with tenancy ${seeded.claimable.tenancyReference}, postcode ${seeded.claimable.postcode}, last name ${seeded.claimable.lastName}.`,
  );
}
console.log(lines.join("\n") + "\n");

const stop = async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await worker.stop();
  mailer?.close?.();
  await handle.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
