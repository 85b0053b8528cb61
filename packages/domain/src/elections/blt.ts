// The .blt ballot file format (as written by ERS eSTV, OpenSTV and others):
//
//   4 2                 candidates, seats
//   -3                  optional: withdrawn candidates, negated
//   12 1 2 0            weight, preferences..., 0   (may span lines)
//   0                   end of ballots
//   "Name One"          candidate names, quoted or one per line unquoted
//   "Title"
//
// Real files also carry comments (#), ballot ids in parentheses, CRLF or
// bare CR line ends, a byte-order mark and no final newline. The reader
// scans bytes rather than splitting strings so a million-paper file parses
// in a fraction of a second, and merges identical rankings as it goes.
import { createBallotGrouper, type Election, type RankedBallot } from "./ballots.js";

export class BltSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = "BltSyntaxError";
    this.line = line;
  }
}

export interface ParseBltOptions {
  /** Merge identical rankings into one weighted ballot (default true). */
  readonly group?: boolean;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
const OPEN = 0x28;
const CLOSE = 0x29;

// A sanity bound: the reader allocates per-candidate buffers up front.
const MAX_CANDIDATES = 100_000;

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder("utf-8");

export function parseBlt(input: Uint8Array | string, options: ParseBltOptions = {}): Election {
  const bytes = typeof input === "string" ? textEncoder.encode(input) : input;
  const end = bytes.length;
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let line = 1;

  const fail = (message: string, at: number = line): never => {
    throw new BltSyntaxError(message, at);
  };

  const skipSpace = (): void => {
    while (pos < end) {
      const b = bytes[pos] as number;
      if (b === SPACE || b === TAB) pos++;
      else if (b === LF) {
        line++;
        pos++;
      } else if (b === CR) {
        line++;
        pos++;
        if (bytes[pos] === LF) pos++;
      } else if (b === HASH) {
        while (pos < end && bytes[pos] !== LF && bytes[pos] !== CR) pos++;
      } else break;
    }
  };

  const tokenText = (): string => {
    let stop = pos;
    while (stop < end && stop - pos < 40) {
      const b = bytes[stop] as number;
      if (b === SPACE || b === TAB || b === LF || b === CR) break;
      stop++;
    }
    return textDecoder.decode(bytes.subarray(pos, stop));
  };

  const atTokenEnd = (): boolean => {
    if (pos >= end) return true;
    const b = bytes[pos] as number;
    return b === SPACE || b === TAB || b === LF || b === CR || b === HASH;
  };

  /** Reads an optionally negative whole number; `what` names it in errors. */
  const readInteger = (what: string): number => {
    skipSpace();
    if (pos >= end) fail(`file ends where ${what} was expected`);
    const start = pos;
    const negative = bytes[pos] === MINUS;
    if (negative) pos++;
    let value = 0;
    let digits = 0;
    while (pos < end) {
      const b = bytes[pos] as number;
      if (b < ZERO || b > NINE) break;
      value = value * 10 + (b - ZERO);
      digits++;
      pos++;
    }
    if (digits === 0 || !atTokenEnd()) {
      pos = start;
      const text = tokenText();
      if (/^\d+=\d/.test(text)) fail(`equal preferences (${text}) are not supported`);
      fail(`expected ${what}, found ${JSON.stringify(text)}`);
    }
    if (value > Number.MAX_SAFE_INTEGER) {
      pos = start;
      fail(`${what} ${tokenText()} is too large`);
    }
    return negative ? -value : value;
  };

  const candidateCount = readInteger("the number of candidates");
  const headerLine = line;
  if (candidateCount < 1) fail("the number of candidates must be at least 1", headerLine);
  if (candidateCount > MAX_CANDIDATES) fail(`${candidateCount} candidates is more than this reader accepts (${MAX_CANDIDATES})`, headerLine);
  const seats = readInteger("the number of seats");
  if (seats < 1) fail("the number of seats must be at least 1", line);

  const withdrawn: number[] = [];
  for (;;) {
    skipSpace();
    if (bytes[pos] !== MINUS) break;
    const w = -readInteger("a withdrawn candidate");
    if (w < 1 || w > candidateCount) fail(`withdrawn candidate ${w} is not one of the ${candidateCount} candidates`);
    if (!withdrawn.includes(w - 1)) withdrawn.push(w - 1);
  }

  const grouping = options.group ?? true;
  const grouper = createBallotGrouper();
  const plain: RankedBallot[] = [];
  const prefs = new Int32Array(candidateCount);
  const seenOn = new Int32Array(candidateCount + 1).fill(-1);
  let ballotNumber = 0;
  for (;;) {
    skipSpace();
    if (pos >= end) fail("file ends before the 0 line that closes the ballots");
    const ballotLine = line;
    if (bytes[pos] === OPEN) {
      while (pos < end && bytes[pos] !== CLOSE && bytes[pos] !== LF && bytes[pos] !== CR) pos++;
      if (bytes[pos] !== CLOSE) fail("ballot id in parentheses is not closed");
      pos++;
    }
    skipSpace();
    if (pos < end && bytes[pos] === MINUS) fail("a ballot weight cannot be negative");
    const weight = readInteger("a ballot weight");
    if (weight === 0) break;
    let length = 0;
    ballotNumber++;
    for (;;) {
      skipSpace();
      if (pos >= end) fail("ballot is not closed by 0", ballotLine);
      if (bytes[pos] === MINUS && atTokenEndAfter(bytes, pos + 1, end)) {
        pos++;
        continue;
      }
      const prefLine = line;
      const c = readInteger("a candidate number or 0");
      if (c === 0) break;
      if (c < 0 || c > candidateCount) {
        fail(`ballot names candidate ${c} but there are only ${candidateCount} candidates`, prefLine);
      }
      if (seenOn[c] === ballotNumber) fail(`ballot ranks candidate ${c} more than once`, prefLine);
      seenOn[c] = ballotNumber;
      prefs[length++] = c - 1;
    }
    if (grouping) grouper.add(weight, prefs, length);
    else plain.push({ weight, ranking: Array.from(prefs.subarray(0, length)) });
  }

  const items = readNames(textDecoder.decode(bytes.subarray(pos)), line);
  if (items.length < candidateCount) {
    const last = items[items.length - 1];
    fail(`expected ${candidateCount} candidate names after the ballots, found ${items.length}`, last ? last.line : line);
  }
  const candidates = items.slice(0, candidateCount).map((i) => i.text);
  const seen = new Map<string, number>();
  for (const [i, item] of items.slice(0, candidateCount).entries()) {
    const before = seen.get(item.text);
    if (before !== undefined) fail(`candidates ${before + 1} and ${i + 1} have the same name ${JSON.stringify(item.text)}`, item.line);
    seen.set(item.text, i);
  }
  const title = items[candidateCount]?.text ?? "";
  return { title, candidates, seats, withdrawn, ballots: grouping ? grouper.finish() : plain };
}

function atTokenEndAfter(bytes: Uint8Array, at: number, end: number): boolean {
  if (at >= end) return true;
  const b = bytes[at] as number;
  return b === SPACE || b === TAB || b === LF || b === CR || b === HASH;
}

interface NameItem {
  readonly text: string;
  readonly line: number;
}

/** Names and title: quoted strings (several may share a line) or one unquoted name per line. */
function readNames(text: string, firstLine: number): NameItem[] {
  const items: NameItem[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (const [offset, raw] of lines.entries()) {
    const lineNumber = firstLine + offset;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (!trimmed.startsWith('"')) {
      items.push({ text: trimmed, line: lineNumber });
      continue;
    }
    let i = 0;
    while (i < trimmed.length) {
      const ch = trimmed[i];
      if (ch === " " || ch === "\t") {
        i++;
        continue;
      }
      if (ch === "#") break;
      if (ch !== '"') throw new BltSyntaxError(`unexpected text after a quoted name: ${JSON.stringify(trimmed.slice(i))}`, lineNumber);
      let value = "";
      let j = i + 1;
      for (;;) {
        if (j >= trimmed.length) throw new BltSyntaxError("quoted name is not closed", lineNumber);
        const c = trimmed[j];
        if (c === '"') {
          if (trimmed[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          j++;
          break;
        }
        value += c;
        j++;
      }
      items.push({ text: value, line: lineNumber });
      i = j;
    }
  }
  return items;
}

function quote(text: string): string {
  if (/[\r\n]/.test(text)) throw new RangeError(`a .blt name cannot contain a line break: ${JSON.stringify(text)}`);
  return `"${text.replaceAll('"', '""')}"`;
}

/** Writes a standard .blt file that this reader and other counting programs read back. */
export function writeBlt(election: Election): string {
  const out: string[] = [`${election.candidates.length} ${election.seats}`];
  if (election.withdrawn.length > 0) out.push(election.withdrawn.map((w) => `-${w + 1}`).join(" "));
  for (const b of election.ballots) {
    if (!Number.isInteger(b.weight) || b.weight < 1) throw new RangeError(`ballot weight ${b.weight} cannot be written to a .blt file`);
    out.push(b.ranking.length > 0 ? `${b.weight} ${b.ranking.map((c) => c + 1).join(" ")} 0` : `${b.weight} 0`);
  }
  out.push("0");
  for (const name of election.candidates) out.push(quote(name));
  out.push(quote(election.title));
  return `${out.join("\n")}\n`;
}
