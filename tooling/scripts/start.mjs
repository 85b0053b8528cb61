#!/usr/bin/env node
// `pnpm start`: build both apps (turbo caches unchanged builds), then serve
// them from one process on the embedded database unless DATABASE_URL is set.
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const build = spawnSync("pnpm", ["exec", "turbo", "run", "build", "--filter=@hearth/portal", "--filter=@hearth/console", "--output-logs=errors-only"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const host = spawn(process.execPath, ["--import", "tsx", "tooling/server/host.ts", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => host.kill(signal));
host.on("exit", (code) => process.exit(code ?? 0));
