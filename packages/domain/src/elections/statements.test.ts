import { describe, expect, it } from "vitest";
import { statementFor } from "./statements.js";

const statements = [
  { language: "cy", statement: "Rwy'n byw yma ers deng mlynedd." },
  { language: "en", statement: "I have lived here for ten years." },
];

describe("which statement a resident reads", () => {
  it("is theirs when the candidate wrote in their language", () => {
    expect(statementFor(statements, "en")).toEqual({ ...statements[1], inReadersLanguage: true, otherLanguages: ["cy"] });
  });

  it("is otherwise the candidate's main statement, with its language", () => {
    expect(statementFor(statements, "ar")).toEqual({ ...statements[0], inReadersLanguage: false, otherLanguages: ["en"] });
  });

  it("is nothing when the candidate wrote none", () => {
    expect(statementFor([], "en")).toBeNull();
  });
});
