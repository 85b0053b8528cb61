import { sql } from "drizzle-orm";
import { bigserial, boolean, check, customType, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import {
  ACTION_STATUSES,
  BRIEF_SECTIONS,
  EVIDENCE_KINDS,
  FINAL_CHECKLIST,
  FOUR_CS,
  GROUP_MEMBER_KINDS,
  REVIEW_STAGES,
  RISK_LEVELS,
  STARS_CRITERIA,
} from "@hearth/domain/reviews";
import { id, stamps } from "./columns.js";
import { complaints } from "./complaints.js";
import { landlords, serviceAreas, users } from "./identity.js";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const reviewStageEnum = pgEnum("review_stage", REVIEW_STAGES);
export const starsCriterionEnum = pgEnum("stars_criterion", STARS_CRITERIA);
export const briefSectionEnum = pgEnum("brief_section", BRIEF_SECTIONS);
export const fourCEnum = pgEnum("four_c", FOUR_CS);
export const riskLevelEnum = pgEnum("risk_level", RISK_LEVELS);
export const evidenceKindEnum = pgEnum("evidence_kind", EVIDENCE_KINDS);
export const groupMemberKindEnum = pgEnum("group_member_kind", GROUP_MEMBER_KINDS);
export const actionStatusEnum = pgEnum("review_action_status", ACTION_STATUSES);
export const checklistItemEnum = pgEnum("checklist_item", FINAL_CHECKLIST);

/** A Stars of Excellence self-assessment of one service, on one day, by named people. */
export const starsAssessments = pgTable(
  "stars_assessments",
  {
    id: id(),
    landlordId: uuid().notNull().references(() => landlords.id),
    serviceAreaId: uuid().notNull().references(() => serviceAreas.id),
    assessedOn: date().notNull(),
    summary: text().notNull().default(""),
    createdByUserId: uuid().notNull().references(() => users.id),
    ...stamps(),
  },
  (t) => [index().on(t.serviceAreaId, t.assessedOn)],
);

export const starsRatings = pgTable(
  "stars_ratings",
  {
    assessmentId: uuid().notNull().references(() => starsAssessments.id, { onDelete: "cascade" }),
    criterion: starsCriterionEnum().notNull(),
    stars: smallint().notNull(),
    note: text().notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.criterion] }), check("stars_ratings_stars_check", sql`${t.stars} between 0 and 3`)],
);

/** Who took part; the seed requires someone from outside the team that delivers the service. */
export const starsParticipants = pgTable(
  "stars_participants",
  {
    id: id(),
    assessmentId: uuid().notNull().references(() => starsAssessments.id, { onDelete: "cascade" }),
    name: text().notNull(),
    role: text().notNull(),
    outsideServiceTeam: boolean().notNull(),
    isResident: boolean().notNull().default(false),
  },
  (t) => [index().on(t.assessmentId)],
);

/**
 * A Best Value review of one service area. It sits on the four-year programme
 * from the day it is scheduled (`programmeYear` is the financial year it starts
 * in, e.g. 2026 for 2026-27) and moves through the life cycle in `stage`.
 */
export const serviceReviews = pgTable(
  "service_reviews",
  {
    id: id(),
    landlordId: uuid().notNull().references(() => landlords.id),
    serviceAreaId: uuid().notNull().references(() => serviceAreas.id),
    /** Short, human reference such as SR-2026-003. */
    reference: text().notNull().unique(),
    title: text().notNull(),
    programmeYear: integer().notNull(),
    stage: reviewStageEnum().notNull().default("scheduled"),
    leadUserId: uuid().references(() => users.id),
    startOn: date(),
    endOn: date(),
    briefAgreedOn: date(),
    approvedOn: date(),
    approvedByUserId: uuid().references(() => users.id),
    feedbackGivenOn: date(),
    impactAssessedOn: date(),
    /** When true the published summary is English only, and says so. */
    summaryEnglishOnly: boolean().notNull().default(false),
    summaryPublishedOn: date(),
    /** Bumped by every change so a stale form is refused. */
    version: integer().notNull().default(1),
    updatedByUserId: uuid().references(() => users.id),
    ...stamps(),
  },
  (t) => [index().on(t.landlordId, t.programmeYear), index().on(t.serviceAreaId, t.stage)],
);

