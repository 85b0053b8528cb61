// Counting a review's facts (what the life-cycle gates and the task list look
// at) from every review table, in one place, so the workspace, the stage page
// and `advance` judge a review on the same numbers.
import { and, count, countDistinct, eq, inArray, max, sql } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { emptyReviewFacts, isSectionComplete, isSectionStarted, isSmart, type ReviewFacts } from "@hearth/domain/reviews";
import type { ReviewRow } from "./review.js";

const t = schema;

export async function countReviewFacts(db: Executor, row: Pick<ReviewRow, "id" | "leadUserId" | "approvedOn" | "summaryPublishedOn">): Promise<ReviewFacts> {
  const id = row.id;
  const facts = emptyReviewFacts();
  facts.hasLead = row.leadUserId !== null;
  facts.approvedOn = row.approvedOn;
  facts.summary.published = row.summaryPublishedOn !== null;

  const sections = await db.select({ section: t.reviewSections.section, fields: t.reviewSections.fields }).from(t.reviewSections).where(eq(t.reviewSections.reviewId, id));
  for (const { section, fields } of sections) {
    facts.sections[section] = { started: isSectionStarted(section, fields), complete: isSectionComplete(section, fields) };
  }

  const members = await db
    .select({ kind: t.reviewGroupMembers.kind, n: count() })
    .from(t.reviewGroupMembers)
    .where(eq(t.reviewGroupMembers.reviewId, id))
    .groupBy(t.reviewGroupMembers.kind);
  for (const { kind, n } of members) facts.group[kind] = n;

  const objectives = await db
    .select({ improvementAction: t.reviewObjectives.improvementAction, measure: t.reviewObjectives.measure, owner: t.reviewObjectives.owner, dueOn: t.reviewObjectives.dueOn })
    .from(t.reviewObjectives)
    .where(eq(t.reviewObjectives.reviewId, id));
  facts.objectives = { count: objectives.length, allSmart: objectives.every(isSmart) };

  const [risks] = await db.select({ n: count() }).from(t.reviewRisks).where(eq(t.reviewRisks.reviewId, id));
  facts.risks = risks?.n ?? 0;
  const [indicators] = await db.select({ n: count() }).from(t.reviewIndicators).where(eq(t.reviewIndicators.reviewId, id));
  facts.indicators = indicators?.n ?? 0;

  const [evidence] = await db
    .select({ n: count(), fromResidents: sql<number>`count(*) filter (where ${inArray(t.reviewEvidence.kind, ["complaint", "insight"])})`.mapWith(Number) })
    .from(t.reviewEvidence)
    .where(eq(t.reviewEvidence.reviewId, id));
  facts.evidence = { count: evidence?.n ?? 0, fromResidents: evidence?.fromResidents ?? 0 };

  const answers = await db
    .select({ c: t.reviewAnswers.fourC, answers: countDistinct(t.reviewAnswers.id), withEvidence: countDistinct(t.reviewAnswerEvidence.answerId) })
    .from(t.reviewAnswers)
    .leftJoin(t.reviewAnswerEvidence, eq(t.reviewAnswerEvidence.answerId, t.reviewAnswers.id))
    .where(eq(t.reviewAnswers.reviewId, id))
    .groupBy(t.reviewAnswers.fourC);
  for (const { c, answers: n, withEvidence } of answers) facts.fourCs[c] = { answers: n, withEvidence };

  const [scores] = await db.select({ n: count() }).from(t.marketTestScores).where(eq(t.marketTestScores.reviewId, id));
  facts.marketTestScores = scores?.n ?? 0;

  const [options] = await db
    .select({ n: count(), recommended: sql<number>`count(*) filter (where ${t.reviewOptions.recommended})`.mapWith(Number) })
    .from(t.reviewOptions)
    .where(eq(t.reviewOptions.reviewId, id));
  facts.options = { count: options?.n ?? 0, recommended: options?.recommended ?? 0 };

  const [actions] = await db.select({ n: count(), latest: max(t.reviewActions.dueOn) }).from(t.reviewActions).where(eq(t.reviewActions.reviewId, id));
  facts.actions = { count: actions?.n ?? 0, latestDueOn: actions?.latest ?? null };

  const [checklist] = await db.select({ n: count() }).from(t.reviewChecklist).where(eq(t.reviewChecklist.reviewId, id));
  facts.checklist = checklist?.n ?? 0;

  const [english] = await db
    .select({ n: count() })
    .from(t.reviewSummaries)
    .where(and(eq(t.reviewSummaries.reviewId, id), eq(t.reviewSummaries.language, "en")));
  facts.summary.english = (english?.n ?? 0) > 0;

  const [updates] = await db.select({ n: count() }).from(t.reviewImprovementUpdates).where(eq(t.reviewImprovementUpdates.reviewId, id));
  facts.updates = updates?.n ?? 0;

  return facts;
}
