// The pabulib .pb format (pabulib.org): three semicolon-separated sections,
//
//   META       key;value rows (budget, vote_type, rule, ...)
//   PROJECTS   header row, then one row per project (project_id;cost;...)
//   VOTES      header row, then one row per voter (voter_id;vote;...)
//
// Fields may be quoted with doubled inner quotes; files come with CRLF, LF or
// CR line ends; amounts may use a decimal comma; ids are strings. Money is
// held exactly as integers scaled by 10^decimals (most files have none).

export class PbSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = "PbSyntaxError";
    this.line = line;
  }
}

export interface PbProject {
  readonly id: string;
  /** In units of 10^-decimals of the currency. */
  readonly cost: bigint;
  readonly name: string;
  /** The `selected` column, where the file has one. */
  readonly selected: boolean | null;
  /** Every column as written, including the ones above. */
  readonly fields: Readonly<Record<string, string>>;
}

export interface PbVote {
  readonly voterId: string;
  /** Project ids, in the order written (the ranking, for ordinal votes). */
  readonly projects: readonly string[];
  /** The `points` column, where the file has one (ordinal, cumulative, scoring votes). */
  readonly points: readonly number[] | null;
  readonly fields: Readonly<Record<string, string>>;
}

export interface PbInstance {
  /** META rows, in file order. */
  readonly meta: Readonly<Record<string, string>>;
  readonly budget: bigint;
  readonly decimals: number;
  readonly projectColumns: readonly string[];
  readonly voteColumns: readonly string[];
  readonly projects: readonly PbProject[];
  readonly votes: readonly PbVote[];
}

interface Row {
  readonly fields: string[];
  readonly line: number;
}

/** Splits semicolon-separated text into rows, honouring quotes (which may span lines). */
function readRows(text: string): Row[] {
  const rows: Row[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = "";
    let atRowEnd = false;
    while (!atRowEnd) {
      if (i < n && text[i] === '"') {
        i++;
        for (;;) {
          if (i >= n) throw new PbSyntaxError("quoted field is not closed", start);
          const ch = text[i] as string;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
          field += ch;
          i++;
        }
      }
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 0x3b || c === 0x0a || c === 0x0d) break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
      fields.push(field);
      field = "";
      if (i >= n) atRowEnd = true;
      else if (text.charCodeAt(i) === 0x3b) i++;
      else {
        if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) i += 2;
        else i++;
        line++;
        atRowEnd = true;
      }
    }
    if (fields.length === 1 && (fields[0] as string).trim() === "") continue;
    rows.push({ fields, line: start });
  }
  return rows;
}

interface Amount {
  readonly whole: string;
  readonly fraction: string;
}

const AMOUNT = /^(\d+)(?:[.,](\d+))?$/;

function readAmount(text: string, what: string, line: number): Amount {
  const m = AMOUNT.exec(text.trim());
  if (!m) throw new PbSyntaxError(`${what} ${JSON.stringify(text)} is not an amount of money`, line);
  return { whole: m[1] as string, fraction: m[2] ?? "" };
}

/** Some exporters end every row with a stray semicolon; drop that one empty field. */
function cells(row: Row, expected: number, what: string): string[] {
  const fields = row.fields.length === expected + 1 && row.fields[expected] === "" ? row.fields.slice(0, expected) : row.fields;
  if (fields.length !== expected) {
    throw new PbSyntaxError(`${what} row has ${row.fields.length} fields but the header has ${expected}`, row.line);
  }
  return fields;
}

function scaleAmount(amount: Amount, decimals: number): bigint {
  return BigInt(amount.whole + amount.fraction.padEnd(decimals, "0"));
}

const SECTIONS = new Set(["META", "PROJECTS", "VOTES"]);

