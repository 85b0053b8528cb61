import { spawn, type ChildProcess } from "node:child_process";

import { REPO_ROOT } from "./apps.js";

/** Starts the built apps through the same host as `pnpm start` and waits for /healthz. */
export async function startHost(env: Record<string, string>, ports: { portal: number; console: number }): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "tooling/server/host.ts"], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORTAL_PORT: String(ports.portal), CONSOLE_PORT: String(ports.console), LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 90_000;
  for (const port of [ports.portal, ports.console]) {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Hearth host exited with ${child.exitCode} before serving port ${port}`);
      try {
        const res = await fetch(`http://localhost:${port}/healthz`);
        if (res.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`Hearth did not answer on port ${port} within 90 s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return child;
}

export function stopHost(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
