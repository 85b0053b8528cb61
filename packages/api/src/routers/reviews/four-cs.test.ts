import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { ANSWER_MAX, FOUR_CS_BANK } from "@hearth/domain/reviews";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { evidenceWorld, type EvidenceWorld } from "./evidence-test-support.js";

describe("the four Cs", () => {
  const db = useTestDatabase();
  let world: EvidenceWorld;
  beforeAll(async () => {
    world = await evidenceWorld(db());
  });

  async function reviewWithEvidence(stage: "fieldwork" | "planning" = "fieldwork") {
    const review = await world.review(stage);
    const api = world.asOfficer.reviewEvidence;
    const { id: survey } = await api.addNote({ ...(await world.current(review.id)), title: "Survey", body: "71% satisfied with repairs" });
    const { id: benchmark } = await api.addLink({ ...(await world.current(review.id)), title: "Benchmark", url: "https://example.org/bench" });
    return { review, survey, benchmark };
  }

  const answersOf = (reviewId: string) => db().select().from(schema.reviewAnswers).where(eq(schema.reviewAnswers.reviewId, reviewId));

  it("lists one C's questions by topic, with each saved answer and the evidence it cites", async () => {
    const { review, survey, benchmark } = await reviewWithEvidence();
    const api = world.asOfficer.fourCs;
    await api.saveAnswer({ ...(await world.current(review.id)), question: "compare.peers", answer: "  We sit in the second quartile for cost.  ", evidenceIds: [benchmark, survey, benchmark] });

    const bank = await api.bank({ reference: review.reference, c: "compare" });
    expect(bank).toMatchObject({ c: "compare", canEdit: true, reviewId: review.id });
    expect(bank.topics.map((t) => t.id)).toEqual(FOUR_CS_BANK.compare.map((t) => t.id));
    expect(bank.evidence.map((e) => e.title)).toEqual(["Survey", "Benchmark"]);
    const peers = bank.topics.flatMap((t) => t.questions).find((q) => q.id === "compare.peers")!;
    expect(peers.answer).toMatchObject({ text: "We sit in the second quartile for cost.", updatedBy: "Officer One" });
    expect(peers.answer!.evidence.map((e) => e.id).sort()).toEqual([benchmark, survey].sort());
    expect(bank.progress.compare).toMatchObject({ answered: 1, status: "in-progress" });
    expect(bank.progress.challenge).toMatchObject({ answered: 0, status: "not-started" });
    expect(await api.progress({ reference: review.reference })).toEqual(bank.progress);
  });

  it("replaces an answer and its evidence when saved again, and removes it", async () => {
    const { review, survey, benchmark } = await reviewWithEvidence();
    const api = world.asOfficer.fourCs;
    await api.saveAnswer({ ...(await world.current(review.id)), question: "consult.seldom-heard", answer: "First go", evidenceIds: [survey] });
    await api.saveAnswer({ ...(await world.current(review.id)), question: "consult.seldom-heard", answer: "Pop-up events at two schools", evidenceIds: [benchmark] });
    const bank = await api.bank({ reference: review.reference, c: "consult" });
    const answer = bank.topics[0]!.questions.find((q) => q.id === "consult.seldom-heard")!.answer!;
    expect(answer.text).toBe("Pop-up events at two schools");
    expect(answer.evidence.map((e) => e.id)).toEqual([benchmark]);
    expect(await answersOf(review.id)).toHaveLength(1);

    await api.removeAnswer({ ...(await world.current(review.id)), question: "consult.seldom-heard" });
    expect(await answersOf(review.id)).toHaveLength(0);
    // With the answer gone the evidence is free to remove.
    await world.asOfficer.reviewEvidence.remove({ ...(await world.current(review.id)), id: benchmark });
    expect(await refusal(api.removeAnswer({ ...(await world.current(review.id)), question: "consult.seldom-heard" }))).toBe("errors.notFound");
  });

  it("refuses an answer without evidence or words, naming each field, and saves nothing", async () => {
    const { review, survey } = await reviewWithEvidence();
    const api = world.asOfficer.fourCs;
    const version = await world.current(review.id);
    expect(await problems(api.saveAnswer({ ...version, question: "challenge.objectives", answer: "To keep homes safe", evidenceIds: [] }))).toEqual([
      { field: "evidenceIds", key: "errors.reviews.fourCs.evidenceRequired" },
    ]);
    expect(await problems(api.saveAnswer({ ...version, question: "challenge.objectives", answer: "   ", evidenceIds: [""] }))).toEqual([
      { field: "answer", key: "errors.reviews.fourCs.answerRequired" },
      { field: "evidenceIds", key: "errors.reviews.fourCs.evidenceRequired" },
    ]);
    expect(await problems(api.saveAnswer({ ...version, question: "challenge.objectives", answer: "a".repeat(ANSWER_MAX + 1), evidenceIds: [survey] }))).toEqual([
      { field: "answer", key: "errors.reviews.fourCs.answerTooLong" },
    ]);
    expect(await problems(api.saveAnswer({ ...version, question: "challenge.no-such-question", answer: "x", evidenceIds: [survey] }))).toEqual([
      { field: "question", key: "errors.reviews.fourCs.unknownQuestion" },
    ]);
    expect(await answersOf(review.id)).toHaveLength(0);
    expect((await world.current(review.id)).version).toBe(version.version);
  });

  it("refuses evidence from another review, keeping the answer as it was", async () => {
    const { review, survey } = await reviewWithEvidence();
    const { benchmark: elsewhere } = await reviewWithEvidence();
    const api = world.asOfficer.fourCs;
    await api.saveAnswer({ ...(await world.current(review.id)), question: "compete.cost-now", answer: "£1.2m a year", evidenceIds: [survey] });
    const version = await world.current(review.id);
    expect(await problems(api.saveAnswer({ ...version, question: "compete.cost-now", answer: "Changed", evidenceIds: [survey, elsewhere] }))).toEqual([
      { field: "evidenceIds", key: "errors.reviews.fourCs.evidenceNotInReview" },
    ]);
    expect(await problems(api.saveAnswer({ ...version, question: "compete.cost-now", answer: "Changed", evidenceIds: ["not-a-uuid"] }))).toEqual([
      { field: "evidenceIds", key: "errors.reviews.fourCs.evidenceNotInReview" },
    ]);
    const [kept] = await answersOf(review.id);
    expect(kept!.answer).toBe("£1.2m a year");
    const links = await db().select().from(schema.reviewAnswerEvidence).where(eq(schema.reviewAnswerEvidence.answerId, kept!.id));
    expect(links.map((l) => l.evidenceId)).toEqual([survey]);
    expect((await world.current(review.id)).version).toBe(version.version);
  });

  it("refuses a stale form", async () => {
    const { review, survey } = await reviewWithEvidence();
    const api = world.asOfficer.fourCs;
    const stale = await world.current(review.id);
    await api.saveAnswer({ ...stale, question: "challenge.vision", answer: "Yes", evidenceIds: [survey] });
    expect(await refusal(api.saveAnswer({ ...stale, question: "challenge.vision", answer: "No", evidenceIds: [survey] }))).toBe("errors.reviews.changedMeanwhile");
    expect((await answersOf(review.id))[0]!.answer).toBe("Yes");
  });

  it("is read-only for scrutiny once approved, hidden before, and refused to residents", async () => {
    const { review, survey } = await reviewWithEvidence();
    await world.asOfficer.fourCs.saveAnswer({ ...(await world.current(review.id)), question: "challenge.vision", answer: "A clear one", evidenceIds: [survey] });
    expect(await refusal(world.asPanel.fourCs.bank({ reference: review.reference, c: "challenge" }))).toBe("errors.notFound");

    await world.setStage(review.id, "approved");
    const version = await world.current(review.id);
    const bank = await world.asPanel.fourCs.bank({ reference: review.reference, c: "challenge" });
    expect(bank.canEdit).toBe(false);
    expect(bank.topics[4]!.questions[0]).toMatchObject({ id: "challenge.vision", answer: { text: "A clear one" } });
    expect(await refusal(world.asPanel.fourCs.saveAnswer({ ...version, question: "challenge.vision", answer: "Mine", evidenceIds: [survey] }))).toBe("FORBIDDEN");
    expect(await refusal(world.asOfficer.fourCs.saveAnswer({ ...version, question: "challenge.vision", answer: "Later", evidenceIds: [survey] }))).toBe("errors.reviews.notEditable");
    expect(await refusal(world.asOfficer.fourCs.removeAnswer({ ...version, question: "challenge.vision" }))).toBe("errors.reviews.notEditable");
    expect((await world.asAdmin.fourCs.bank({ reference: review.reference, c: "compete" })).canEdit).toBe(false);
    expect(await refusal(world.asResident.fourCs.bank({ reference: review.reference, c: "challenge" }))).toBe("FORBIDDEN");
    expect(await refusal(world.asResident.fourCs.saveAnswer({ ...version, question: "challenge.vision", answer: "x", evidenceIds: [survey] }))).toBe("FORBIDDEN");
    expect(await refusal(world.asOfficer.fourCs.bank({ reference: review.reference, c: "complain" as "challenge" }))).toBe("BAD_REQUEST");
  });
});
