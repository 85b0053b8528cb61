import { describe, expect, it } from "vitest";
import { SKILLS_CRITERIA, candidateScore, scoreSheetProblems, suggestShortlist, type PanelScore, type SkillsCriterion } from "./shortlisting.js";

/** One scorer's sheet with the same score on every criterion, or the scores given in criterion order. */
function sheet(scorerId: string, scores: number | number[]): PanelScore[] {
  return SKILLS_CRITERIA.map((criterion, i) => ({ scorerId, criterion, score: typeof scores === "number" ? scores : scores[i]!, reason: "seen at interview" }));
}

const fullSheet = Object.fromEntries(SKILLS_CRITERIA.map((c) => [c, { score: 3, reason: "Clear examples" }])) as Record<SkillsCriterion, { score: number; reason: string }>;

describe("a panel member's score sheet", () => {
  it("accepts whole scores 0 to 5, each with a reason", () => {
    expect(scoreSheetProblems(fullSheet)).toEqual([]);
    expect(scoreSheetProblems({ ...fullSheet, lifeSkills: { score: 0, reason: "No answer given" }, decisions: { score: 5, reason: "Chairs a group" } })).toEqual([]);
  });

  it("points at each bad score and each missing reason", () => {
    expect(scoreSheetProblems({ ...fullSheet, lifeSkills: { score: 6, reason: "x" }, decisions: { score: 2.5, reason: " " }, wholeOrganisation: { score: null, reason: "y" } })).toEqual([
      { field: "score.lifeSkills", key: "elections.candidates.scoreOutOfRange" },
      { field: "score.decisions", key: "elections.candidates.scoreOutOfRange" },
      { field: "reason.decisions", key: "elections.candidates.reasonRequired" },
      { field: "score.wholeOrganisation", key: "elections.candidates.scoreOutOfRange" },
    ]);
  });

  it("needs every criterion", () => {
    const { commitment: _left, ...rest } = fullSheet;
    expect(scoreSheetProblems(rest).map((p) => p.field)).toEqual(["score.commitment", "reason.commitment"]);
  });
});

describe("a candidate's score", () => {
  it("totals every score and averages per panel member", () => {
    const score = candidateScore([...sheet("a", 4), ...sheet("b", 2)]);
    expect(score.total).toBe(30);
    expect(score.scorers).toBe(2);
    expect(score.average).toBe(15);
    expect(score.byCriterion.experience).toBe(3);
  });

  it("has no average before anyone scores", () => {
    expect(candidateScore([])).toMatchObject({ total: 0, scorers: 0, average: null, byCriterion: { lifeSkills: null } });
  });
});

describe("the suggested shortlist", () => {
  it("takes the best averages, not the biggest totals", () => {
    const result = suggestShortlist(
      [
        { id: "seen-by-two", scores: [...sheet("a", 3), ...sheet("b", 3)] }, // total 30, average 15
        { id: "seen-by-one", scores: sheet("a", 4) }, // total 20, average 20
        { id: "weak", scores: sheet("a", 1) },
      ],
      2,
    );
    expect(result.suggested).toEqual(["seen-by-one", "seen-by-two"]);
    expect(result.tiedAtBoundary).toEqual([]);
  });

  it("separates equal averages by the criteria in their listed order", () => {
    const result = suggestShortlist(
      [
        { id: "x", scores: sheet("a", [2, 5, 3, 3, 3]) },
        { id: "y", scores: sheet("a", [3, 3, 3, 3, 4]) },
      ],
      1,
    );
    expect(result.ranked.map((c) => [c.id, c.place])).toEqual([
      ["y", 1],
      ["x", 2],
    ]);
    expect(result.suggested).toEqual(["y"]);
  });

  it("suggests everyone level at the last place and reports the tie for the panel to decide", () => {
    const result = suggestShortlist(
      [
        { id: "top", scores: sheet("a", 5) },
        { id: "level-1", scores: sheet("a", 3) },
        { id: "level-2", scores: sheet("a", 3) },
        { id: "low", scores: sheet("a", 1) },
      ],
      2,
    );
    expect(result.suggested).toEqual(["top", "level-1", "level-2"]);
    expect(result.tiedAtBoundary).toEqual(["level-1", "level-2"]);
    expect(result.ranked.map((c) => c.place)).toEqual([1, 2, 2, 4]);
  });

  it("reports no tie when the level candidates are all inside the shortlist", () => {
    const result = suggestShortlist(
      [
        { id: "a", scores: sheet("p", 4) },
        { id: "b", scores: sheet("p", 4) },
        { id: "c", scores: sheet("p", 1) },
      ],
      2,
    );
    expect(result.suggested).toEqual(["a", "b"]);
    expect(result.tiedAtBoundary).toEqual([]);
  });

  it("never suggests a candidate nobody has scored", () => {
    const result = suggestShortlist([{ id: "scored", scores: sheet("a", 1) }, { id: "unscored", scores: [] }], 5);
    expect(result.suggested).toEqual(["scored"]);
  });
});
