// Best Value service reviews (seed 003): the programme, Stars of Excellence, the review life cycle and its checks.
export * from "./vocabulary.js";
export { BRIEF_FIELDS, BRIEF_TEXT_MAX, BRIEF_TEXTAREA_MAX, type BriefField, type BriefFieldKind } from "./brief-fields.js";
export { isSmart, smartProblems, type SmartObjective, type SmartProblem } from "./smart.js";
export { actionPlanEnd, actionsBeyondOneYear, type PlannedAction } from "./action-plan.js";
export { REVIEW_PARTS, isSettled, reviewPartEditable, type ReviewPart } from "./parts.js";
export { checkSection, isSectionComplete, isSectionStarted, penceToPounds, poundsToPence, type BriefFieldError, type BriefFieldProblem, type SectionCheck } from "./brief-sections.js";
export { actionPlanTooLong, emptyReviewFacts, nextStage, stageBlockers, stageIndex, type Blocker, type ReviewFacts } from "./lifecycle.js";
export { TASK_GROUPS, reviewTaskList, type ReviewTask, type ReviewTaskGroup, type TaskGroupId, type TaskStatus } from "./task-list.js";
export { MATRIX_COLUMNS, MATRIX_ROWS, assessRisk, orderRiskRegister, riskBand, riskMatrix, riskRating, type RatedRisk, type RiskBand, type RiskMatrixCell } from "./risk.js";
export { IMPROVEMENT_UPDATE_MONTHS, addMonths, improvementUpdateSchedule, type ImprovementUpdateSchedule } from "./improvement-updates.js";
export { actionPlanProgress, isActionOverdue, latestActionDue, type ActionPlanProgress, type TrackedAction } from "./action-plan-progress.js";
export {
  SUMMARY_FIELDS,
  SUMMARY_MAX_LENGTH,
  SUMMARY_MAX_SENTENCE_WORDS,
  TRANSLATION_LANGUAGES,
  canPublish,
  englishOnlyConflict,
  longestSentenceWords,
  publicationProblems,
  summaryForReader,
  summaryTextProblems,
  type PublicationProblem,
  type ReaderSummary,
  type StoredSummary,
  type SummaryField,
  type SummaryText,
  type SummaryTextProblem,
} from "./publication.js";
export { formatReviewReference, nextReviewReference, parseReviewReference, type ReviewReferenceParts } from "./reference.js";
export {
  PROGRAMME_STATUSES,
  PROGRAMME_YEARS,
  REVIEW_INTERVAL_YEARS,
  addYears,
  financialYearLabel,
  programmeBreaches,
  programmeCoverage,
  programmeEnd,
  programmeYears,
  type AreaCoverage,
  type CompletedReview,
  type PlannedFinish,
  type PlannedReview,
  type ProgrammeOptions,
  type ProgrammeStatus,
} from "./programme.js";
export {
  STARS_DESCRIPTORS,
  STARS_GROUP_IDS,
  STARS_LEVELS,
  STARS_TOTAL_MAX,
  compareStars,
  starsGroupOf,
  starsProfile,
  validateStarsAssessment,
  type StarsAssessmentInput,
  type StarsChange,
  type StarsComparison,
  type StarsGroup,
  type StarsLevel,
  type StarsParticipant,
  type StarsProblem,
  type StarsProfile,
  type StarsRatings,
} from "./stars.js";
export { PRIORITY_WEIGHTS, complaintsPer1000Homes, lastTwelveMonths, prioritiseServices, type Priority, type PriorityInput, type PriorityReason } from "./prioritisation.js";
export { MARKET_TEST_CRITERIA, MARKET_TEST_GROUPS, marketTestDecision, marketTestTally, type MarketTestCriterion, type MarketTestTally } from "./market-test.js";
export {
  ANSWER_MAX,
  FOUR_CS_BANK,
  FOUR_CS_QUESTIONS,
  answerProblems,
  fourCsProgress,
  fourCsQuestion,
  isFourC,
  type AnswerProblem,
  type FourCProgress,
  type FourCsQuestion,
  type FourCsTopic,
} from "./four-cs.js";
export { countsAsReceived, residentInsight, type InsightComplaint, type InsightWindow, type ResidentInsight, type ResidentInsightOptions } from "./resident-insight.js";
export { EVIDENCE_FORMS, EVIDENCE_LIMITS, evidenceFileProblem, evidenceLinkProblem, type EvidenceForm, type EvidenceLinkProblem } from "./evidence-log.js";
