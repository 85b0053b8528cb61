// Which service is reviewed when, and how far each review has got. Dates are
// specs resolved against the seed's "today" (see `resolve` in reviews.ts):
// - ["fy", k, "MM-DD"]: that day in the financial year k years from this one,
//   for reviews finished in earlier years or planned in later ones;
// - ["ago", n] / ["ahead", n]: n days before or after today, for reviews
//   running now, so they are mid-flight whatever day the demo starts.
// A review's programme year is the financial year its start falls in.
import type { ReviewStage } from "@hearth/domain/reviews";
import type { ReviewStory, StaffKey } from "./review-stories.js";
import { ASB_EARLIER, REPAIRS_EARLIER } from "./review-stories-earlier.js";
import { BUILDING_SAFETY, DAMP_AND_MOULD, ESTATE_SERVICES } from "./review-stories-settled.js";
import { ASB_NOW, CUSTOMER_SERVICE, PLANNED_MAINTENANCE, RENT_AND_INCOME, SCHEDULED, TENANCY_MANAGEMENT } from "./review-stories-running.js";

export type DateSpec = readonly ["fy", number, string] | readonly ["ago", number] | readonly ["ahead", number];

export interface ProgrammeEntry {
  area: string;
  stage: ReviewStage;
  lead: StaffKey;
  start: DateSpec;
  /** Planned end (for finished reviews, the end they were planned to have). */
  end: DateSpec;
  /** The day each stage after `scheduled` was reached, in order, up to `stage`. */
  moves: readonly DateSpec[];
  story: ReviewStory;
  /** Why the review was put on the programme. */
  addedReason: string;
  /** A move on the programme: first planned `years` later (or earlier, when negative), moved on `on`. */
  movedFrom?: { years: number; on: DateSpec; reason: string };
  /** A note on the stage history for a particular move. */
  notes?: Partial<Record<ReviewStage, string>>;
}

const fy = (k: number, monthDay: string) => ["fy", k, monthDay] as const;
const ago = (n: number) => ["ago", n] as const;
const ahead = (n: number) => ["ahead", n] as const;