export function parsePb(input: Uint8Array | string): PbInstance {
  const text = typeof input === "string" ? input : new TextDecoder("utf-8").decode(input);
  const rows = readRows(text);
  const meta: Record<string, string> = {};
  let metaLine = 0;
  let projectHeader: Row | null = null;
  let voteHeader: Row | null = null;
  const projectRows: Row[] = [];
  const voteRows: Row[] = [];
  let section: string | null = null;
  let expectHeader = false;
  for (const row of rows) {
    const first = (row.fields[0] as string).trim();
    if (row.fields.length === 1 && SECTIONS.has(first.toUpperCase())) {
      section = first.toUpperCase();
      expectHeader = true;
      continue;
    }
    if (section === null) throw new PbSyntaxError(`expected a META, PROJECTS or VOTES section, found ${JSON.stringify(first)}`, row.line);
    if (expectHeader) {
      expectHeader = false;
      if (section === "META") continue;
      if (section === "PROJECTS") projectHeader = row;
      else voteHeader = row;
      continue;
    }
    if (section === "META") {
      if (row.fields.length < 2) throw new PbSyntaxError(`META row needs key;value, found ${JSON.stringify(row.fields.join(";"))}`, row.line);
      const key = first;
      // Values such as comments may themselves contain semicolons.
      meta[key] = row.fields.slice(1).join(";");
      if (key === "budget") metaLine = row.line;
    } else if (section === "PROJECTS") projectRows.push(row);
    else voteRows.push(row);
  }
  if (!projectHeader) throw new PbSyntaxError("file has no PROJECTS section", rows[rows.length - 1]?.line ?? 1);
  if (!voteHeader) throw new PbSyntaxError("file has no VOTES section", rows[rows.length - 1]?.line ?? 1);
  const budgetText = meta["budget"];
  if (budgetText === undefined) throw new PbSyntaxError("META has no budget", 1);
  const budgetAmount = readAmount(budgetText, "budget", metaLine);

  const projectColumns = projectHeader.fields.map((f) => f.trim());
  const idColumn = projectColumns.indexOf("project_id");
  const costColumn = projectColumns.indexOf("cost");
  if (idColumn < 0) throw new PbSyntaxError("PROJECTS has no project_id column", projectHeader.line);
  if (costColumn < 0) throw new PbSyntaxError("PROJECTS has no cost column", projectHeader.line);

  const costs: Amount[] = [];
  let decimals = budgetAmount.fraction.length;
  const projectCells = projectRows.map((row) => cells(row, projectColumns.length, "project"));
  for (const [i, row] of projectRows.entries()) {
    const amount = readAmount((projectCells[i] as string[])[costColumn] as string, "cost", row.line);
    decimals = Math.max(decimals, amount.fraction.length);
    costs.push(amount);
  }
  const projects: PbProject[] = [];
  const ids = new Set<string>();
  for (const [i, row] of projectRows.entries()) {
    const fields: Record<string, string> = {};
    const values = projectCells[i] as string[];
    projectColumns.forEach((column, k) => (fields[column] = values[k] as string));
    const id = (fields["project_id"] as string).trim();
    if (id === "") throw new PbSyntaxError("project has an empty project_id", row.line);
    if (ids.has(id)) throw new PbSyntaxError(`project ${id} appears twice`, row.line);
    ids.add(id);
    const selectedText = fields["selected"]?.trim();
    projects.push({
      id,
      cost: scaleAmount(costs[i] as Amount, decimals),
      name: fields["name"] ?? "",
      selected: selectedText === undefined || selectedText === "" ? null : selectedText !== "0",
      fields,
    });
  }

  const voteColumns = voteHeader.fields.map((f) => f.trim());
  const voterColumn = voteColumns.indexOf("voter_id");
  const voteColumn = voteColumns.indexOf("vote");
  const pointsColumn = voteColumns.indexOf("points");
  if (voterColumn < 0) throw new PbSyntaxError("VOTES has no voter_id column", voteHeader.line);
  if (voteColumn < 0) throw new PbSyntaxError("VOTES has no vote column", voteHeader.line);
  const votes: PbVote[] = [];
  for (const row of voteRows) {
    const values = cells(row, voteColumns.length, "vote");
    const fields: Record<string, string> = {};
    voteColumns.forEach((column, k) => (fields[column] = values[k] as string));
    const list = (values[voteColumn] as string).trim();
    const chosen = list === "" ? [] : list.split(",").map((s) => s.trim());
    const seen = new Set<string>();
    for (const id of chosen) {
      if (!ids.has(id)) throw new PbSyntaxError(`vote names project ${JSON.stringify(id)}, which is not in PROJECTS`, row.line);
      if (seen.has(id)) throw new PbSyntaxError(`vote names project ${id} more than once`, row.line);
      seen.add(id);
    }
    let points: number[] | null = null;
    if (pointsColumn >= 0) {
      const p = (values[pointsColumn] as string).trim();
      points = p === "" ? [] : p.split(",").map((s) => {
        const v = Number(s.trim());
        if (!/^\d+$/.test(s.trim()) || !Number.isSafeInteger(v)) throw new PbSyntaxError(`points ${JSON.stringify(s)} must be whole numbers`, row.line);
        return v;
      });
      if (points.length !== chosen.length) throw new PbSyntaxError(`vote lists ${chosen.length} projects but ${points.length} points`, row.line);
    }
    votes.push({ voterId: (values[voterColumn] as string).trim(), projects: chosen, points, fields });
  }
  return { meta, budget: scaleAmount(budgetAmount, decimals), decimals, projectColumns, voteColumns, projects, votes };
}

function formatAmount(value: bigint, decimals: number): string {
  if (decimals === 0) return value.toString();
  const digits = value.toString().padStart(decimals + 1, "0");
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes a .pb file (CRLF line ends, as pabulib publishes them). */
export function writePb(instance: PbInstance): string {
  const lines: string[] = ["META", "key;value"];
  const meta: Record<string, string> = { ...instance.meta, budget: formatAmount(instance.budget, instance.decimals) };
  for (const [key, value] of Object.entries(meta)) lines.push(`${csvField(key)};${csvField(value)}`);
  const projectColumns = instance.projectColumns.length > 0 ? instance.projectColumns : ["project_id", "cost", "name"];
  lines.push("PROJECTS", projectColumns.map(csvField).join(";"));
  for (const p of instance.projects) {
    lines.push(
      projectColumns
        .map((column) => {
          if (column === "project_id") return p.id;
          if (column === "cost") return formatAmount(p.cost, instance.decimals);
          if (column === "name") return p.name;
          if (column === "selected" && p.selected !== null) return p.selected ? "1" : "0";
          return p.fields[column] ?? "";
        })
        .map(csvField)
        .join(";"),
    );
  }
  const voteColumns = instance.voteColumns.length > 0 ? instance.voteColumns : ["voter_id", "vote"];
  lines.push("VOTES", voteColumns.map(csvField).join(";"));
  for (const v of instance.votes) {
    lines.push(
      voteColumns
        .map((column) => {
          if (column === "voter_id") return v.voterId;
          if (column === "vote") return v.projects.join(",");
          if (column === "points" && v.points !== null) return v.points.join(",");
          return v.fields[column] ?? "";
        })
        .map(csvField)
        .join(";"),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
