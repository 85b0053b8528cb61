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
const consoleApp = `http://localhost:${PORTS.console}`;

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

/** Signs a demo account in through the real form (CSRF token and all) and returns its cookies. */
async function signInCookie(origin: string, role: (typeof DEMO_ACCOUNTS)[number]["role"], returnTo: string): Promise<string> {
  const page = await fetch(`${origin}/sign-in`);
  const csrfCookie = cookiesFrom(page);
  const token = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? "";
  const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
  const res = await fetch(`${origin}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin },
    body: new URLSearchParams({ csrf: token, email: account.email, password: DEMO_PASSWORD, returnTo }),
  });
  if (res.status !== 303) throw new Error(`${role} sign-in failed with ${res.status}`);
  return `${csrfCookie}; ${cookiesFrom(res)}`;
}

/** A settled demo review: the first one whose summary the portal publishes. */
async function publishedReview(): Promise<string> {
  const html = await (await fetch(`${portal}/reviews`)).text();
  const reference = /href="\/reviews\/(SR-\d{4}-\d{3})"/.exec(html)?.[1];
  if (!reference) throw new Error("the demo data publishes no review summary");
  return reference;
}

/** The demo's published election: last year's, whose results the portal shows. */
async function publishedElection(): Promise<string> {
  const html = await (await fetch(`${portal}/elections`)).text();
  const reference = /href="\/elections\/(EL-\d{4}-\d{3})\/results"/.exec(html)?.[1];
  if (!reference) throw new Error("the demo data publishes no election");
  return reference;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "hearth-bench-"));
const host = await startHost({ HEARTH_DATA_DIR: dataDir, DATABASE_URL: "", COOKIE_SECURE: "false" }, PORTS);
try {
  const cookie = await signInCookie(portal, "resident", "/account");
  const staff = await signInCookie(consoleApp, "staff", "/");
  const approved = await publishedReview();
  const election = await publishedElection();
  const rows = [
    await load("GET /healthz (database round trip)", `${portal}/healthz`, 3000, 16),
    await load("GET / (server-rendered home page)", `${portal}/`, 1500, 16),
    await load("GET /account (session check + profile query + render)", `${portal}/account`, 1500, 16, { cookie }),
    await load("GET /reviews, portal (published summaries)", `${portal}/reviews`, 1000, 16),
    await load("GET /elections/:ref/results, portal (published count)", `${portal}/elections/${election}/results`, 500, 16),
    await load("GET /elections, portal signed in (what a resident can vote in or stand for)", `${portal}/elections`, 500, 16, { cookie }),
    await load("GET /complaints, console (queue, 5 joins, first page)", `${consoleApp}/complaints`, 500, 8, { cookie: staff }),
    await load("GET /complaints/performance (year's report, SVG charts)", `${consoleApp}/complaints/performance`, 300, 8, { cookie: staff }),
    await load("GET /reviews, console (four-year programme + breaches)", `${consoleApp}/reviews`, 300, 8, { cookie: staff }),
    await load("GET /reviews/:ref (workspace: facts from every review table)", `${consoleApp}/reviews/${approved}`, 500, 8, { cookie: staff }),
    await load("GET /reviews/:ref/residents-said (golden thread)", `${consoleApp}/reviews/${approved}/residents-said`, 300, 8, { cookie: staff }),
    await load("GET /reviews/:ref/cover-report.pdf (PDF built per request)", `${consoleApp}/reviews/${approved}/cover-report.pdf`, 60, 4, { cookie: staff }),
  ];
  report("http", rows, { database: "embedded PGlite", apps: "built, one host process" });
} finally {
  await stopHost(host);
  rmSync(dataDir, { recursive: true, force: true });
}
