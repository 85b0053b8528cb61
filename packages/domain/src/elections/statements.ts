/**
 * Which of a candidate's statements a resident reads. Candidates may write in
 * several languages; a resident sees their own when the candidate wrote it,
 * otherwise the candidate's main (first) statement, marked with its language
 * so the page can set `lang` on it and a screen reader pronounces it rightly.
 */
export interface Statement {
  language: string;
  statement: string;
}

export interface ShownStatement extends Statement {
  /** True when this is the resident's own language. */
  inReadersLanguage: boolean;
  /** The other languages this candidate wrote in, for "also available in". */
  otherLanguages: string[];
}

/** `statements` in the candidate's order; null when the candidate wrote none. */
export function statementFor(statements: readonly Statement[], readerLanguage: string): ShownStatement | null {
  const first = statements[0];
  if (!first) return null;
  const own = statements.find((s) => s.language === readerLanguage);
  const shown = own ?? first;
  return {
    language: shown.language,
    statement: shown.statement,
    inReadersLanguage: own !== undefined,
    otherLanguages: statements.map((s) => s.language).filter((language) => language !== shown.language),
  };
}
