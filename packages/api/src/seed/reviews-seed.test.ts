// The demo review programme, checked against the rules the console enforces,
// on three "todays": late in a financial year, and either side of the
// 1 April boundary, since reviews running now are dated back from today.
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { schema, type Database } from "@hearth/db";
import { financialYearOf } from "@hearth/domain/complaints";
import {
  BRIEF_FIELDS,
  FINAL_CHECKLIST,
  MARKET_TEST_CRITERIA_COUNT,
  REVIEW_STAGES,
  SETTLED_STAGES,
  actionsBeyondOneYear,
  canPublish,
  checkSection,
  englishOnlyConflict,
  fourCsQuestion,
  isSettled,
  marketTestDecision,
  nextStage,
  parseReviewReference,
  penceToPounds,
  programmeBreaches,
  smartProblems,
  stageBlockers,
  stageIndex,
  summaryTextProblems,
  validateStarsAssessment,
  type ReviewStage,
} from "@hearth/domain/reviews";
import { ukToday } from "../repositories/complaints/calendar.js";
import { countReviewFacts } from "../repositories/reviews/facts.js";
import { programmeStanding } from "../repositories/reviews/programme.js";
import { useTestDatabase } from "../testing/index.js";
import { seedDemoData } from "./seed.js";

const t = schema;
const DAY = 86_400_000;
const daysBefore = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);

async function reviewsOf(db: Database) {
  return db
    .select({ review: t.serviceReviews, area: t.serviceAreas.slug })
    .from(t.serviceReviews)
    .innerJoin(t.serviceAreas, eq(t.serviceAreas.id, t.serviceReviews.serviceAreaId))
    .orderBy(asc(t.serviceReviews.reference));
}

