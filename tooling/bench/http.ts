// HTTP throughput of the built apps on the embedded database, as `pnpm start`
// serves them: bounded request counts, loopback only.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startHost, stopHost } from "../server/host-process.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@hearth/api/seed";
import { percentile, report, type Row } from "./_harness.js";

const PORTS = { portal: 4300, console: 4301 };
const portal = `http://localhost:${PORTS.portal}`;

async function load(label: string, url: string, total: number, concurrency: number, headers: Record<string, string> = {}): Promise<Row> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const t0 = performance.now();
        const res = await fetch(url, { headers, redirect: "manual" });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { request: label, requests: total, concurrency, "req/s": Math.round(total / seconds), "p50 ms": +percentile(latencies, 50).toFixed(1), "p95 ms": +percentile(latencies, 95).toFixed(1), errors };
}

function cookiesFrom(res: Response): string {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function signInCookie(): Promise<string> {
  const page = await fetch(`${portal}/sign-in`);
  const csrfCookie = cookiesFrom(page);
  const token = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? "";
  const resident = DEMO_ACCOUNTS.find((a) => a.role === "resident")!;
  const res = await fetch(`${portal}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: portal },
    body: new URLSearchParams({ csrf: token, email: resident.email, password: DEMO_PASSWORD, returnTo: "/account" }),
  });
  if (res.status !== 303) throw new Error(`sign-in failed with ${res.status}`);
  return `${csrfCookie}; ${cookiesFrom(res)}`;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "hearth-bench-"));
const host = await startHost({ HEARTH_DATA_DIR: dataDir, DATABASE_URL: "", COOKIE_SECURE: "false" }, PORTS);
try {
  const cookie = await signInCookie();
  const rows = [
    await load("GET /healthz (database round trip)", `${portal}/healthz`, 3000, 16),
    await load("GET / (server-rendered home page)", `${portal}/`, 1500, 16),
    await load("GET /account (session check + profile query + render)", `${portal}/account`, 1500, 16, { cookie }),
  ];
  report("http", rows, { database: "embedded PGlite", apps: "built, one host process" });
} finally {
  await stopHost(host);
  rmSync(dataDir, { recursive: true, force: true });
}