/** Every move on the programme, with the reason the framework says must be auditable. */
export const reviewScheduleChanges = pgTable(
  "review_schedule_changes",
  {
    id: id(),
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    fromYear: integer(),
    toYear: integer().notNull(),
    reason: text().notNull(),
    changedByUserId: uuid().notNull().references(() => users.id),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.reviewId)],
);

/** Life-cycle moves, for the review's history. */
export const reviewStageChanges = pgTable(
  "review_stage_changes",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    fromStage: reviewStageEnum(),
    toStage: reviewStageEnum().notNull(),
    on: date().notNull(),
    note: text().notNull().default(""),
    changedByUserId: uuid().notNull().references(() => users.id),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.reviewId, t.id)],
);

/** The cover report's free-field sections; field ids and their rules live in `@hearth/domain/reviews`. */
export const reviewSections = pgTable(
  "review_sections",
  {
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    section: briefSectionEnum().notNull(),
    fields: jsonb().$type<Record<string, string>>().notNull().default({}),
    updatedByUserId: uuid().notNull().references(() => users.id),
    ...stamps(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.section] })],
);

export const reviewGroupMembers = pgTable(
  "review_group_members",
  {
    id: id(),
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    name: text().notNull(),
    role: text().notNull(),
    kind: groupMemberKindEnum().notNull(),
    /** Lead, staff members and residents with accounts may be linked; partners usually are not. */
    userId: uuid().references(() => users.id),
    ...stamps(),
  },
  (t) => [index().on(t.reviewId)],
);

/** SMART objectives: specific and measurable, with an owner and a date. */
export const reviewObjectives = pgTable(
  "review_objectives",
  {
    id: id(),
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    assessmentDetails: text().notNull().default(""),
    improvementAction: text().notNull(),
    measure: text().notNull(),
    owner: text().notNull(),
    dueOn: date().notNull(),
    evidenceSummary: text().notNull().default(""),
    residentBenefit: text().notNull().default(""),
    ...stamps(),
  },
  (t) => [uniqueIndex().on(t.reviewId, t.position)],
);

/** Milestone tasks under an objective ("Achievable": task, owner, start, end). */
export const reviewObjectiveTasks = pgTable(
  "review_objective_tasks",
  {
    id: id(),
    objectiveId: uuid().notNull().references(() => reviewObjectives.id, { onDelete: "cascade" }),
    task: text().notNull(),
    owner: text().notNull(),
    startOn: date().notNull(),
    endOn: date().notNull(),
    ...stamps(),
  },
  (t) => [index().on(t.objectiveId), check("review_objective_tasks_dates_check", sql`${t.endOn} >= ${t.startOn}`)],
);

export const reviewRisks = pgTable(
  "review_risks",
  {
    id: id(),
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    summary: text().notNull(),
    category: text().notNull().default(""),
    impact: riskLevelEnum().notNull(),
    likelihood: riskLevelEnum().notNull(),
    nature: text().notNull().default(""),
    effect: text().notNull().default(""),
    controlMeasures: text().notNull().default(""),
    contingency: text().notNull().default(""),
    indicators: text().notNull().default(""),
    residualRisk: riskLevelEnum(),
    ...stamps(),
  },
  (t) => [index().on(t.reviewId)],
);

export const reviewIndicators = pgTable(
  "review_indicators",
  {
    id: id(),
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    name: text().notNull(),
    current: text().notNull().default(""),
    target: text().notNull().default(""),
    isNew: boolean().notNull().default(false),
    source: text().notNull().default(""),
    ...stamps(),
  },
  (t) => [index().on(t.reviewId)],
);