describe.each([
  ["late in the financial year", "2026-11-24T12:00:00Z"],
  ["on the first working days of a financial year", "2027-04-02T09:00:00Z"],
  ["in the last days of a financial year", "2027-03-30T16:00:00Z"],
])("the demo review programme %s", (_, iso) => {
  const db = useTestDatabase();
  const now = new Date(iso);
  const today = ukToday(now);
  const year = financialYearOf(today);

  it("seeds, and a second run changes nothing", async () => {
    const first = await seedDemoData(db(), { now });
    expect(first.created).toBe(true);
    const count = await db().$count(t.serviceReviews);
    await seedDemoData(db(), { now });
    expect(await db().$count(t.serviceReviews)).toBe(count);
  });

  it("has a review in every stage, referenced by programme year", async () => {
    const rows = await reviewsOf(db());
    expect(new Set(rows.map((r) => r.review.stage))).toEqual(new Set(REVIEW_STAGES));
    expect(rows.filter((r) => SETTLED_STAGES.includes(r.review.stage) && r.review.programmeYear < year).length).toBeGreaterThanOrEqual(3);
    for (const { review } of rows) {
      const parts = parseReviewReference(review.reference);
      expect(parts?.year, review.reference).toBe(review.programmeYear);
      expect(financialYearOf(review.startOn!), review.reference).toBe(review.programmeYear);
      expect(review.endOn! >= review.startOn!, review.reference).toBe(true);
    }
  });

  it("covers every service area in four years except Repairs, which is overdue with nothing scheduled", async () => {
    const [landlord] = await db().select().from(t.landlords);
    for (const firstYear of [year, year - 1]) {
      const { areas, coverage } = await programmeStanding(db(), landlord!.id, { firstYear, today });
      const breaches = programmeBreaches([...coverage.values()]);
      const slugOf = new Map(areas.map((a) => [a.id, a.slug]));
      expect(breaches.map((b) => [slugOf.get(b.serviceAreaId), b.status]), `programme from ${firstYear}`).toEqual([["repairs", "overdue"]]);
    }
    const rows = await reviewsOf(db());
    const inWindow = (r: (typeof rows)[number]) => r.review.programmeYear >= year - 1 && r.review.programmeYear <= year + 2;
    const areas = await db().select({ slug: t.serviceAreas.slug }).from(t.serviceAreas).where(eq(t.serviceAreas.active, true));
    const covered = new Set(rows.filter(inWindow).map((r) => r.area));
    expect(areas.map((a) => a.slug).filter((slug) => !covered.has(slug))).toEqual(["repairs"]);
    // The e2e journey schedules this year's Repairs review: nothing may be running or planned for it.
    expect(rows.filter((r) => r.area === "repairs" && !isSettled(r.review.stage))).toEqual([]);
  });

  it("records every review's place on the programme and every stage move, in order and in the past", async () => {
    const rows = await reviewsOf(db());
    const schedule = await db().select().from(t.reviewScheduleChanges);
    const moves = await db().select().from(t.reviewStageChanges).orderBy(asc(t.reviewStageChanges.id));
    expect(schedule.filter((s) => s.fromYear !== null && s.reason.trim()).length).toBeGreaterThanOrEqual(1);
    for (const { review } of rows) {
      const added = schedule.filter((s) => s.reviewId === review.id && s.fromYear === null);
      expect(added, review.reference).toHaveLength(1);
      const history = moves.filter((m) => m.reviewId === review.id);
      expect(history.map((m) => m.toStage), review.reference).toEqual(REVIEW_STAGES.slice(0, stageIndex(review.stage) + 1));
      history.forEach((m, i) => {
        expect(m.fromStage, review.reference).toBe(i === 0 ? null : history[i - 1]!.toStage);
        if (i > 0) expect(m.on >= history[i - 1]!.on, review.reference).toBe(true);
        expect(m.on <= today, review.reference).toBe(true);
      });
      const on = (s: ReviewStage) => history.find((m) => m.toStage === s)?.on ?? null;
      expect([review.briefAgreedOn, review.approvedOn, review.feedbackGivenOn, review.impactAssessedOn], review.reference).toEqual([on("brief_agreed"), on("approved"), on("feedback_given"), on("impact_assessed")]);
      const last = schedule.filter((s) => s.reviewId === review.id).sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime()).at(-1)!;
      expect(last.toYear, review.reference).toBe(review.programmeYear);
    }
  });

  it("passed every life-cycle gate on the day it moved", async () => {
    const rows = await reviewsOf(db());
    const moves = await db().select().from(t.reviewStageChanges);
    for (const { review } of rows) {
      const facts = await countReviewFacts(db(), review);
      for (let stage: ReviewStage | null = "scheduled"; stage && stage !== review.stage; stage = nextStage(stage)) {
        const movedOn = moves.find((m) => m.reviewId === review.id && m.toStage === nextStage(stage!))!.on;
        expect(stageBlockers(stage, facts, movedOn), `${review.reference} leaving ${stage}`).toEqual([]);
      }
    }
  });

  it("holds brief sections the console would accept, and SMART objectives with tasks", async () => {
    const sections = await db().select().from(t.reviewSections);
    expect(sections.length).toBeGreaterThan(40);
    for (const row of sections) {
      const typed = Object.fromEntries(
        Object.entries(row.fields).map(([k, v]) => [k, BRIEF_FIELDS[row.section].find((f) => f.id === k)?.kind === "pounds" ? penceToPounds(v) : v]),
      );
      expect(Object.keys(row.fields).every((k) => BRIEF_FIELDS[row.section].some((f) => f.id === k)), row.section).toBe(true);
      expect(checkSection(row.section, typed), row.section).toEqual({ ok: true, fields: row.fields });
    }
    const objectives = await db().select().from(t.reviewObjectives);
    const tasks = await db().select().from(t.reviewObjectiveTasks);
    expect(objectives.length).toBeGreaterThanOrEqual(10);
    for (const objective of objectives) {
      expect(smartProblems(objective), objective.improvementAction).toEqual([]);
      expect(tasks.some((task) => task.objectiveId === objective.id), objective.improvementAction).toBe(true);
    }
  });

  it("keeps every action plan within a year of approval, with some actions done", async () => {
    const reviews = await db().select().from(t.serviceReviews).where(isNotNull(t.serviceReviews.approvedOn));
    const actions = await db().select().from(t.reviewActions);
    expect(actions.filter((a) => a.status === "done").length).toBeGreaterThanOrEqual(5);
    for (const review of reviews) {
      const plan = actions.filter((a) => a.reviewId === review.id);
      expect(plan.length, review.reference).toBeGreaterThan(0);
      expect(actionsBeyondOneYear(plan, review.approvedOn!), review.reference).toEqual([]);
      for (const action of plan) {
        if (action.status === "done") expect(action.completedOn! <= (review.impactAssessedOn ?? today), action.action).toBe(true);
        else expect(action.completedOn, action.action).toBeNull();
      }
      const checklist = await db().select().from(t.reviewChecklist).where(eq(t.reviewChecklist.reviewId, review.id));
      expect(checklist.map((c) => c.item).sort(), review.reference).toEqual([...FINAL_CHECKLIST].sort());
      expect(checklist.every((c) => c.checkedOn <= review.approvedOn!), review.reference).toBe(true);
      const updates = await db().select().from(t.reviewImprovementUpdates).where(eq(t.reviewImprovementUpdates.reviewId, review.id));
      for (const update of updates) expect(update.on > review.approvedOn! && update.on <= (review.impactAssessedOn ?? today), review.reference).toBe(true);
    }
    const older = reviews.filter((r) => r.approvedOn! <= daysBefore(today, 183));
    const withUpdates = await db().selectDistinct({ id: t.reviewImprovementUpdates.reviewId }).from(t.reviewImprovementUpdates);
    expect(older.filter((r) => withUpdates.some((u) => u.id === r.id)).length).toBeGreaterThanOrEqual(2);
  });

  it("has a complete market test wherever options were appraised, with a spread of decisions", async () => {
    const reviews = await db().select().from(t.serviceReviews).where(inArray(t.serviceReviews.stage, REVIEW_STAGES.slice(stageIndex("options_appraisal"))));
    const decisions = new Set<string>();
    for (const review of reviews) {
      const scores = await db().select().from(t.marketTestScores).where(eq(t.marketTestScores.reviewId, review.id)).orderBy(asc(t.marketTestScores.criterion));
      expect(scores.map((s) => s.criterion), review.reference).toEqual(Array.from({ length: MARKET_TEST_CRITERIA_COUNT }, (_, i) => i + 1));
      expect(scores.every((s) => s.note.trim()), review.reference).toBe(true);
      decisions.add(marketTestDecision(scores.map((s) => s.score)));
      const options = await db().select().from(t.reviewOptions).where(eq(t.reviewOptions.reviewId, review.id));
      expect(options.length, review.reference).toBeGreaterThanOrEqual(2);
      if (review.stage !== "options_appraisal") expect(options.filter((o) => o.recommended), review.reference).toHaveLength(1);
    }
    expect(decisions.size).toBeGreaterThanOrEqual(4);
  });

  it("links real complaints of the review's own service area, received before they were linked, without residents' names", async () => {
    const linked = await db()
      .select({ title: t.reviewEvidence.title, linkedAt: t.reviewEvidence.createdAt, reviewArea: t.serviceReviews.serviceAreaId, complaintArea: t.complaints.serviceAreaId, receivedOn: t.complaints.receivedOn, reference: t.complaints.reference })
      .from(t.reviewEvidence)
      .innerJoin(t.serviceReviews, eq(t.serviceReviews.id, t.reviewEvidence.reviewId))
      .innerJoin(t.complaints, eq(t.complaints.id, t.reviewEvidence.complaintId))
      .where(eq(t.reviewEvidence.kind, "complaint"));
    expect(linked.length).toBeGreaterThanOrEqual(6);
    for (const row of linked) {
      expect(row.complaintArea, row.reference).toBe(row.reviewArea);
      expect(row.receivedOn < row.linkedAt.toISOString().slice(0, 10), row.reference).toBe(true);
      expect(row.title, row.reference).toBe(row.reference);
    }
    const [orphans] = await db().select({ n: sql<number>`count(*)::int` }).from(t.reviewEvidence).where(and(eq(t.reviewEvidence.kind, "complaint"), sql`${t.reviewEvidence.complaintId} is null`));
    expect(orphans!.n).toBe(0);
  });

  it("answers the four Cs from the bank, each answer citing its own review's evidence", async () => {
    const answers = await db().select().from(t.reviewAnswers);
    const citations = await db()
      .select({ answerId: t.reviewAnswerEvidence.answerId, evidenceReview: t.reviewEvidence.reviewId })
      .from(t.reviewAnswerEvidence)
      .innerJoin(t.reviewEvidence, eq(t.reviewEvidence.id, t.reviewAnswerEvidence.evidenceId));
    expect(answers.length).toBeGreaterThanOrEqual(20);
    for (const answer of answers) {
      expect(fourCsQuestion(answer.question)?.c, answer.question).toBe(answer.fourC);
      const cited = citations.filter((c) => c.answerId === answer.id);
      expect(cited.length, answer.question).toBeGreaterThan(0);
      expect(cited.every((c) => c.evidenceReview === answer.reviewId), answer.question).toBe(true);
    }
  });

  it("publishes summaries only on settled reviews, translated or marked English only", async () => {
    const reviews = await db().select().from(t.serviceReviews);
    const summaries = await db().select().from(t.reviewSummaries);
    const published = reviews.filter((r) => r.summaryPublishedOn);
    expect(published.length).toBeGreaterThanOrEqual(3);
    expect(published.filter((r) => r.summaryEnglishOnly)).toHaveLength(1);
    for (const review of reviews) {
      const texts = summaries.filter((s) => s.reviewId === review.id);
      const languages = texts.map((s) => s.language);
      expect(englishOnlyConflict({ languages, englishOnly: review.summaryEnglishOnly }), review.reference).toBe(false);
      const english = texts.find((s) => s.language === "en");
      if (english) expect(summaryTextProblems(english, "en"), review.reference).toEqual([]);
      if (!review.summaryPublishedOn) continue;
      expect(SETTLED_STAGES, review.reference).toContain(review.stage);
      expect(canPublish({ stage: review.stage, languages, englishOnly: review.summaryEnglishOnly }), review.reference).toBe(true);
      expect(review.summaryPublishedOn >= review.approvedOn!, review.reference).toBe(true);
    }
    const translated = published.filter((r) => summaries.some((s) => s.reviewId === r.id && s.language === "cy") && summaries.filter((s) => s.reviewId === r.id).length >= 3);
    expect(translated.length).toBeGreaterThanOrEqual(2);
  });

  it("has Stars assessments for every service area, with outside participants, and change over time", async () => {
    const assessments = await db().select({ a: t.starsAssessments, slug: t.serviceAreas.slug }).from(t.starsAssessments).innerJoin(t.serviceAreas, eq(t.serviceAreas.id, t.starsAssessments.serviceAreaId));
    const ratings = await db().select().from(t.starsRatings);
    const participants = await db().select().from(t.starsParticipants);
    const areas = await db().select({ slug: t.serviceAreas.slug }).from(t.serviceAreas).where(eq(t.serviceAreas.active, true));
    expect(new Set(assessments.map((a) => a.slug))).toEqual(new Set(areas.map((a) => a.slug)));
    for (const { a } of assessments) {
      const people = participants.filter((p) => p.assessmentId === a.id);
      const stars = Object.fromEntries(ratings.filter((r) => r.assessmentId === a.id).map((r) => [r.criterion, r.stars]));
      expect(validateStarsAssessment({ ratings: stars, participants: people.map((p) => ({ name: p.name, outsideServiceTeam: p.outsideServiceTeam })) }), a.id).toEqual([]);
      expect(a.assessedOn <= today).toBe(true);
    }
    const perArea = new Map<string, number>();
    for (const { slug } of assessments) perArea.set(slug, (perArea.get(slug) ?? 0) + 1);
    expect([...perArea.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(3);
    expect(participants.filter((p) => p.isResident).length).toBeGreaterThanOrEqual(assessments.length / 2);
    // Repairs' latest assessment is more than a year old, so the e2e journey's new one is the one that counts.
    const repairs = assessments.filter((a) => a.slug === "repairs").map((a) => a.a.assessedOn).sort();
    expect(repairs.at(-1)! < daysBefore(today, 365)).toBe(true);
  });
});