export const REVIEW_PROGRAMME: readonly ProgrammeEntry[] = [
  // Finished long ago: Repairs' last review, so the service is now overdue (nothing since).
  {
    area: "repairs",
    stage: "impact_assessed",
    lead: "kerry",
    start: fy(-5, "05-10"),
    end: fy(-5, "02-28"),
    moves: [fy(-5, "06-07"), fy(-5, "06-21"), fy(-5, "08-09"), fy(-5, "10-18"), fy(-5, "11-29"), fy(-5, "02-07"), fy(-5, "03-21"), fy(-4, "03-06")],
    story: REPAIRS_EARLIER,
    addedReason: "First four-year programme: repairs is the service residents rate most important and complain about most.",
  },
  {
    area: "anti-social-behaviour",
    stage: "impact_assessed",
    lead: "marcus",
    start: fy(-3, "06-05"),
    end: fy(-3, "01-31"),
    moves: [fy(-3, "06-26"), fy(-3, "07-10"), fy(-3, "09-04"), fy(-3, "11-06"), fy(-3, "12-04"), fy(-3, "01-22"), fy(-3, "03-12"), fy(-2, "02-05")],
    story: ASB_EARLIER,
    addedReason: "Four-year programme: anti-social behaviour has not been reviewed since the 2014 Act's tools came in.",
  },
  // Last financial year's reviews, finished.
  {
    area: "damp-and-mould",
    stage: "impact_assessed",
    lead: "kerry",
    start: fy(-1, "04-14"),
    end: fy(-1, "11-28"),
    moves: [fy(-1, "05-06"), fy(-1, "05-20"), fy(-1, "06-24"), fy(-1, "09-02"), fy(-1, "09-30"), fy(-1, "11-04"), fy(-1, "12-09"), fy(-1, "03-24")],
    story: DAMP_AND_MOULD,
    addedReason: "Stars assessment gave damp and mould the lowest results of any service, and complaints about it were rising.",
  },
  {
    area: "building-safety",
    stage: "feedback_given",
    lead: "sam",
    start: fy(-1, "06-02"),
    end: fy(-1, "01-30"),
    moves: [fy(-1, "06-23"), fy(-1, "07-07"), fy(-1, "08-18"), fy(-1, "10-20"), fy(-1, "11-24"), fy(-1, "01-19"), fy(-1, "03-02")],
    story: BUILDING_SAFETY,
    addedReason: "Four-year programme: building safety has never had a Best Value review, and the board asked for assurance on it.",
  },
  // Running now, dated back from today.
  {
    area: "estate-services",
    stage: "approved",
    lead: "aisha",
    start: ago(250),
    end: ago(15),
    moves: [ago(236), ago(222), ago(180), ago(95), ago(60), ago(20)],
    story: ESTATE_SERVICES,
    addedReason: "Four-year programme: the communal cleaning contract ends within two years and needs a decision in good time.",
  },
  {
    area: "customer-service",
    stage: "reporting",
    lead: "rhian",
    start: ago(215),
    end: ahead(25),
    moves: [ago(200), ago(186), ago(150), ago(70), ago(30)],
    story: CUSTOMER_SERVICE,
    addedReason: "Four-year programme: the new phone system and online account change how residents contact us.",
  },
  {
    area: "rent-and-income",
    stage: "options_appraisal",
    lead: "aisha",
    start: ago(170),
    end: ahead(90),
    moves: [ago(156), ago(142), ago(110), ago(21)],
    story: RENT_AND_INCOME,
    addedReason: "Four-year programme: arrears rose as the cost of living went up, and the board wants to know support reaches those who need it.",
  },
  {
    area: "tenancy-management",
    stage: "fieldwork",
    lead: "marcus",
    start: ago(120),
    end: ahead(150),
    moves: [ago(105), ago(90), ago(40)],
    story: TENANCY_MANAGEMENT,
    addedReason: "Four-year programme: occupation contracts under the Renting Homes (Wales) Act changed how tenancies are managed.",
  },
  {
    area: "anti-social-behaviour",
    stage: "planning",
    lead: "marcus",
    start: ago(50),
    end: ahead(220),
    moves: [ago(36), ago(15)],
    story: ASB_NOW,
    addedReason: "Four-year programme: four years on from the last review of anti-social behaviour.",
    movedFrom: {
      years: 1,
      on: ago(80),
      reason: "Brought forward a year: the latest Stars assessment fell on customer results and partnerships, and complaints about how reports are handled rose.",
    },
  },
  {
    area: "planned-maintenance",
    stage: "brief_agreed",
    lead: "kerry",
    start: ago(25),
    end: ahead(260),
    moves: [ago(8)],
    story: PLANNED_MAINTENANCE,
    addedReason: "Four-year programme: the new Welsh Housing Quality Standard changes what the planned programme must deliver.",
  },
  // Planned.
  {
    area: "lettings",
    stage: "scheduled",
    lead: "aisha",
    start: ahead(40),
    end: ahead(300),
    moves: [],
    story: SCHEDULED.lettings,
    addedReason: "Four-year programme: homes stand empty longer between lets than at similar landlords.",
  },
  {
    area: "adaptations",
    stage: "scheduled",
    lead: "kerry",
    start: fy(1, "05-05"),
    end: fy(1, "01-29"),
    moves: [],
    story: SCHEDULED.adaptations,
    addedReason: "Four-year programme: waiting times for major adaptations are longer than residents were told to expect.",
  },
  {
    area: "leasehold",
    stage: "scheduled",
    lead: "rhian",
    start: fy(1, "09-01"),
    end: fy(1, "03-16"),
    moves: [],
    story: SCHEDULED.leasehold,
    addedReason: "Four-year programme: shared owners asked for clearer service charge statements.",
    movedFrom: {
      years: -1,
      on: fy(-1, "03-14"),
      reason: "Moved back a year at the annual programme review: the new service charge statement goes live next spring, and the review should test it once it has run a full year.",
    },
  },
  {
    area: "grounds-maintenance",
    stage: "scheduled",
    lead: "aisha",
    start: fy(2, "04-19"),
    end: fy(2, "12-17"),
    moves: [],
    story: SCHEDULED.groundsMaintenance,
    addedReason: "Four-year programme: the grounds maintenance contract ends in the programme's final year.",
  },
  {
    area: "resident-involvement",
    stage: "scheduled",
    lead: "rhian",
    start: fy(2, "09-06"),
    end: fy(2, "03-12"),
    moves: [],
    story: SCHEDULED.residentInvolvement,
    addedReason: "Four-year programme: the involvement strategy is due to be renewed with residents.",
  },
  // The programme's fourth year: the next round for services reviewed last year, inside their four years.
  {
    area: "damp-and-mould",
    stage: "scheduled",
    lead: "kerry",
    start: fy(3, "04-13"),
    end: fy(3, "10-30"),
    moves: [],
    story: SCHEDULED.dampFollowUp,
    addedReason: "Rolling programme: the next damp and mould review, due within four years of the last one's approval.",
  },
  {
    area: "building-safety",
    stage: "scheduled",
    lead: "sam",
    start: fy(3, "05-11"),
    end: fy(3, "12-18"),
    moves: [],
    story: SCHEDULED.buildingSafetyFollowUp,
    addedReason: "Rolling programme: the next building safety review, due within four years of the last one's approval.",
  },
  {
    area: "estate-services",
    stage: "scheduled",
    lead: "aisha",
    start: fy(3, "06-08"),
    end: fy(3, "01-15"),
    moves: [],
    story: SCHEDULED.estateFollowUp,
    addedReason: "Rolling programme: the new cleaning contract's first break clause falls in this year.",
  },
];

/** What the stage history says of each move, unless an entry says more. */
export const STAGE_NOTES: Record<ReviewStage, string> = {
  scheduled: "Added to the programme at the annual programme review.",
  brief_agreed: "Brief agreed with the director.",
  planning: "Review group set up and planning started.",
  fieldwork: "Review plan and resident involvement plan agreed; fieldwork started.",
  options_appraisal: "Four Cs findings reported to the Senior Management Team.",
  reporting: "Preferred option agreed; report and action plan being written.",
  approved: "Report and action plan approved by the Senior Management Team.",
  feedback_given: "'You said, we did' summary published and shared with residents and staff.",
  impact_assessed: "Resident involvement impact assessment completed with the review group.",
};
