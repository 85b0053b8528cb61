// Counting benchmark (issue 3): times the hearth-count command end to end,
// as a user runs it, and records wall time and peak memory.
//
//   1. all 21 Glasgow 2007 wards, Scottish STV, in one call;
//   2. a synthetic 1,000,000-ballot, 15-candidate, 5-seat Scottish STV count
//      from a .blt file generated (seeded, so always the same) in a temp dir;
//   3. Method of Equal Shares with Add1 on Warszawa 2026 (61,668 voters,
//      83 projects), read from ../shared/data/pb/bench/ beside the repository.
//
// Each case runs several times; the median wall time is reported with the
// largest peak RSS. Results go to bench/results/counting.json.
//
//   node --import tsx tooling/bench/counting.ts        (HEARTH_BENCH_RUNS=5 for more runs)
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { countScottishStv, parseBlt } from "../../packages/domain/src/elections/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const runs = Math.max(1, Number(process.env["HEARTH_BENCH_RUNS"] ?? 3) || 3);
const wardsDir = join(root, "packages/domain/src/elections/fixtures");
const warszawa = resolve(root, "../shared/data/pb/bench/Poland_Warszawa_2026.pb");

if (!existsSync(warszawa)) {
  process.stderr.write(
    `counting benchmark: ${warszawa} is missing.\n` +
      "It is the Warszawa 2026 pabulib file from the shared reference data; check out shared/ beside the repository.\n",
  );
  process.exit(1);
}

interface Measure {
  wallMs: number;
  peakRssMiB: number;
  stdout: string;
}

/** Runs hearth-count as `pnpm hearth-count` does, capturing the child's own peak RSS. */
function hearthCount(args: string[], scratch: string): Measure {
  const rssFile = join(scratch, "rss");
  const reportRss =
    'data:text/javascript,import{writeFileSync}from"node:fs";' +
    'process.on("exit",()=>writeFileSync(process.env.HEARTH_BENCH_RSS_FILE,String(process.resourceUsage().maxRSS)))';
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--import", "tsx", "--import", reportRss, "apps/count/src/main.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, HEARTH_BENCH_RSS_FILE: rssFile },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`hearth-count ${args.join(" ")} failed (${run.status}): ${run.stderr.trim()}`);
  const peakRssMiB = Number(readFileSync(rssFile, "utf8")) / 1024;
  return { wallMs, peakRssMiB, stdout: run.stdout };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Deterministic 32-bit generator (mulberry32) for the synthetic ballots. */
