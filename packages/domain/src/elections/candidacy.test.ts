import { describe, expect, it } from "vitest";
import { SKILLS_QUESTIONS, STATEMENT_MAX_CHARACTERS, nominationProblems, skillsAnswers, writtenStatements, type Nomination } from "./candidacy.js";

const LANGUAGES = ["en", "cy", "pl", "ur", "ar", "so"];
const statement = "I have lived on the Maes y Coed estate for twelve years and chair our tenants' group.";
const answers = Object.fromEntries(SKILLS_QUESTIONS.map((q) => [q, `My answer to ${q}`]));
const good: Nomination = { statements: [{ language: "en", statement }], answers, acknowledged: true };

describe("a nomination", () => {
  it("is complete with one statement, every skills answer and the acknowledgement", () => {
    expect(nominationProblems(good, LANGUAGES)).toEqual([]);
  });

  it("may be written in several languages, blanks ignored", () => {
    const several = { ...good, statements: [{ language: "cy", statement: `${statement} (Cymraeg)` }, { language: "en", statement }, { language: "pl", statement: "  " }] };
    expect(nominationProblems(several, LANGUAGES)).toEqual([]);
    expect(writtenStatements(several.statements).map((s) => s.language)).toEqual(["cy", "en"]);
  });

  it("lists every problem at once, each against its field", () => {
    const bad: Nomination = {
      statements: [
        { language: "en", statement: "Vote for me" },
        { language: "fr", statement },
        { language: "cy", statement: "x".repeat(STATEMENT_MAX_CHARACTERS + 1) },
      ],
      answers: { ...answers, experience: " ", commitment: "y".repeat(1001) },
      acknowledged: false,
    };
    expect(nominationProblems(bad, LANGUAGES)).toEqual([
      { field: "statement.en", code: "elections.nomination.statementTooShort", min: 50 },
      { field: "statement.fr", code: "elections.nomination.unknownLanguage" },
      { field: "statement.cy", code: "elections.nomination.statementTooLong", max: STATEMENT_MAX_CHARACTERS },
      { field: "skills.experience", code: "elections.nomination.answerRequired" },
      { field: "skills.commitment", code: "elections.nomination.answerTooLong", max: 1000 },
      { field: "acknowledged", code: "elections.nomination.acknowledgementRequired" },
    ]);
  });

  it("needs at least one statement, and one per language", () => {
    expect(nominationProblems({ ...good, statements: [{ language: "en", statement: "" }] }, LANGUAGES)).toEqual([{ field: "statements", code: "elections.nomination.statementRequired" }]);
    expect(nominationProblems({ ...good, statements: [good.statements[0]!, good.statements[0]!] }, LANGUAGES)).toEqual([
      { field: "statement.en", code: "elections.nomination.repeatedLanguage" },
    ]);
  });

  it("counts a browser's line breaks as one character, as the page does", () => {
    const exactly = "a\r\n".repeat(STATEMENT_MAX_CHARACTERS / 2);
    expect(nominationProblems({ ...good, statements: [{ language: "en", statement: exactly }] }, LANGUAGES)).toEqual([]);
  });

  it("keeps only the known questions' answers", () => {
    expect(Object.keys(skillsAnswers({ ...answers, sneaky: "extra" }))).toEqual([...SKILLS_QUESTIONS]);
  });
});
