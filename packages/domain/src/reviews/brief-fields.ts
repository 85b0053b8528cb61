import type { BriefSection } from "./vocabulary.js";

/**
 * The free fields of each cover-report section (seed 003, appendix 4), in the
 * report's order. Labels and hints are translated as
 * `reviews:field.<section>.<field>.label|hint`; the stored value is always a string.
 *
 * - `text`/`textarea`: free text, up to `maxLength` characters
 * - `date`: an ISO date (YYYY-MM-DD)
 * - `pounds`: an amount in pounds and pence as typed ("1,250.50"); stored as pence
 * - `yes-no`: "yes" or "no"
 * - `level`: "high", "medium" or "low"
 */
export type BriefFieldKind = "text" | "textarea" | "date" | "pounds" | "yes-no" | "level";

export interface BriefField {
  id: string;
  kind: BriefFieldKind;
  /** Needed before the section counts as complete. */
  required: boolean;
}

const text = (id: string, required = true): BriefField => ({ id, kind: "text", required });
const area = (id: string, required = true): BriefField => ({ id, kind: "textarea", required });
const field = (id: string, kind: BriefFieldKind, required = true): BriefField => ({ id, kind, required });

export const BRIEF_FIELDS: Record<BriefSection, readonly BriefField[]> = {
  "main-details": [
    text("seniorManager"),
    text("leadOfficer"),
    area("businessPlanLink"),
    area("serviceObjective"),
    area("localOffer", false),
    area("currentImpact"),
    text("projectReference", false),
  ],
  context: [
    text("regulatoryStandard"),
    text("regulatoryTheme", false),
    area("regulatoryOutcome"),
    area("inspectionQuestion", false),
  ],
  resources: [
    area("resourceNeeds"),
    field("resourceAmount", "pounds"),
    area("resourceInformation", false),
    area("valueForMoney"),
    field("valueForMoneyAmount", "pounds", false),
    area("efficiencySavings", false),
    field("efficiencySavingsAmount", "pounds", false),
  ],
  equality: [
    area("stakeholders"),
    area("groupsAffected"),
    area("impact"),
    area("description", false),
    field("assessmentCompleted", "yes-no"),
  ],
  implementation: [
    field("staffInformed", "yes-no"),
    area("comments", false),
    field("inTeamBrief", "yes-no"),
    field("briefingOn", "date", false),
    area("serviceImplications"),
    text("areasAffected", false),
    field("informedOn", "date", false),
  ],
  "service-improvement": [area("beneficiaries"), area("improvementOutcome")],
  "involvement-plan": [
    area("howResidentsInvolved"),
    area("hardToReachGroups"),
    area("methods"),
    area("supportOffered", false),
  ],
  "impact-assessment": [
    area("howInvolvementShapedReview"),
    area("whatChangedForResidents"),
    area("equalityOfAccess"),
    area("valueForMoney"),
    field("rating", "level"),
  ],
};

export const BRIEF_TEXT_MAX = 200;
export const BRIEF_TEXTAREA_MAX = 4000;
