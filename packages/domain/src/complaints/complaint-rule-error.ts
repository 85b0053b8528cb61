// A broken complaint rule. `code` is stable and doubles as the translation key
// the apps show next to the field; `details` carries values for interpolation.
export type ComplaintRuleCode =
  | "complaints.illegalTransition"
  | "complaints.invalidDate"
  | "complaints.dateOutOfOrder"
  | "complaints.handlerRequired"
  | "complaints.sameHandler"
  | "complaints.pointsRequired"
  | "complaints.invalidPoint"
  | "complaints.alreadyExtended"
  | "complaints.extensionInvalid"
  | "complaints.extensionTooLong"
  | "complaints.extensionReasonRequired"
  | "complaints.decisionsMismatch"
  | "complaints.invalidDecision"
  | "complaints.reasonsRequired"
  | "complaints.invalidCompensation"
  | "complaints.invalidAction"
  | "complaints.causeRequired"
  | "complaints.lessonsRequired"
  | "complaints.invalidRefusalReason"
  | "complaints.refusalExplanationRequired"
  | "complaints.requestChannelRequired"
  | "complaints.requestInFuture"
  | "complaints.requestBeforeResponse"
  | "complaints.noHomes"
  | "complaints.invalidPeriod";

export class ComplaintRuleError extends Error {
  readonly code: ComplaintRuleCode;
  readonly details: Readonly<Record<string, string | number>>;
  constructor(code: ComplaintRuleCode, message: string, details: Record<string, string | number> = {}) {
    super(message);
    this.name = "ComplaintRuleError";
    this.code = code;
    this.details = details;
  }
}
