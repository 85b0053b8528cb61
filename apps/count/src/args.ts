// Command-line arguments of hearth-count. Parsing is strict: an unknown
// option or a bad value is a usage error, never silently ignored.

export type Command =
  | { readonly kind: "stv"; readonly files: string[]; readonly rules: "scottish" | "meek"; readonly seed: number | undefined }
  | {
      readonly kind: "pb";
      readonly files: string[];
      readonly rule: "greedy" | "greedy-no-skip" | "mes" | undefined;
      readonly completion: "add1" | "none" | undefined;
      readonly seed: number | undefined;
    }
  | { readonly kind: "plurality" | "approval"; readonly files: string[]; readonly seats: number | undefined; readonly seed: number | undefined }
  | { readonly kind: "help" };

export const USAGE = `usage:
  hearth-count stv FILE.blt... [--rules scottish|meek] [--seed N]
  hearth-count pb FILE.pb... [--rule greedy|greedy-no-skip|mes] [--completion add1|none] [--seed N]
  hearth-count plurality|approval FILE.blt... [--seats N] [--seed N]
Prints one JSON object per file, one per line.`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

const ALLOWED: Record<string, readonly string[]> = {
  stv: ["--rules", "--seed"],
  pb: ["--rule", "--completion", "--seed"],
  plurality: ["--seats", "--seed"],
  approval: ["--seats", "--seed"],
};

function oneOf<T extends string>(option: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${choices.join(", ")}, not ${JSON.stringify(value)}`);
}

function wholeNumber(option: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${option} must be a whole number from ${min} to ${max}, not ${JSON.stringify(value)}`);
  return n;
}

export function parseArgs(argv: readonly string[]): Command {
  const [kind, ...rest] = argv;
  if (kind === undefined || kind === "--help" || kind === "-h" || kind === "help") return { kind: "help" };
  const allowed = ALLOWED[kind];
  if (!allowed) throw new UsageError(`unknown command ${JSON.stringify(kind)}`);
  const files: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === "--help" || arg === "-h") return { kind: "help" };
    if (arg === "--") {
      files.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!allowed.includes(name)) throw new UsageError(`unknown option ${name} for ${kind}`);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = rest[i + 1];
      i++;
    }
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    if (options.has(name)) throw new UsageError(`${name} given twice`);
    options.set(name, value);
  }
  if (files.length === 0) throw new UsageError(`${kind} needs at least one file`);
  const seedText = options.get("--seed");
  const seed = seedText === undefined ? undefined : wholeNumber("--seed", seedText, 0, 0xffffffff);
  if (kind === "stv") {
    const rules = oneOf("--rules", options.get("--rules") ?? "scottish", ["scottish", "meek"] as const);
    return { kind, files, rules, seed };
  }
  if (kind === "pb") {
    const ruleText = options.get("--rule");
    const completionText = options.get("--completion");
    const rule = ruleText === undefined ? undefined : oneOf("--rule", ruleText, ["greedy", "greedy-no-skip", "mes"] as const);
    const completion = completionText === undefined ? undefined : oneOf("--completion", completionText, ["add1", "none"] as const);
    if (completion !== undefined && rule !== undefined && rule !== "mes") throw new UsageError("--completion applies only to --rule mes");
    return { kind, files, rule, completion, seed };
  }
  const seatsText = options.get("--seats");
  const seats = seatsText === undefined ? undefined : wholeNumber("--seats", seatsText, 1, 1_000_000);
  return { kind: kind === "approval" ? "approval" : "plurality", files, seats, seed };
}
