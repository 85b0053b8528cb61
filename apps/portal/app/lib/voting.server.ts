import { redirect, type AppLoadContext } from "@remix-run/node";
import { attempt, clearCookie, readCookie, serializeCookie } from "@hearth/api/server";
import { residentScope } from "./account.server";
import { formProblem, pageTitle, scopeOf, type RouteArgs } from "./request.server";

// Elections pages: who may see them, their titles, and the two short-lived
// cookies that carry a single-use code between the code pages and a receipt
// to its confirmation page. Neither goes in a URL, where it would stay in
// history and server logs; a receipt would show how someone voted once the
// ballot list is published.

export type Scope = Awaited<ReturnType<typeof scopeOf>>;

/** Anyone: the list, an election, results, receipts and voting with a code. */
export const publicScope = scopeOf;
/** Signed-in residents: nominating and voting online. */
export const votingResidentScope = residentScope;

/** A 400 for the error summary, remembered so the page title says "Error:". */
export const votingProblem = formProblem;

/** "Page – Hearth" in the voting namespace, led by "Error:" when this request's form needs fixing. */
export function votingTitle(args: RouteArgs, scope: Scope, key: string, params: Record<string, string | number> = {}): string {
  return pageTitle(args, scope, key, params, "voting");
}

const HALF_AN_HOUR = 30 * 60;

function cookie(context: AppLoadContext, purpose: "vote-code" | "vote-receipt") {
  return `${context.secureCookies ? "__Host-" : ""}hearth-portal-${purpose}`;
}

/** Holds a checked single-use code while its holder fills in the ballot. */
export function votingCodeCookie(context: AppLoadContext, code: string): string {
  return serializeCookie(cookie(context, "vote-code"), code, { secure: context.secureCookies, maxAgeSeconds: HALF_AN_HOUR, sameSite: "Strict" });
}

export function readVotingCode(request: Request, context: AppLoadContext): string | null {
  return readCookie(request, cookie(context, "vote-code"));
}

export function clearVotingCode(context: AppLoadContext): string {
  return clearCookie(cookie(context, "vote-code"), context.secureCookies);
}

/** The receipt, for the confirmation page only, which shows it once and clears it (a shared computer keeps nothing). */
export function receiptCookie(context: AppLoadContext, reference: string, receipt: string): string {
  return serializeCookie(cookie(context, "vote-receipt"), `${reference} ${receipt}`, { secure: context.secureCookies, maxAgeSeconds: HALF_AN_HOUR, sameSite: "Strict" });
}

export function readReceipt(request: Request, context: AppLoadContext): { reference: string; receipt: string } | null {
  const value = readCookie(request, cookie(context, "vote-receipt"));
  const [reference, receipt] = value?.split(" ") ?? [];
  return reference && receipt ? { reference, receipt } : null;
}

export function clearReceipt(context: AppLoadContext): string {
  return clearCookie(cookie(context, "vote-receipt"), context.secureCookies);
}

/** What a ballot form posted: a number typed against each candidate (STV) or the crosses. */
export function markedFromForm(form: FormData, candidateIds: readonly string[]): { marks: Record<string, string>; crosses: string[] } {
  const marks = Object.fromEntries(candidateIds.map((id) => [id, String(form.get(`marks.${id}`) ?? "").trim()]));
  const crosses = form.getAll("crosses").map(String).filter((id) => candidateIds.includes(id));
  return { marks, crosses };
}

/** The same marks as form values, to fill the ballot in again after a problem or "change". */
export function markedValues(marked: { marks: Record<string, string>; crosses: string[] }): Record<string, string | string[]> {
  return { ...Object.fromEntries(Object.entries(marked.marks).map(([id, value]) => [`marks.${id}`, value])), crosses: marked.crosses };
}

type Marked = ReturnType<typeof markedFromForm>;

/**
 * A vote page's action, online or with a code: "change" fills the ballot in
 * again, "check" shows what will be stored (or the problems), "cast" stores
 * it and goes to the confirmation with the receipt in a cookie. `cast` may
 * send back headers to set (the code cookie is cleared there).
 */
export async function voteAction(
  args: RouteArgs,
  form: FormData,
  options: {
    candidateIds: readonly string[];
    check: (marked: Marked) => Promise<{ choices: { preference: number; id: string; name: string }[] }>;
    cast: (marked: Marked) => Promise<{ reference: string; receipt: string }>;
    done: string;
    headers?: string[];
  },
) {
  const marked = markedFromForm(form, options.candidateIds);
  const values = markedValues(marked);
  const intent = form.get("intent");
  if (intent === "change") return { stage: "ballot" as const, errors: [], values };
  if (intent === "cast") {
    const outcome = await attempt(() => options.cast(marked));
    if (!outcome.ok) return votingProblem(args, outcome.errors, values);
    const headers = new Headers();
    headers.append("Set-Cookie", receiptCookie(args.context, outcome.value.reference, outcome.value.receipt));
    for (const header of options.headers ?? []) headers.append("Set-Cookie", header);
    return redirect(options.done, { status: 303, headers });
  }
  const outcome = await attempt(() => options.check(marked));
  if (!outcome.ok) return votingProblem(args, outcome.errors, values);
  return { stage: "check" as const, choices: outcome.value.choices, values };
}
