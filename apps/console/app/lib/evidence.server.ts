// Server plumbing for the evidence log, the golden-thread panel and the four
// Cs: the page scope and header, every figure and date in the page's
// language (formatted here so hydration sees the same digits), and reading
// an upload without holding an oversized body in memory.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { readForm, type FieldMessage, type RequestScope } from "@hearth/api/server";
import { EVIDENCE_LIMITS, fourCsQuestion, type EvidenceKind, type FourC } from "@hearth/domain/reviews";
import { formatDate, formatNumber, type Locale } from "@hearth/i18n";
import { loadReviewHeader, reviewFormFailed, reviewScope, type ReviewScope } from "./review-page.server";

type Args = LoaderFunctionArgs | ActionFunctionArgs;

export interface Day {
  iso: string;
  text: string;
}

/** A review page of this area: readers by default, staff only for actions. */
export async function evidencePage(args: Args, options: { titleKey: string; titleParams?: Record<string, string | number>; staffOnly?: boolean }) {
  const scope = await reviewScope(args, options.staffOnly ? ["staff"] : undefined);
  const header = await loadReviewHeader(scope, args.params.reference);
  const title = scope.pageTitle(`evidence:${options.titleKey}`, options.titleParams ?? {}, reviewFormFailed(args));
  return { scope, header, title };
}

export function day(locale: Locale, iso: string): Day {
  return { iso, text: formatDate(locale, `${iso}T12:00:00Z`, { day: "numeric", month: "long", year: "numeric" }) };
}

export function count(locale: Locale, n: number): string {
  return formatNumber(locale, n);
}

/**
 * 2026 → "2026-27" in the page's digits: UK financial years run 1 April to 31
 * March. Isolated left to right (LRI … PDI), so an Arabic or Urdu sentence
 * does not turn it into "27-2026".
 */
export function financialYearLabel(locale: Locale, year: number): string {
  const end = formatNumber(locale, (year + 1) % 100, { minimumIntegerDigits: 2, useGrouping: false });
  return `\u2066${formatNumber(locale, year, { useGrouping: false })}-${end}\u2069`;
}

export function fileSize(locale: Locale, bytes: number): string {
  return bytes >= 1024 * 1024
    ? formatNumber(locale, bytes / (1024 * 1024), { style: "unit", unit: "megabyte", unitDisplay: "short", maximumFractionDigits: 1 })
    : formatNumber(locale, Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte", unitDisplay: "short" });
}

/** The name a reader knows a file type by. */
export function fileTypeName(type: string): string {
  return type === "application/pdf" ? "PDF" : type === "image/png" ? "PNG" : type === "image/jpeg" ? "JPG" : type;
}

/** "Challenge, question 3": how a question is named wherever it is cited. */
export function questionName(scope: Pick<RequestScope, "locale"> & { t: ReviewScope["t"] }, id: string): string {
  const question = fourCsQuestion(id);
  if (!question) return id;
  const c = scope.t("reviews")(`fourC.${question.c}`);
  return scope.t("evidence")("fourCs.cited", { c, number: formatNumber(scope.locale, question.number) });
}

/**
 * "Still cited" names its questions by id; put them into words (with links
 * on the page), so the message says which answers to change first.
 */
export function explainCitations(scope: Pick<RequestScope, "locale"> & { t: ReviewScope["t"] }, errors: FieldMessage[]): FieldMessage[] {
  return errors.map((error) => {
    if (error.key !== "errors.reviews.evidence.stillCited" || typeof error.params?.questions !== "string") return error;
    const names = error.params.questions.split(", ").map((id) => questionName(scope, id));
    return { ...error, params: { ...error.params, questions: new Intl.ListFormat(scope.locale, { type: "conjunction" }).format(names) } };
  });
}

/** A little over the largest file the API accepts, to allow for the rest of the form. */
export const UPLOAD_LIMIT = EVIDENCE_LIMITS.maxBytes + 1024 * 1024;

/**
 * Reads a posted form, multipart or not, refusing (null) a body over `limit`
 * without keeping more than the limit in memory. A client that sends far
 * more is cut off rather than read to the end.
 */
export async function readLimitedForm(args: Args, scope: RequestScope, limit = UPLOAD_LIMIT): Promise<FormData | null> {
  const { request } = args;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  let tooLarge = Number.isFinite(declared) && declared > limit;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body && !tooLarge) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        tooLarge = true;
        await reader.cancel();
        break;
      }
      chunks.push(value);
    }
  }
  if (tooLarge) return null;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return readForm(new Request(request.url, { method: request.method, headers, body }), scope);
}

/** Points an API field at the form's own id (`title` of the note form → `note-title`); whole-form messages go to `fallback`. */
export function prefixFields(errors: FieldMessage[], prefix: string, fields: Record<string, string>, fallback: string): FieldMessage[] {
  return errors.map((error) => ({ ...error, field: error.field && fields[error.field] ? `${prefix}-${fields[error.field]}` : fallback }));
}

export type EvidenceKindCounts = Partial<Record<EvidenceKind, number>>;
export type { FourC };
