// hearth-count: recounts published results from ballot files, printing one
// JSON object per file on stdout. Problems are reported as one line on
// stderr (with the line number when the file is at fault) and a non-zero
// exit status; a stack trace is never shown.
import { readFileSync } from "node:fs";
import { BltSyntaxError, PbSyntaxError } from "@hearth/domain";
import { parseArgs, USAGE, UsageError } from "./args.js";
import { countFile } from "./count-file.js";

const PROGRAM = "hearth-count";

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory",
  EMFILE: "too many open files",
};

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

function describe(file: string, error: unknown): string {
  if (error instanceof BltSyntaxError || error instanceof PbSyntaxError) return `${file}:${error.line}: ${oneLine(error.message)}`;
  if (error instanceof Error) return `${file}: ${oneLine(error.message)}`;
  return `${file}: ${oneLine(String(error))}`;
}

function main(argv: readonly string[]): number {
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${PROGRAM}: ${oneLine(error.message)} (see ${PROGRAM} --help)\n`);
      return 2;
    }
    throw error;
  }
  if (command.kind === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let status = 0;
  for (const file of command.files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      process.stderr.write(`${PROGRAM}: ${file}: cannot read file (${READ_PROBLEMS[code] ?? (code || "unknown error")})\n`);
      status = 1;
      continue;
    }
    try {
      process.stdout.write(`${JSON.stringify(countFile(command, file, bytes))}\n`);
    } catch (error) {
      process.stderr.write(`${PROGRAM}: ${describe(file, error)}\n`);
      status = 1;
    }
  }
  return status;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${PROGRAM}: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
  process.exitCode = 70;
}
