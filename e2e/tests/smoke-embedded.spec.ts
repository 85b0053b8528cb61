import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@hearth/api/seed";
import { startHost, stopHost } from "@hearth/tooling/host-process";
import { expect, test } from "../support/fixtures.js";

// `pnpm start` without DATABASE_URL: embedded PGlite, migrated and seeded on first run.
const PORTS = { portal: 4200, console: 4201 };
let host: ChildProcess | undefined;
let dataDir = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dataDir = mkdtempSync(path.join(os.tmpdir(), "hearth-smoke-"));
  host = await startHost({ HEARTH_DATA_DIR: dataDir, DATABASE_URL: "", SEED_DEMO_DATA: "true" }, PORTS);
});

test.afterAll(async () => {
  if (host) await stopHost(host);
  rmSync(dataDir, { recursive: true, force: true });
});

test("the embedded database serves both apps with demo data and demo sign-ins", async ({ page, request }) => {
  for (const port of [PORTS.portal, PORTS.console]) {
    const health = await request.get(`http://localhost:${port}/healthz`);
    expect(await health.json()).toMatchObject({ status: "ok", database: "ok" });
  }
  const resident = DEMO_ACCOUNTS.find((a) => a.role === "resident")!;
  await page.goto(`http://localhost:${PORTS.portal}/sign-in`);
  await page.getByLabel("Email address").fill(resident.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(page.getByText("TEN-000001")).toBeVisible();

  const admin = DEMO_ACCOUNTS.find((a) => a.role === "admin")!;
  await page.goto(`http://localhost:${PORTS.console}/sign-in`);
  await page.getByLabel("Email address").fill(admin.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: "Audit log" }).first()).toBeVisible();
});
