import { redirect } from "@remix-run/node";
import { attempt, load, readForm } from "@hearth/api/server";
import { residentScope } from "./account.server";
import { complaintPath, nextPath, type QuestionStep } from "./complaint-steps";
import { formProblem, pageTitle, type RouteArgs } from "./request.server";

type Scope = Awaited<ReturnType<typeof residentScope>>;
export type SaveStepInput = Parameters<Scope["caller"]["complaints"]["saveStep"]>[0];

/** Complaints are for signed-in residents; anyone else is sent to sign in and brought back. */
export const complaintScope = residentScope;

/** A 400 for the error summary (echoing what was typed), remembered for the page title. */
export const complaintProblem = formProblem;

/** "Page – Hearth", led by the translated "Error:" when this request's form needs fixing. */
export function complaintTitle(args: RouteArgs, scope: Scope, key: string, params: Record<string, string | number> = {}): string {
  return pageTitle(args, scope, key, params);
}

/** Text as typed, with browser line endings (CRLF) counted as one character, as the count on the page does. */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n") : "";
}

/** Whether a question page was reached from "Check your answers" (its Back link and next page go there). */
export function isChange(request: Request): boolean {
  return new URL(request.url).searchParams.get("change") === "1";
}

/**
 * A page where the resident confirms a decision about their complaint; back to
 * the complaint when the decision is no longer open to them (say, after a
 * second click).
 */
export async function decisionPage(args: RouteArgs & { params: { reference?: string } }, allowed: "canEscalate" | "canWithdraw", titleKey: string) {
  const scope = await complaintScope(args);
  const complaint = await load(() => scope.caller.complaints.get({ reference: args.params.reference ?? "" }));
  if (!complaint[allowed]) throw redirect(complaintPath(complaint.reference));
  return { title: complaintTitle(args, scope, titleKey), reference: complaint.reference };
}

/** Everything a question page shows: the draft so far and where Back goes. */
export async function questionPage(args: RouteArgs, titleKey: string) {
  const scope = await complaintScope(args);
  const draft = await scope.caller.complaints.draft();
  return { scope, draft, change: isChange(args.request), title: complaintTitle(args, scope, titleKey) };
}

/**
 * One question's save: CSRF check, `saveStep`, then the next question (or
 * back to the check page), or the same page with what to fix.
 */
export async function saveAnswer(args: RouteArgs, step: QuestionStep, input: (form: FormData) => SaveStepInput, echo: (form: FormData) => Record<string, string>) {
  const scope = await complaintScope(args);
  const form = await readForm(args.request, scope);
  const outcome = await attempt(() => scope.caller.complaints.saveStep(input(form)));
  if (!outcome.ok) return complaintProblem(args, outcome.errors, echo(form));
  return redirect(nextPath(step, form.get("change") === "1"), 303);
}

/**
 * A form that may carry a file, held in memory only up to `limit` bytes: a
 * body that says (Content-Length) or turns out to be larger is read and thrown
 * away as it arrives (so the browser finishes sending and shows our answer
 * rather than a reset connection), up to a cap past which the connection is
 * dropped. Returns null when too large; otherwise the form, CSRF-checked by
 * `readForm` like any other.
 */
export async function readLimitedForm(args: RouteArgs, scope: Scope, limit: number): Promise<FormData | null> {
  const { request } = args;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  let tooLarge = Number.isFinite(declared) && declared > limit;
  const discardCap = 64 * limit;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        if (size > discardCap) {
          await reader.cancel();
          break;
        }
      } else chunks.push(value);
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

/** `attachment; filename*=UTF-8''…` with a plain ASCII fallback for old clients. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
