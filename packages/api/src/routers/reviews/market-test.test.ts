import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { programmeWorld, type ProgrammeWorld } from "./programme-test-support.js";

const all = (score: (n: number) => number) => Array.from({ length: 21 }, (_, i) => ({ criterion: i + 1, score: score(i + 1), note: "" }));

describe("market-test appraisal", () => {
  const db = useTestDatabase();
  let world: ProgrammeWorld;
  beforeAll(async () => {
    world = await programmeWorld(db());
  });

  it("saves a few scores at a time, tallies them, and decides once all 21 are scored", async () => {
    const review = await world.review("repairs", "options_appraisal");
    const api = world.asOfficer.marketTest;
    let state = await api.get({ reference: review.reference });
    expect(state).toMatchObject({ scores: [], decision: null, tally: { scored: 0 } });

    await api.save({
      reviewId: review.id,
      version: state.version,
      scores: [
        { criterion: 1, score: 2, note: "Core landlord duty" },
        { criterion: 2, score: 5, note: "" },
      ],
    });
    state = await api.get({ reference: review.reference });
    expect(state.scores).toEqual([
      { criterion: 1, score: 2, note: "Core landlord duty" },
      { criterion: 2, score: 5, note: "" },
    ]);
    expect(state.tally.byDecision).toMatchObject({ "retain-in-house": 1, "market-test-elements": 1 });
    expect(state.decision).toBeNull();

    // All 21: nine 4s and 5s, seven 3s, five 6s (criterion 1 re-scored): 4s and 5s together win.
    const result = await api.save({ reviewId: review.id, version: state.version, scores: all((n) => (n <= 9 ? (n % 2 ? 4 : 5) : n <= 16 ? 3 : 6)) });
    expect(result).toEqual({ scored: 21, decision: "market-test-elements" });
    state = await api.get({ reference: review.reference });
    expect(state.scores[0]).toEqual({ criterion: 1, score: 4, note: "" });
    expect(state.tally.byScore).toEqual({ 1: 0, 2: 0, 3: 7, 4: 5, 5: 4, 6: 5 });
    expect(state.decision).toBe("market-test-elements");
  });

  it("takes the cautious decision on a tie, as the domain rule says", async () => {
    const review = await world.review("rent", "fieldwork");
    // Seven 6s, seven 3s, seven 2s: a three-way tie goes to retaining the service in house.
    const result = await world.asOfficer.marketTest.save({ reviewId: review.id, version: review.version, scores: all((n) => (n <= 7 ? 6 : n <= 14 ? 3 : 2)) });
    expect(result.decision).toBe("retain-in-house");
  });

  it("clears a criterion sent without a score and leaves unsent ones alone", async () => {
    const review = await world.review("grounds", "planning");
    await world.asOfficer.marketTest.save({ reviewId: review.id, version: 1, scores: all(() => 1) });
    await world.asOfficer.marketTest.save({ reviewId: review.id, version: 2, scores: [{ criterion: 3, score: null, note: "" }] });
    const state = await world.asOfficer.marketTest.get({ reference: review.reference });
    expect(state.scores.map((s) => s.criterion)).not.toContain(3);
    expect(state.scores).toHaveLength(20);
    expect(state.decision).toBeNull();
  });

  it("refuses scores outside 1–6 and a note without a score, at their fields, and saves nothing", async () => {
    const review = await world.review("repairs", "fieldwork");
    expect(
      await problems(
        world.asOfficer.marketTest.save({
          reviewId: review.id,
          version: 1,
          scores: [
            { criterion: 1, score: 7, note: "" },
            { criterion: 2, score: 3, note: "" },
          ],
        }),
      ),
    ).toEqual([{ field: "scores.0.score", key: "errors.reviews.marketTest.scoreInvalid" }]);
    expect(
      await problems(
        world.asOfficer.marketTest.save({
          reviewId: review.id,
          version: 1,
          scores: [
            { criterion: 1, score: 4, note: "" },
            { criterion: 2, score: null, note: "Depends on the depot lease" },
          ],
        }),
      ),
    ).toEqual([{ field: "scores.1.score", key: "errors.reviews.marketTest.scoreForNote" }]);
    expect(await db().select().from(schema.marketTestScores).where(eq(schema.marketTestScores.reviewId, review.id))).toEqual([]);
  });

  it("refuses a stale form and a settled review", async () => {
    const review = await world.review("rent", "reporting");
    await world.asOfficer.marketTest.save({ reviewId: review.id, version: 1, scores: [{ criterion: 1, score: 3, note: "" }] });
    expect(await refusal(world.asOfficer.marketTest.save({ reviewId: review.id, version: 1, scores: [{ criterion: 1, score: 4, note: "" }] }))).toBe("errors.reviews.changedMeanwhile");
    const approved = await world.review("rent", "approved");
    expect(await refusal(world.asOfficer.marketTest.save({ reviewId: approved.id, version: 1, scores: [{ criterion: 1, score: 4, note: "" }] }))).toBe("errors.reviews.notEditable");
  });

  it("lets scrutiny read a settled review's appraisal but not one still running", async () => {
    const running = await world.review("repairs", "options_appraisal");
    const approved = await world.review("repairs", "approved");
    expect(await refusal(world.asPanel.marketTest.get({ reference: running.reference }))).toBe("errors.notFound");
    expect((await world.asPanel.marketTest.get({ reference: approved.reference })).scores).toEqual([]);
  });
});
