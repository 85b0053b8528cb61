/**
 * Standing for the board. Candidates read what the role asks of them before
 * they apply: a board member's duty is to the organisation as a whole, not to
 * residents alone, and that surprises people who expect to stand as a
 * residents' representative. The skills questions value life experience as
 * much as qualifications, and feed the shortlisting panel's scores.
 *
 * Everything here is ids; the words are in the apps' translations
 * (`voting:role.<section>.*`, `voting:skills.<question>.*`).
 */

/** What the role involves, in the order candidates read it. */
export const BOARD_ROLE_SECTIONS = ["board", "duty", "notARepresentative", "contribution", "support", "time"] as const;
export type BoardRoleSection = (typeof BOARD_ROLE_SECTIONS)[number];

/** Questions every candidate answers; the shortlisting panel scores the answers. */
export const SKILLS_QUESTIONS = ["experience", "lifeSkills", "decisions", "wholeOrganisation", "commitment"] as const;
export type SkillsQuestion = (typeof SKILLS_QUESTIONS)[number];

/** A statement is read on a phone and printed beside others on the ballot guide: about 300 words. */
export const STATEMENT_MAX_CHARACTERS = 2000;
/** Long enough to say something about yourself. */
export const STATEMENT_MIN_CHARACTERS = 50;
export const SKILLS_ANSWER_MAX_CHARACTERS = 1000;

export interface Nomination {
  /** Statement per language code, in the order the candidate wrote them (the first is their main one). */
  statements: readonly { language: string; statement: string }[];
  answers: Readonly<Record<string, string>>;
  /** The candidate ticked that they have read the role and the duty it carries. */
  acknowledged: boolean;
}

export type NominationProblem =
  | { field: "statements"; code: "elections.nomination.statementRequired" }
  | { field: `statement.${string}`; code: "elections.nomination.statementTooShort"; min: number }
  | { field: `statement.${string}`; code: "elections.nomination.statementTooLong"; max: number }
  | { field: `statement.${string}`; code: "elections.nomination.unknownLanguage" }
  | { field: `statement.${string}`; code: "elections.nomination.repeatedLanguage" }
  | { field: `skills.${string}`; code: "elections.nomination.answerRequired" }
  | { field: `skills.${string}`; code: "elections.nomination.answerTooLong"; max: number }
  | { field: "acknowledged"; code: "elections.nomination.acknowledgementRequired" };

/** Counts what a person sees: a browser's CRLF is one line break, an emoji one character. */
function length(text: string): number {
  return [...text.replace(/\r\n?/g, "\n")].length;
}

/**
 * Everything wrong with a nomination, field by field, so the form can show
 * every message at once. Blank statements are dropped first: a candidate
 * leaves the languages they do not write in empty.
 */
export function nominationProblems(nomination: Nomination, languages: readonly string[]): NominationProblem[] {
  const problems: NominationProblem[] = [];
  const written = nomination.statements.filter((s) => s.statement.trim() !== "");
  if (written.length === 0) problems.push({ field: "statements", code: "elections.nomination.statementRequired" });
  const seen = new Set<string>();
  for (const { language, statement } of written) {
    const field = `statement.${language}` as const;
    if (!languages.includes(language)) problems.push({ field, code: "elections.nomination.unknownLanguage" });
    else if (seen.has(language)) problems.push({ field, code: "elections.nomination.repeatedLanguage" });
    else if (length(statement.trim()) < STATEMENT_MIN_CHARACTERS) problems.push({ field, code: "elections.nomination.statementTooShort", min: STATEMENT_MIN_CHARACTERS });
    else if (length(statement) > STATEMENT_MAX_CHARACTERS) problems.push({ field, code: "elections.nomination.statementTooLong", max: STATEMENT_MAX_CHARACTERS });
    seen.add(language);
  }
  for (const question of SKILLS_QUESTIONS) {
    const answer = (nomination.answers[question] ?? "").trim();
    const field = `skills.${question}` as const;
    if (answer === "") problems.push({ field, code: "elections.nomination.answerRequired" });
    else if (length(answer) > SKILLS_ANSWER_MAX_CHARACTERS) problems.push({ field, code: "elections.nomination.answerTooLong", max: SKILLS_ANSWER_MAX_CHARACTERS });
  }
  if (!nomination.acknowledged) problems.push({ field: "acknowledged", code: "elections.nomination.acknowledgementRequired" });
  return problems;
}

/** The statements worth keeping, trimmed, in the candidate's order. */
export function writtenStatements(statements: Nomination["statements"]): { language: string; statement: string }[] {
  return statements.filter((s) => s.statement.trim() !== "").map((s) => ({ language: s.language, statement: s.statement.replace(/\r\n?/g, "\n").trim() }));
}

/** Only the known questions' answers, trimmed: nothing else reaches the database. */
export function skillsAnswers(answers: Readonly<Record<string, string>>): Record<SkillsQuestion, string> {
  return Object.fromEntries(SKILLS_QUESTIONS.map((q) => [q, (answers[q] ?? "").replace(/\r\n?/g, "\n").trim()])) as Record<SkillsQuestion, string>;
}
