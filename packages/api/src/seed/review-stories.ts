// The shape of one demo service review's content, shared by the story files
// and the seed that writes them. A story holds everything a review can have;
// the seed writes only what the review's stage has reached (a review in
// planning has no market test yet), so one story serves any "today".
import type { ActionStatus, BriefSection, EvidenceKind, FourC, GroupMemberKind, ReviewStage, RiskLevel } from "@hearth/domain/reviews";

/** Demo staff who have accounts (leads, approvers, who moved a stage). */
export type StaffKey = "rhian" | "sam" | "marcus" | "aisha" | "kerry";

/**
 * Dates the story can use, all ISO. `at(stage)` is the day the review reached
 * a stage, or its planned end when it has not reached it yet (a draft action
 * plan is timed from the expected approval).
 */
export interface When {
  today: string;
  start: string;
  end: string;
  at(stage: ReviewStage): string;
  days(from: string, days: number): string;
  months(from: string, months: number): string;
}

export interface GroupMember {
  name: string;
  role: string;
  kind: GroupMemberKind;
  /** A demo account to link: a staff key, or the scrutiny panel member. */
  user?: StaffKey | "hodan";
}

/** A review-group member who is a real seeded resident, picked by position from the demo tenancies. */
export interface ResidentSeat {
  kind: "resident";
  seat: number;
  role: string;
}

export interface StoryObjective {
  assessmentDetails: string;
  improvementAction: string;
  measure: string;
  owner: string;
  dueOn: string;
  evidenceSummary: string;
  residentBenefit: string;
  tasks: { task: string; owner: string; startOn: string; endOn: string }[];
}

export interface StoryRisk {
  summary: string;
  category: string;
  impact: RiskLevel;
  likelihood: RiskLevel;
  nature: string;
  effect: string;
  controlMeasures: string;
  contingency: string;
  indicators: string;
  residualRisk: RiskLevel;
}

export interface StoryIndicator {
  name: string;
  current: string;
  target: string;
  isNew?: boolean;
  source: string;
}

/** An evidence-log entry written by staff; `key` lets four Cs answers cite it. */
export interface StoryEvidence {
  key: string;
  kind: Extract<EvidenceKind, "note" | "link" | "meeting">;
  title: string;
  body: string;
  url?: string;
  /** The day it was logged (and, for a meeting, held). */
  on: string;
}

/** Cites evidence by key; "complaints" cites every real complaint linked to the review. */
export interface StoryAnswer {
  fourC: FourC;
  /** The question bank's id, e.g. "consult.seldom-heard". */
  question: string;
  answer: string;
  cites: string[];
}

export interface StoryOption {
  title: string;
  description: string;
  costPounds: number;
  benefits: string;
  recommended?: boolean;
}

export interface StoryAction {
  action: string;
  owner: string;
  dueOn: string;
  /** Done on this day when it is not after today and not after the review was frozen; otherwise in progress or not started. */
  doneOn?: string;
  startedOn?: string;
}

export interface StoryUpdate {
  on: string;
  progress: string;
  changes: string;
  reason: string;
}

export interface SummaryText {
  headline: string;
  youSaid: string;
  weDid: string;
}

export interface StorySummary {
  en: SummaryText;
  /** Staff translations, by portal language. */
  translations?: Partial<Record<"cy" | "pl" | "ur" | "ar" | "so", SummaryText>>;
  englishOnly?: boolean;
}

/** A market-test appraisal: 21 [score, note] pairs in criterion order. */
export type MarketTest = readonly (readonly [number, string])[];

export interface ReviewStory {
  title: string;
  sections?: (w: When) => Partial<Record<BriefSection, Record<string, string>>>;
  group?: (GroupMember | ResidentSeat)[];
  objectives?: (w: When) => StoryObjective[];
  risks?: StoryRisk[];
  indicators?: StoryIndicator[];
  evidence?: (w: When) => StoryEvidence[];
  /** How many of the area's real complaints the review group linked as evidence. */
  complaints?: number;
  answers?: StoryAnswer[];
  marketTest?: MarketTest;
  options?: StoryOption[];
  actions?: (w: When) => StoryAction[];
  updates?: (w: When) => StoryUpdate[];
  summary?: StorySummary;
}

/** Staff of Afon Homes who appear in reviews but have no account in the demo. */
export const PEOPLE = {
  housingDirector: "Catrin Howells, Director of Housing and Communities",
  propertyDirector: "Huw Bevan, Director of Property Services",
  resourcesDirector: "Nadia Ahmed, Director of Resources",
  customerHead: "Mared Thomas, Head of Customer Experience",
  safetyManager: "Paul Driscoll, Building Safety Manager",
  incomeManager: "Leanne Price, Income Manager",
  neighbourhoodManager: "Tom Beddoe, Neighbourhood Services Manager",
  assetManager: "Delyth Rowlands, Asset Manager",
  financePartner: "Joanne Kelly, Finance Business Partner",
  involvementOfficer: "Eirlys Watkins, Resident Involvement Officer",
  surveyor: "Dean Probert, Senior Surveyor",
} as const;

/** Owner names as they appear in plans: a person and their role is what staff write. */
export const OWNER = {
  rhian: "Rhian Davies",
  sam: "Sam Patel",
  marcus: "Marcus Bell",
  aisha: "Aisha Rahman",
  kerry: "Kerry Evans",
  catrin: "Catrin Howells",
  huw: "Huw Bevan",
  nadia: "Nadia Ahmed",
  mared: "Mared Thomas",
  paul: "Paul Driscoll",
  leanne: "Leanne Price",
  tom: "Tom Beddoe",
  delyth: "Delyth Rowlands",
  joanne: "Joanne Kelly",
  eirlys: "Eirlys Watkins",
  dean: "Dean Probert",
} as const;

export const INTRANET = "https://intranet.afonhomes.example";

/** Whether `stage` is at or after `than` in the life cycle. */
export function reached(stages: readonly ReviewStage[], stage: ReviewStage, than: ReviewStage): boolean {
  return stages.indexOf(stage) >= stages.indexOf(than);
}

export type { ActionStatus };
