// Complaints under the Housing Ombudsman's Complaint Handling Code.
export { CODE_TIMESCALES, timescalesFor, type ComplaintStage } from "./code-timescales.js";
export { ComplaintRuleError, type ComplaintRuleCode } from "./complaint-rule-error.js";
export { REFUSAL_REASONS, isRefusalReason, type RefusalReason } from "./refusal-reasons.js";
export { POINT_DECISIONS, isPointDecision, type PointDecision } from "./point-decisions.js";
export {
  COMPLAINT_STATUSES,
  newComplaint,
  stageOf,
  type ComplaintEvent,
  type ComplaintEventType,
  type ComplaintPoint,
  type ComplaintState,
  type ComplaintStatus,
  type PointResponse,
  type Remedy,
  type RemedyAction,
  type Stage2Request,
  type StageRecord,
} from "./complaint.js";
export { COMPLAINT_TRANSITIONS, allowedEvents, applyComplaintEvent, isTerminal, replayComplaint } from "./lifecycle.js";
export {
  complaintDeadlines,
  dueWithin,
  isOverdue,
  openDeadline,
  type CalendarOptions,
  type ComplaintTimeline,
  type Deadline,
  type DeadlineStep,
  type StageTimeline,
  type TodayOptions,
} from "./deadlines.js";
export { roundToTenths, type ReportingPeriod } from "./reporting-period.js";
export { ch01ComplaintsPer1000Homes, type Ch01Figure, type Ch01Options, type Ch01Record, type Ch01Result } from "./ch01-complaints-per-1000-homes.js";
export { ch02RespondedWithinTimescale, type Ch02Figure, type Ch02Options, type Ch02Result } from "./ch02-responded-within-timescale.js";
export { CAUSE_CATEGORIES, isCauseCategory, type CauseCategory } from "./cause-categories.js";
export { COMPLAINT_CHANNELS, STAFF_RECORDED_CHANNELS, type ComplaintChannel } from "./channels.js";
export { formatComplaintReference, parseComplaintReference } from "./reference.js";
export {
  ATTACHMENT_LIMITS,
  ATTACHMENT_TYPES,
  attachmentProblem,
  safeAttachmentName,
  sniffAttachmentType,
  type AttachmentProblem,
  type AttachmentType,
} from "./attachments.js";
export {
  complaintsPerformanceReport,
  financialYear,
  financialYearOf,
  type PerformanceReport,
  type ReportableComplaint,
  type StageSpeed,
} from "./performance-report.js";
