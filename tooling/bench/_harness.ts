import os from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../server/apps.js";

export interface Row {
  [column: string]: string | number;
}

/** Prints the rows as a table and keeps them in bench/results/<name>.json with the machine it ran on. */
export function report(name: string, rows: Row[], notes: Record<string, unknown> = {}): void {
  console.table(rows);
  const dir = path.join(REPO_ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const machine = { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpuCount() };
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify({ name, ranAt: new Date().toISOString(), machine, notes, rows }, null, 2) + "\n");
}

function cpuCount(): string {
  return String(os.availableParallelism());
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
