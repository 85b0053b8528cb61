// Everything the cover report (seed 003, appendix 4) prints, read straight
// from the review tables in one pass so the HTML view and the PDF show the
// same facts. Reading only: who may see it is decided by the caller.
import { asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { schema, type Executor } from "@hearth/db";
import {
  BRIEF_FIELDS,
  BRIEF_SECTIONS,
  FOUR_CS,
  MARKET_TEST_CRITERIA_COUNT,
  assessRisk,
  marketTestDecision,
  orderRiskRegister,
  type BriefSection,
  type FourC,
} from "@hearth/domain/reviews";
import type { LoadedReview } from "./review.js";

const {
  users,
  complaints,
  reviewSections,
  reviewGroupMembers,
  reviewObjectives,
  reviewObjectiveTasks,
  reviewRisks,
  reviewIndicators,
  reviewEvidence,
  reviewAnswers,
  reviewAnswerEvidence,
  marketTestScores,
  reviewOptions,
  reviewActions,
  reviewImprovementUpdates,
  reviewChecklist,
} = schema;

export interface CoverSection {
  section: BriefSection;
  /** Every field of the section in the report's order; "" when not filled in. */
  fields: { id: string; kind: string; value: string }[];
}

async function sections(db: Executor, reviewId: string): Promise<CoverSection[]> {
  const rows = await db.select({ section: reviewSections.section, fields: reviewSections.fields }).from(reviewSections).where(eq(reviewSections.reviewId, reviewId));
  const stored = new Map(rows.map((row) => [row.section, row.fields]));
  return BRIEF_SECTIONS.map((section) => ({
    section,
    fields: BRIEF_FIELDS[section].map((field) => ({ id: field.id, kind: field.kind, value: stored.get(section)?.[field.id] ?? "" })),
  }));
}

async function objectives(db: Executor, reviewId: string) {
  const rows = await db
    .select({
      id: reviewObjectives.id,
      position: reviewObjectives.position,
      assessmentDetails: reviewObjectives.assessmentDetails,
      improvementAction: reviewObjectives.improvementAction,
      measure: reviewObjectives.measure,
      owner: reviewObjectives.owner,
      dueOn: reviewObjectives.dueOn,
      evidenceSummary: reviewObjectives.evidenceSummary,
      residentBenefit: reviewObjectives.residentBenefit,
    })
    .from(reviewObjectives)
    .where(eq(reviewObjectives.reviewId, reviewId))
    .orderBy(asc(reviewObjectives.position));
  const tasks = rows.length
    ? await db
        .select({ id: reviewObjectiveTasks.id, objectiveId: reviewObjectiveTasks.objectiveId, task: reviewObjectiveTasks.task, owner: reviewObjectiveTasks.owner, startOn: reviewObjectiveTasks.startOn, endOn: reviewObjectiveTasks.endOn })
        .from(reviewObjectiveTasks)
        .where(inArray(reviewObjectiveTasks.objectiveId, rows.map((row) => row.id)))
        .orderBy(asc(reviewObjectiveTasks.startOn), asc(reviewObjectiveTasks.createdAt))
    : [];
  return rows.map((row) => ({ ...row, tasks: tasks.filter((task) => task.objectiveId === row.id).map(({ objectiveId: _, ...task }) => task) }));
}

async function evidenceLog(db: Executor, reviewId: string) {
  return db
    .select({
      id: reviewEvidence.id,
      kind: reviewEvidence.kind,
      title: reviewEvidence.title,
      body: reviewEvidence.body,
      url: reviewEvidence.url,
      meetingOn: reviewEvidence.meetingOn,
      fileName: reviewEvidence.fileName,
      byteSize: reviewEvidence.byteSize,
      complaintReference: complaints.reference,
      addedAt: reviewEvidence.createdAt,
    })
    .from(reviewEvidence)
    .leftJoin(complaints, eq(complaints.id, reviewEvidence.complaintId))
    .where(eq(reviewEvidence.reviewId, reviewId))
    .orderBy(asc(reviewEvidence.createdAt), asc(reviewEvidence.id));
}

/** Four Cs answers grouped by C, each with the evidence-log entries it cites. */
async function fourCs(db: Executor, reviewId: string) {
  const answers = await db
    .select({ id: reviewAnswers.id, fourC: reviewAnswers.fourC, question: reviewAnswers.question, answer: reviewAnswers.answer })
    .from(reviewAnswers)
    .where(eq(reviewAnswers.reviewId, reviewId))
    .orderBy(asc(reviewAnswers.question));
  const links = answers.length
    ? await db
        .select({ answerId: reviewAnswerEvidence.answerId, evidenceId: reviewEvidence.id, title: reviewEvidence.title, kind: reviewEvidence.kind })
        .from(reviewAnswerEvidence)
        .innerJoin(reviewEvidence, eq(reviewEvidence.id, reviewAnswerEvidence.evidenceId))
        .where(inArray(reviewAnswerEvidence.answerId, answers.map((answer) => answer.id)))
        .orderBy(asc(reviewEvidence.createdAt))
    : [];
  return FOUR_CS.map((fourC: FourC) => ({
    fourC,
    answers: answers
      .filter((answer) => answer.fourC === fourC)
      .map(({ id, question, answer }) => ({
        question,
        answer,
        evidence: links.filter((link) => link.answerId === id).map(({ evidenceId, title, kind }) => ({ id: evidenceId, title, kind })),
      })),
  }));
}

/** The whole cover report of one review. */
export async function coverReport(db: Executor, review: LoadedReview) {
  const { row, serviceArea } = review;
  const reviewId = row.id;
  const lead = alias(users, "lead");
  const approver = alias(users, "approver");
  const [people] = await db
    .select({ lead: lead.name, approvedBy: approver.name })
    .from(schema.serviceReviews)
    .leftJoin(lead, eq(lead.id, schema.serviceReviews.leadUserId))
    .leftJoin(approver, eq(approver.id, schema.serviceReviews.approvedByUserId))
    .where(eq(schema.serviceReviews.id, reviewId));

  const [brief, objectiveRows, risks, indicators, evidence, answers, scores, options, actions, updates, checklist, group] = await Promise.all([
    sections(db, reviewId),
    objectives(db, reviewId),
    db
      .select({
        id: reviewRisks.id,
        summary: reviewRisks.summary,
        category: reviewRisks.category,
        impact: reviewRisks.impact,
        likelihood: reviewRisks.likelihood,
        nature: reviewRisks.nature,
        effect: reviewRisks.effect,
        controlMeasures: reviewRisks.controlMeasures,
        contingency: reviewRisks.contingency,
        indicators: reviewRisks.indicators,
        residualRisk: reviewRisks.residualRisk,
      })
      .from(reviewRisks)
      .where(eq(reviewRisks.reviewId, reviewId))
      .orderBy(asc(reviewRisks.createdAt), asc(reviewRisks.id)),
    db
      .select({ id: reviewIndicators.id, name: reviewIndicators.name, current: reviewIndicators.current, target: reviewIndicators.target, isNew: reviewIndicators.isNew, source: reviewIndicators.source })
      .from(reviewIndicators)
      .where(eq(reviewIndicators.reviewId, reviewId))
      .orderBy(asc(reviewIndicators.createdAt), asc(reviewIndicators.id)),
    evidenceLog(db, reviewId),
    fourCs(db, reviewId),
    db
      .select({ criterion: marketTestScores.criterion, score: marketTestScores.score, note: marketTestScores.note })
      .from(marketTestScores)
      .where(eq(marketTestScores.reviewId, reviewId))
      .orderBy(asc(marketTestScores.criterion)),
    db
      .select({ id: reviewOptions.id, title: reviewOptions.title, description: reviewOptions.description, costPence: reviewOptions.costPence, benefits: reviewOptions.benefits, recommended: reviewOptions.recommended })
      .from(reviewOptions)
      .where(eq(reviewOptions.reviewId, reviewId))
      .orderBy(asc(reviewOptions.createdAt), asc(reviewOptions.id)),
    db
      .select({ id: reviewActions.id, action: reviewActions.action, owner: reviewActions.owner, dueOn: reviewActions.dueOn, status: reviewActions.status, completedOn: reviewActions.completedOn })
      .from(reviewActions)
      .where(eq(reviewActions.reviewId, reviewId))
      .orderBy(asc(reviewActions.dueOn), asc(reviewActions.createdAt)),
    db
      .select({ id: reviewImprovementUpdates.id, on: reviewImprovementUpdates.on, progress: reviewImprovementUpdates.progress, changes: reviewImprovementUpdates.changes, reason: reviewImprovementUpdates.reason })
      .from(reviewImprovementUpdates)
      .where(eq(reviewImprovementUpdates.reviewId, reviewId))
      .orderBy(asc(reviewImprovementUpdates.on)),
    db.select({ item: reviewChecklist.item, checkedOn: reviewChecklist.checkedOn }).from(reviewChecklist).where(eq(reviewChecklist.reviewId, reviewId)),
    db
      .select({ id: reviewGroupMembers.id, name: reviewGroupMembers.name, role: reviewGroupMembers.role, kind: reviewGroupMembers.kind })
      .from(reviewGroupMembers)
      .where(eq(reviewGroupMembers.reviewId, reviewId))
      .orderBy(asc(reviewGroupMembers.kind), asc(reviewGroupMembers.name)),
  ]);

  return {
    reference: row.reference,
    title: row.title,
    serviceArea: { slug: serviceArea.slug, name: serviceArea.name },
    stage: row.stage,
    programmeYear: row.programmeYear,
    startOn: row.startOn,
    endOn: row.endOn,
    briefAgreedOn: row.briefAgreedOn,
    approvedOn: row.approvedOn,
    approvedBy: people?.approvedBy ?? null,
    lead: people?.lead ?? null,
    summaryPublishedOn: row.summaryPublishedOn,
    sections: brief,
    objectives: objectiveRows,
    // Highest-rated risks first, as the register is read.
    risks: orderRiskRegister(risks).map((risk) => ({ ...risk, ...assessRisk(risk) })),
    indicators,
    fourCs: answers,
    evidence,
    marketTest: {
      scores,
      complete: scores.length === MARKET_TEST_CRITERIA_COUNT,
      decision: scores.length === MARKET_TEST_CRITERIA_COUNT ? marketTestDecision(scores.map((s) => s.score)) : null,
    },
    options,
    actions,
    updates,
    checklist,
    group,
  };
}

export type CoverReport = Awaited<ReturnType<typeof coverReport>>;
