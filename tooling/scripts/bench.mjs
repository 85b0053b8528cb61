#!/usr/bin/env node
// `pnpm bench`: runs every benchmark in tooling/bench/ in turn; each prints a
// table and writes bench/results/<name>.json.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const only = process.argv.slice(2);
const benches = readdirSync(path.join(root, "tooling/bench"))
  .filter((file) => file.endsWith(".ts") && !file.startsWith("_"))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)));
let failed = 0;
for (const file of benches) {
  console.log(`\n## ${file}`);
  const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", path.join("tooling/bench", file)], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
