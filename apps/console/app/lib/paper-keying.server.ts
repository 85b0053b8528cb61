// Reading the batch keying form: one row per paper, with a box per
// candidate (a number under STV, a cross otherwise) and a "void" box. Field
// names are `p.<row>.<candidate id>`, `p.<row>.x` (crosses) and `p.<row>.void`;
// the API's field paths are pointed back at the ids the form uses.
import type { FieldMessage } from "@hearth/api/server";

export const MAX_ROWS = 100;
export const DEFAULT_ROWS = 10;

/** The number of rows the keying form shows: from ?papers=, within 1 to 100. */
export function rowsParam(url: URL): number {
  const n = Number.parseInt(url.searchParams.get("papers") ?? "", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_ROWS) : DEFAULT_ROWS;
}

export interface KeyedForm {
  label: string;
  papers: { marks?: Record<string, string>; crosses?: string[]; void: boolean }[];
  /** Everything typed, to put back in the form when it is sent back. */
  values: Record<string, string | string[]>;
}

export function readKeyingForm(form: FormData, candidateIds: readonly string[], kind: "preferences" | "crosses"): KeyedForm {
  const rows = Math.min(Math.max(Number.parseInt(String(form.get("papers") ?? ""), 10) || 0, 0), MAX_ROWS);
  const label = String(form.get("label") ?? "").slice(0, 200);
  const values: Record<string, string | string[]> = { label, papers: String(rows) };
  const papers = Array.from({ length: rows }, (_, i) => {
    const isVoid = form.get(`p.${i}.void`) === "yes";
    if (isVoid) values[`p.${i}.void`] = "yes";
    if (kind === "crosses") {
      const crosses = form.getAll(`p.${i}.x`).map(String).filter((id) => candidateIds.includes(id));
      values[`p.${i}.x`] = crosses;
      return { crosses, void: isVoid };
    }
    const marks: Record<string, string> = {};
    for (const id of candidateIds) {
      const typed = String(form.get(`p.${i}.${id}`) ?? "").slice(0, 20);
      marks[id] = typed;
      if (typed) values[`p.${i}.${id}`] = typed;
    }
    return { marks, void: isVoid };
  });
  return { label, papers, values };
}

/** `papers.2.marks.<id>` → the box `p-2-<id>`; `papers.2` → the row `p-2`; `papers` → the table. */
export function keyingField(field: string | undefined): string | undefined {
  if (!field) return "papers-table";
  const box = /^papers\.(\d+)\.marks\.(.+)$/.exec(field);
  if (box) return `p-${box[1]}-${box[2]}`;
  const row = /^papers\.(\d+)/.exec(field);
  if (row) return `p-${row[1]}`;
  return field === "papers" ? "papers-table" : field;
}

export function remapKeying(errors: FieldMessage[]): FieldMessage[] {
  return errors.map((error) => ({ ...error, field: keyingField(error.field) }));
}
