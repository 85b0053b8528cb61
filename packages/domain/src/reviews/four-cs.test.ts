import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANSWER_MAX, FOUR_CS_BANK, FOUR_CS_QUESTIONS, answerProblems, fourCsProgress, fourCsQuestion, isFourC } from "./four-cs.js";
import { FOUR_CS } from "./vocabulary.js";

describe("the four Cs question bank", () => {
  it("groups each C by the handbook's topics", () => {
    expect(FOUR_CS_BANK.challenge.map((t) => t.id)).toEqual([
      "why-we-do-it",
      "strategic-context",
      "operating-environment",
      "customer-intelligence",
      "leadership-and-people",
      "policy-and-strategy",
      "partnerships-and-resources",
    ]);
    expect(FOUR_CS_BANK.consult.map((t) => t.id)).toEqual(["customers-and-stakeholders", "equality-and-diversity", "accessible-formats"]);
    expect(FOUR_CS_BANK.compare.map((t) => t.id)).toEqual(["benchmarking", "good-practice", "performance-measures"]);
    expect(FOUR_CS_BANK.compete.map((t) => t.id)).toEqual(["cost-and-value", "partnerships", "competition-and-outsourcing"]);
  });

  it("gives every question a unique id that names its C, and numbers each C from 1", () => {
    const ids = FOUR_CS_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of FOUR_CS_QUESTIONS) {
      expect(question.id).toMatch(new RegExp(`^${question.c}\\.[a-z][a-z-]*$`));
      expect(fourCsQuestion(question.id)).toBe(question);
    }
    for (const c of FOUR_CS) {
      const numbers = FOUR_CS_BANK[c].flatMap((t) => t.questions.map((q) => q.number));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  // Stored answers point at these ids: renaming one would orphan every answer to it.
  it("keeps the ids answers are stored under", () => {
    expect(fourCsQuestion("challenge.objectives")?.topic).toBe("why-we-do-it");
    expect(fourCsQuestion("consult.seldom-heard")?.topic).toBe("customers-and-stakeholders");
    expect(fourCsQuestion("compare.peers")?.topic).toBe("performance-measures");
    expect(fourCsQuestion("compete.suppliers")?.topic).toBe("competition-and-outsourcing");
    expect(FOUR_CS_QUESTIONS).toHaveLength(94);
  });

  it("knows nothing of ids outside the bank", () => {
    expect(fourCsQuestion("challenge")).toBeUndefined();
    expect(fourCsQuestion("challenge.nope")).toBeUndefined();
    expect(fourCsQuestion("__proto__")).toBeUndefined();
    expect(isFourC("compete")).toBe(true);
    expect(isFourC("complain")).toBe(false);
  });
});

describe("answerProblems", () => {
  it("accepts words backed by at least one piece of evidence", () => {
    expect(answerProblems("Benchmarking shows we sit in the second quartile.", ["e1"])).toEqual([]);
  });

  it("needs text and evidence, naming both when both are missing", () => {
    expect(answerProblems("  \n ", [])).toEqual(["answerRequired", "evidenceRequired"]);
    expect(answerProblems("A finding", [])).toEqual(["evidenceRequired"]);
    expect(answerProblems("A finding", ["", " "])).toEqual(["evidenceRequired"]);
    expect(answerProblems("", ["e1"])).toEqual(["answerRequired"]);
  });

  it("refuses an answer longer than the limit, counting the trimmed text", () => {
    expect(answerProblems(`  ${"a".repeat(ANSWER_MAX)}  `, ["e1"])).toEqual([]);
    expect(answerProblems("a".repeat(ANSWER_MAX + 1), ["e1"])).toEqual(["answerTooLong"]);
  });
});

describe("fourCsProgress", () => {
  it("counts answered questions per C and says where each C stands", () => {
    const consult = FOUR_CS_BANK.consult.flatMap((t) => t.questions.map((q) => q.id));
    const progress = fourCsProgress(["challenge.objectives", "challenge.swot", ...consult, "compete.nope"]);
    expect(progress.challenge).toMatchObject({ answered: 2, status: "in-progress" });
    expect(progress.consult).toEqual({ c: "consult", answered: consult.length, total: consult.length, status: "completed" });
    expect(progress.compare).toMatchObject({ answered: 0, status: "not-started" });
    expect(progress.compete).toMatchObject({ answered: 0, status: "not-started" });
  });

  it("never counts more than the bank holds, whatever ids arrive", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...FOUR_CS_QUESTIONS.map((q) => q.id)), fc.string())), (ids) => {
        const progress = fourCsProgress(ids);
        const total = FOUR_CS.reduce((sum, c) => sum + progress[c].answered, 0);
        expect(total).toBe(new Set(ids.filter((id) => fourCsQuestion(id))).size);
        for (const c of FOUR_CS) expect(progress[c].answered).toBeLessThanOrEqual(progress[c].total);
      }),
    );
  });
});
