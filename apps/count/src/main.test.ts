// The command-line contract, checked by running the real program.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));
const stvFixtures = fileURLToPath(new URL("../../../packages/domain/src/elections/fixtures/", import.meta.url));
const pbFixtures = fileURLToPath(new URL("../../../packages/domain/src/budgeting/fixtures/", import.meta.url));

function hearthCount(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts", ...args], { cwd: appDir, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function lines(text: string): Record<string, unknown>[] {
  return text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const scratch = mkdtempSync(join(tmpdir(), "hearth-count-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
function scratchFile(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

describe("hearth-count stv", () => {
  it("prints the official Linn 2007 count as one JSON object", () => {
    const linn = join(stvFixtures, "Linn-2007.blt");
    const run = hearthCount("stv", linn);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const [result, ...rest] = lines(run.stdout);
    expect(rest).toEqual([]);
    const official = JSON.parse(readFileSync(join(stvFixtures, "Linn-2007.official.json"), "utf8")) as {
      stages: { stage: number; votes: Record<string, string>; nonTransferable: string }[];
    };
    expect(result).toMatchObject({ file: linn, rules: "scottish", seats: 4, validVotes: 9567, quota: "1914.00000" });
    expect(result!["elected"]).toEqual(["David Ritchie", "Sadie Docherty", "John McKenzie", "Margot Clark"]);
    const stages = result!["stages"] as { number: number; action: string; subject: string | null; votes: Record<string, string>; nonTransferable: string }[];
    expect(stages.map((s) => ({ stage: s.number, votes: s.votes, nonTransferable: s.nonTransferable }))).toEqual(
      official.stages.map((s) => ({ stage: s.stage, votes: s.votes, nonTransferable: s.nonTransferable })),
    );
    expect(Object.keys(stages[1]!)).toEqual(["number", "action", "subject", "votes", "nonTransferable", "elected", "excluded"]);
    expect(stages[1]).toMatchObject({ action: "surplus", subject: "David Ritchie" });
  });

  it("counts several files in one call, one line each, with Meek rules on request", () => {
    const files = ["Linn-2007.blt", "Calton-2007.blt", "Govan-2007.blt"].map((f) => join(stvFixtures, f));
    const run = hearthCount("stv", "--rules", "meek", "--seed", "9", ...files);
    expect(run.status).toBe(0);
    const results = lines(run.stdout);
    expect(results.map((r) => r["file"])).toEqual(files);
    for (const r of results) {
      expect(r["rules"]).toBe("meek");
      expect(r["seed"]).toBe(9);
      expect(String(r["quota"])).toMatch(/^\d+\.\d{9}$/);
    }
  });
});

describe("hearth-count pb, plurality and approval", () => {
  it("selects by the rule the file names, or the one asked for", () => {
    const swiecie = join(pbFixtures, "Poland_Swiecie_2023.pb");
    const anin = join(pbFixtures, "Poland_Warszawa_2017_Anin.pb");
    const run = hearthCount("pb", swiecie, anin);
    expect(run.status).toBe(0);
    const [mes, greedy] = lines(run.stdout);
    expect(mes).toMatchObject({ file: swiecie, rule: "mes", completion: "add1", budget: "1070000", totalCost: "1040337" });
    expect((mes!["selected"] as string[]).length).toBe(17);
    expect(greedy).toMatchObject({ rule: "greedy", completion: "none", budget: "122468" });
    const forced = lines(hearthCount("pb", "--rule", "mes", "--completion", "none", anin).stdout)[0];
    expect(forced).toMatchObject({ rule: "mes", completion: "none" });
  });

  it("counts first past the post and approval from a .blt file", () => {
    const linn = join(stvFixtures, "Linn-2007.blt");
    const [fptp] = lines(hearthCount("plurality", "--seats", "1", linn).stdout);
    expect(fptp).toMatchObject({ method: "plurality", seats: 1, elected: ["David Ritchie"] });
    const [approval] = lines(hearthCount("approval", linn).stdout);
    expect(approval).toMatchObject({ method: "approval", seats: 4 });
  });
});

describe("hearth-count errors", () => {
  it("reports a malformed line with its number, on one line, without a stack trace", () => {
    const bad = scratchFile("bad.blt", '3 1\n1 1 2 0\n1 4 0\n0\n"A"\n"B"\n"C"\n');
    const run = hearthCount("stv", bad);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`hearth-count: ${bad}:3: ballot names candidate 4 but there are only 3 candidates\n`);
  });

  it("reports a bad .pb line with its number", () => {
    const bad = scratchFile("bad.pb", "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\np1;50\nVOTES\nvoter_id;vote\n1;p1,p9\n");
    const run = hearthCount("pb", bad);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`hearth-count: ${bad}:9: vote names project "p9", which is not in PROJECTS\n`);
  });

  it("still counts the good files when one is bad or unreadable, and fails overall", () => {
    const good = join(stvFixtures, "Calton-2007.blt");
    const missing = join(scratch, "missing.blt");
    const run = hearthCount("stv", missing, good, scratch);
    expect(run.status).toBe(1);
    expect(lines(run.stdout).map((r) => r["file"])).toEqual([good]);
    expect(run.stderr.trim().split("\n")).toEqual([
      `hearth-count: ${missing}: cannot read file (no such file)`,
      `hearth-count: ${scratch}: cannot read file (is a directory)`,
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects bad usage with status 2", () => {
    for (const args of [["stv"], ["stv", "--rules", "irish", "x.blt"], ["count", "x"], ["pb", "--seats", "2", "x.pb"], ["stv", "--seed", "-1", "x.blt"]]) {
      const run = hearthCount(...args);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/^hearth-count: /);
    }
    const help = hearthCount("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage:/);
  });
});
