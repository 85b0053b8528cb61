import { redirect } from "@remix-run/node";
import { load } from "@hearth/api/server";
import { LOCALES } from "@hearth/domain/identity";
import { SKILLS_QUESTIONS } from "@hearth/domain/elections";
import { electionPaths } from "./election-paths";
import type { RouteArgs } from "./request.server";
import { votingResidentScope } from "./voting.server";

/**
 * The election a resident is nominating themselves in. Once they have stood,
 * or nominations have closed, every nomination page goes to the election page,
 * which says which it is.
 */
export async function nominationPage(args: RouteArgs & { params: { reference?: string } }) {
  const scope = await votingResidentScope(args);
  const election = await load(() => scope.caller.nominations.form({ reference: args.params.reference ?? "" }));
  return { scope, election };
}

export function unlessStanding(election: { reference: string; open: boolean; eligible: boolean; nomination: unknown }) {
  if (!election.open || !election.eligible || election.nomination) throw redirect(electionPaths.election(election.reference));
}

/**
 * The nomination form as posted: the main statement (in the language chosen
 * for it) first, then any others in the order languages are listed.
 */
export function nominationFromForm(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? "").replace(/\r\n?/g, "\n");
  const mainLanguage = String(form.get("mainLanguage") ?? "");
  const statements = [
    { language: mainLanguage, statement: text("statement") },
    ...LOCALES.filter((l) => l !== mainLanguage).map((language) => ({ language, statement: text(`statement.${language}`) })),
  ];
  const answers = Object.fromEntries(SKILLS_QUESTIONS.map((q) => [q, text(`skills.${q}`)]));
  return { statements, answers, acknowledged: form.get("acknowledged") === "yes" };
}

/** The form's fields as typed, to fill it in again or carry through "check your answers". */
export function nominationValues(form: FormData): Record<string, string> {
  const names = ["mainLanguage", "statement", "acknowledged", ...LOCALES.map((l) => `statement.${l}`), ...SKILLS_QUESTIONS.map((q) => `skills.${q}`)];
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "")]));
}

/** The API names a statement by language; the form names the main one "statement". */
export function statementField(field: string | undefined, mainLanguage: string): string | undefined {
  return field === `statement.${mainLanguage}` || field === "statements" ? "statement" : field;
}