function generator(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One paper per line, as an unmerged export would be: rankings drawn from a
 * Plackett-Luce model with unequal candidate support, lengths geometric
 * (about 3.6 preferences on average, up to all 15).
 */
function writeSyntheticBlt(path: string, ballots: number, candidates: number, seats: number): void {
  const random = generator(20070503);
  const strength = Array.from({ length: candidates }, (_, i) => 1 / (i + 1.5));
  const fd = openSync(path, "w");
  writeSync(fd, `${candidates} ${seats}\n`);
  let chunk: string[] = [];
  const available = new Array<number>(candidates);
  for (let b = 0; b < ballots; b++) {
    let length = 1;
    while (length < candidates && random() < 0.72) length++;
    for (let i = 0; i < candidates; i++) available[i] = strength[i] as number;
    let total = strength.reduce((s, x) => s + x, 0);
    const prefs: number[] = [];
    for (let k = 0; k < length; k++) {
      let x = random() * total;
      let pick = -1;
      for (let i = 0; i < candidates; i++) {
        const w = available[i] as number;
        if (w === 0) continue;
        pick = i;
        x -= w;
        if (x < 0) break;
      }
      prefs.push(pick + 1);
      total -= available[pick] as number;
      available[pick] = 0;
    }
    chunk.push(`1 ${prefs.join(" ")} 0`);
    if (chunk.length === 50_000) {
      writeSync(fd, `${chunk.join("\n")}\n`);
      chunk = [];
    }
  }
  if (chunk.length > 0) writeSync(fd, `${chunk.join("\n")}\n`);
  writeSync(fd, "0\n");
  for (let i = 0; i < candidates; i++) writeSync(fd, `"Candidate ${i + 1}"\n`);
  writeSync(fd, '"Synthetic 1,000,000-ballot count"\n');
  closeSync(fd);
}

interface Case {
  name: string;
  description: string;
  args: string[];
  expectLines: number;
  target: { wallMs: number | null; peakRssMiB: number | null };
  reference: string | null;
}

const scratch = mkdtempSync(join(tmpdir(), "hearth-bench-"));
try {
  const wardFiles = glasgowWards(wardsDir);
  const synthetic = join(scratch, "synthetic-1m.blt");
  const generatedAt = process.hrtime.bigint();
  writeSyntheticBlt(synthetic, 1_000_000, 15, 5);
  const generationMs = Number(process.hrtime.bigint() - generatedAt) / 1e6;
  const syntheticBytes = readFileSync(synthetic);

  // In-process split of the big count, to show where the time goes.
  const parseStart = process.hrtime.bigint();
  const election = parseBlt(syntheticBytes);
  const parseMs = Number(process.hrtime.bigint() - parseStart) / 1e6;
  const countStart = process.hrtime.bigint();
  const big = countScottishStv(election);
  const countMs = Number(process.hrtime.bigint() - countStart) / 1e6;

  const cases: Case[] = [
    {
      name: "glasgow-2007-21-wards",
      description: "Scottish STV, all 21 Glasgow 2007 wards in one hearth-count call",
      args: ["stv", ...wardFiles],
      expectLines: wardFiles.length,
      target: { wallMs: null, peakRssMiB: null },
      reference: null,
    },
    {
      name: "stv-synthetic-1m",
      description: "Scottish STV, synthetic 1,000,000 ballots, 15 candidates, 5 seats, from a .blt file",
      args: ["stv", synthetic],
      expectLines: 1,
      target: { wallMs: 1700, peakRssMiB: 1024 },
      reference: "Python reference counter: about 17 s and 400 MB on this class of machine (issue 3)",
    },
    {
      name: "mes-add1-warszawa-2026",
      description: "Method of Equal Shares, Add1 completion, exact arithmetic, Warszawa 2026 (61,668 voters, 83 projects)",
      args: ["pb", "--rule", "mes", "--completion", "add1", warszawa],
      expectLines: 1,
      target: { wallMs: 5000, peakRssMiB: null },
      reference: "Reference JavaScript implementation (floating point): about 20 s (issue 3)",
    },
  ];

  const results = cases.map((c) => {
    const measures: Measure[] = [];
    for (let i = 0; i < runs; i++) measures.push(hearthCount(c.args, scratch));
    const outputLines = (measures[0] as Measure).stdout.trim().split("\n");
    if (outputLines.length !== c.expectLines) throw new Error(`${c.name}: expected ${c.expectLines} output lines, got ${outputLines.length}`);
    const walls = measures.map((m) => m.wallMs);
    const wallMedian = median(walls);
    const peak = Math.max(...measures.map((m) => m.peakRssMiB));
    const pass =
      (c.target.wallMs === null || wallMedian < c.target.wallMs) && (c.target.peakRssMiB === null || peak < c.target.peakRssMiB);
    const outcomes = outputLines.map((line) => summarise(JSON.parse(line) as Record<string, unknown>));
    return {
      name: c.name,
      description: c.description,
      runs,
      wallMs: { median: round(wallMedian), min: round(Math.min(...walls)), max: round(Math.max(...walls)), all: walls.map(round) },
      peakRssMiB: round(peak),
      target: c.target,
      pass,
      reference: c.reference,
      outcomes,
    };
  });

  const report = {
    benchmark: "counting",
    issue: 3,
    date: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "", memoryGiB: round(totalmem() / 2 ** 30) },
    method: "hearth-count run as a child process (node --import tsx apps/count/src/main.ts), wall time including start-up; peak RSS of that process; median of the runs",
    synthetic: {
      ballots: 1_000_000,
      candidates: 15,
      seats: 5,
      fileBytes: syntheticBytes.length,
      distinctRankings: election.ballots.length,
      generationMs: round(generationMs),
      inProcess: { parseMs: round(parseMs), countMs: round(countMs), stages: big.stages.length },
    },
    results,
  };

  const outDir = join(root, "bench/results");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "counting.json"), `${JSON.stringify(report, null, 2)}\n`);

  const rows = results.map((r) => [
    r.name,
    `${r.wallMs.median.toFixed(0)} ms`,
    `${r.wallMs.min.toFixed(0)}-${r.wallMs.max.toFixed(0)} ms`,
    `${r.peakRssMiB.toFixed(0)} MiB`,
    r.target.wallMs === null ? "-" : `< ${r.target.wallMs} ms${r.target.peakRssMiB === null ? "" : `, < ${r.target.peakRssMiB} MiB`}`,
    r.target.wallMs === null ? "-" : r.pass ? "pass" : "MISS",
  ]);
  printTable(["case", "median wall", "range", "peak RSS", "target", ""], rows);
  process.stdout.write(
    `\n1M-ballot file: ${(syntheticBytes.length / 2 ** 20).toFixed(1)} MiB, ${election.ballots.length} distinct rankings; ` +
      `in process: parse ${parseMs.toFixed(0)} ms, count ${countMs.toFixed(0)} ms (${big.stages.length} stages).\n` +
      `${runs} run(s) each; written to bench/results/counting.json\n`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** The 21 Glasgow 2007 ward files, from the project's own test fixtures. */
function glasgowWards(dir: string): string[] {
  const names = [
    "Anderston-City", "Baillieston", "Calton", "Canal", "Craigton", "Drumchapel-Anniesland", "East-Centre",
    "Garscadden-Scotsounhill", "Govan", "Greater-Pollock", "Hillhead", "Langside", "Linn", "Maryhill-Kelvin",
    "Newlands-Auldburn", "North-East", "Partick-West", "Pollokshields", "Shettleston", "Southside-Central", "Springburn",
  ];
  return names.map((n) => join(dir, `${n}-2007.blt`));
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/** What each count decided, so a result file shows the benchmark counted the right thing. */
function summarise(result: Record<string, unknown>): Record<string, unknown> {
  const file = String(result["file"] ?? "").split("/").pop();
  if ("elected" in result) return { file, elected: result["elected"], stages: Array.isArray(result["stages"]) ? result["stages"].length : null };
  return { file, selected: Array.isArray(result["selected"]) ? result["selected"].length : null, totalCost: result["totalCost"] };
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] as number)).join("  ").trimEnd();
  process.stdout.write(`${line(header)}\n${line(widths.map((w) => "-".repeat(w)))}\n${rows.map(line).join("\n")}\n`);
}