/** The evidence log: notes, files, links, meeting records and items from the golden thread. */
export const reviewEvidence = pgTable(
  "review_evidence",
  {
    id: id(),
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    kind: evidenceKindEnum().notNull(),
    title: text().notNull(),
    body: text().notNull().default(""),
    url: text(),
    meetingOn: date(),
    fileName: text(),
    mimeType: text(),
    content: bytea(),
    byteSize: integer(),
    complaintId: uuid().references(() => complaints.id),
    /** For `insight`: the figures as they stood when linked, so the log never changes under the review. */
    snapshot: jsonb().$type<Record<string, unknown>>(),
    createdByUserId: uuid().notNull().references(() => users.id),
    ...stamps(),
  },
  (t) => [index().on(t.reviewId), uniqueIndex("review_evidence_complaint_once").on(t.reviewId, t.complaintId)],
);

/** Answers to the four Cs question bank; `question` is the bank's id. */
export const reviewAnswers = pgTable(
  "review_answers",
  {
    id: id(),
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    fourC: fourCEnum().notNull(),
    question: text().notNull(),
    answer: text().notNull(),
    updatedByUserId: uuid().notNull().references(() => users.id),
    ...stamps(),
  },
  (t) => [uniqueIndex().on(t.reviewId, t.question)],
);

export const reviewAnswerEvidence = pgTable(
  "review_answer_evidence",
  {
    answerId: uuid().notNull().references(() => reviewAnswers.id, { onDelete: "cascade" }),
    evidenceId: uuid().notNull().references(() => reviewEvidence.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.evidenceId] })],
);

/** Market-test appraisal scores (seed 003, appendix 5): one row per criterion 1–21. */
export const marketTestScores = pgTable(
  "market_test_scores",
  {
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    criterion: smallint().notNull(),
    score: smallint().notNull(),
    note: text().notNull().default(""),
    updatedByUserId: uuid().notNull().references(() => users.id),
    ...stamps(),
  },
  (t) => [
    primaryKey({ columns: [t.reviewId, t.criterion] }),
    check("market_test_scores_criterion_check", sql`${t.criterion} between 1 and 21`),
    check("market_test_scores_score_check", sql`${t.score} between 1 and 6`),
  ],
);

/** Options appraisal: the solutions weighed, with their costs, and which are recommended. */
export const reviewOptions = pgTable(
  "review_options",
  {
    id: id(),
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    title: text().notNull(),
    description: text().notNull().default(""),
    costPence: integer().notNull().default(0),
    benefits: text().notNull().default(""),
    recommended: boolean().notNull().default(false),
    ...stamps(),
  },
  (t) => [index().on(t.reviewId), check("review_options_cost_check", sql`${t.costPence} >= 0`)],
);

/** The action plan: no action may fall due more than a year after approval. */
export const reviewActions = pgTable(
  "review_actions",
  {
    id: id(),
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    action: text().notNull(),
    owner: text().notNull(),
    dueOn: date().notNull(),
    status: actionStatusEnum().notNull().default("not_started"),
    completedOn: date(),
    ...stamps(),
  },
  (t) => [index().on(t.reviewId)],
);

/** Six-monthly improvement plan updates, each change with its reason. */
export const reviewImprovementUpdates = pgTable(
  "review_improvement_updates",
  {
    id: id(),
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    on: date().notNull(),
    progress: text().notNull(),
    changes: text().notNull().default(""),
    reason: text().notNull().default(""),
    createdByUserId: uuid().notNull().references(() => users.id),
    ...stamps(),
  },
  (t) => [index().on(t.reviewId, t.on)],
);

export const reviewChecklist = pgTable(
  "review_checklist",
  {
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    item: checklistItemEnum().notNull(),
    checkedOn: date().notNull(),
    checkedByUserId: uuid().notNull().references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.item] })],
);

/**
 * The plain-language "you said, we did" summary residents see, one row per
 * language staff wrote it in. English is required; other languages are
 * translations by staff.
 */
export const reviewSummaries = pgTable(
  "review_summaries",
  {
    reviewId: uuid().notNull().references(() => serviceReviews.id, { onDelete: "cascade" }),
    language: text().notNull(),
    headline: text().notNull(),
    youSaid: text().notNull(),
    weDid: text().notNull(),
    updatedByUserId: uuid().notNull().references(() => users.id),
    ...stamps(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.language] })],
);
