import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STARS_DESCRIPTORS, compareStars, starsGroupOf, starsProfile, validateStarsAssessment, type StarsRatings } from "./stars.js";
import { STARS_CRITERIA, type StarsCriterion } from "./vocabulary.js";

const all = (stars: number): StarsRatings => Object.fromEntries(STARS_CRITERIA.map((c) => [c, stars])) as StarsRatings;
const outsider = { name: "Aled Price", outsideServiceTeam: true, isResident: true };
const insider = { name: "Rhian Davies", outsideServiceTeam: false };

describe("Stars of Excellence", () => {
  it("describes four levels for each of the ten criteria", () => {
    expect(Object.keys(STARS_DESCRIPTORS)).toEqual([...STARS_CRITERIA]);
    expect(STARS_DESCRIPTORS.leadership).toEqual(["stars.descriptor.leadership.0", "stars.descriptor.leadership.1", "stars.descriptor.leadership.2", "stars.descriptor.leadership.3"]);
    expect(starsGroupOf("processes")).toBe("enablers");
    expect(starsGroupOf("social-results")).toBe("results");
    expect(starsGroupOf("innovation-and-learning")).toBe("feedback");
  });

  describe("validation", () => {
    it("accepts ten whole ratings with someone from outside the team", () => {
      expect(validateStarsAssessment({ ratings: all(2), participants: [insider, outsider] })).toEqual([]);
    });

    it("needs every criterion rated with whole stars from 0 to 3", () => {
      const { people: _, ...missing } = all(1);
      const ratings = { ...missing, leadership: 4, processes: 1.5, "social-results": -1 };
      expect(validateStarsAssessment({ ratings, participants: [outsider] })).toEqual([
        { field: "ratings.leadership", code: "rating-invalid" },
        { field: "ratings.people", code: "rating-missing" },
        { field: "ratings.processes", code: "rating-invalid" },
        { field: "ratings.social-results", code: "rating-invalid" },
      ]);
    });

    it("needs at least one named participant", () => {
      expect(validateStarsAssessment({ ratings: all(0), participants: [] })).toEqual([{ field: "participants", code: "no-participants" }]);
      expect(validateStarsAssessment({ ratings: all(0), participants: [{ name: "  ", outsideServiceTeam: true }] })).toEqual([{ field: "participants", code: "no-participants" }]);
    });

    it("refuses an assessment made only by the service team", () => {
      expect(validateStarsAssessment({ ratings: all(3), participants: [insider, { ...insider, name: "Sam Jones" }] })).toEqual([
        { field: "participants", code: "no-outside-participant" },
      ]);
    });
  });

  it("totals out of 30 with each group and the weakest criteria", () => {
    const ratings = { ...all(2), leadership: 3, "customer-results": 0, "innovation-and-learning": 0 };
    expect(starsProfile(ratings)).toEqual({
      total: 17,
      max: 30,
      groups: { enablers: { total: 11, max: 15 }, results: { total: 6, max: 12 }, feedback: { total: 0, max: 3 } },
      weakest: ["customer-results", "innovation-and-learning"],
    });
    expect(starsProfile(all(3)).weakest).toEqual([]);
    expect(() => starsProfile({ ...all(1), people: 5 })).toThrow(/people/);
  });

  it("compares two assessments per criterion and overall", () => {
    const earlier = { ...all(1), leadership: 2 };
    const later = { ...all(1), leadership: 1, "customer-results": 3, processes: 2 };
    const comparison = compareStars(earlier, later);
    expect(comparison.total).toEqual({ earlier: 11, later: 13, change: 2 });
    expect(comparison.improved).toEqual(["processes", "customer-results"]);
    expect(comparison.declined).toEqual(["leadership"]);
    expect(comparison.criteria.find((c) => c.criterion === "customer-results")).toEqual({ criterion: "customer-results", earlier: 1, later: 3, change: 2 });
  });

  const ratingsArb = fc.tuple(...STARS_CRITERIA.map(() => fc.integer({ min: 0, max: 3 }))).map(
    (stars) => Object.fromEntries(STARS_CRITERIA.map((c, i) => [c, stars[i]])) as Record<StarsCriterion, number>,
  );

  it("always: groups add up to the total, and the overall change is the sum of the changes", () => {
    fc.assert(
      fc.property(ratingsArb, ratingsArb, (a, b) => {
        const profile = starsProfile(a);
        expect(profile.groups.enablers.total + profile.groups.results.total + profile.groups.feedback.total).toBe(profile.total);
        const comparison = compareStars(a, b);
        expect(comparison.criteria.reduce((t, c) => t + c.change, 0)).toBe(comparison.total.change);
        expect(comparison.total.later).toBe(starsProfile(b).total);
      }),
    );
  });
});
