// Stars of Excellence self-assessments (seed 003, appendix 1) for every
// service area: one round for all services the winter before last, which
// shaped the programme, and later assessments for four services so change
// over time shows: repairs improving before its overdue review, damp and mould
// improving after its review, customer service edging up, and anti-social
// behaviour slipping (which brought its review forward a year).
import { schema, type Executor } from "@hearth/db";
import { STARS_CRITERIA, type StarsCriterion } from "@hearth/domain/reviews";
import type { DateSpec } from "./review-programme.js";
import type { StaffKey } from "./review-stories.js";

type Ratings = readonly [number, number, number, number, number, number, number, number, number, number];

interface Participant {
  name: string;
  role: string;
  outside: boolean;
  /** A seeded resident, by seat; or the scrutiny panel member. */
  resident?: number | "hodan";
}

interface Assessment {
  on: DateSpec;
  /** In STARS_CRITERIA order: leadership … innovation and learning. */
  ratings: Ratings;
  summary: string;
  notes: Partial<Record<StarsCriterion, string>>;
  participants: Participant[];
}

const round = (monthDay: string) => ["fy", -2, monthDay] as const;
const staffOutside = (name: string, role: string): Participant => ({ name, role, outside: true });
const team = (name: string, role: string): Participant => ({ name, role, outside: false });
const tenant = (seat: number, role = "Resident"): Participant => ({ name: "", role, outside: true, resident: seat });
const scrutiny: Participant = { name: "", role: "Scrutiny panel member", outside: true, resident: "hodan" };

export const STARS: Record<string, Assessment[]> = {
  repairs: [
    {
      on: ["fy", -3, "01-20"],
      ratings: [1, 1, 1, 1, 0, 1, 0, 1, 1, 0],
      summary: "Repairs relies on a few experienced people and has no clear process for diagnosing jobs; residents are least satisfied with it of any service.",
      notes: { processes: "No standard diagnosis at the first call; jobs are raised for the wrong trade.", "customer-results": "Satisfaction with the last repair 61% and falling.", "innovation-and-learning": "Complaint lessons are not fed back to operatives." },
      participants: [team("Kerry Evans", "Repairs team leader"), staffOutside("Mared Thomas", "Head of customer experience"), tenant(13)],
    },
    {
      on: round("01-13"),
      ratings: [2, 1, 2, 1, 1, 1, 1, 1, 2, 1],
      summary: "Better than last year: repairs performance is reported monthly and diagnosis has improved, but satisfaction and first-time fixes still lag.",
      notes: { "key-performance-results": "Monthly performance pack now goes to the scrutiny panel.", processes: "Diagnosis scripts in use at the contact centre.", "customer-results": "Satisfaction 66%, still below peers." },
      participants: [team("Kerry Evans", "Repairs team leader"), staffOutside("Leanne Price", "Income manager"), tenant(13), scrutiny],
    },
  ],
  "planned-maintenance": [
    {
      on: round("01-15"),
      ratings: [2, 2, 1, 2, 1, 2, 1, 1, 2, 1],
      summary: "A capable team held back by old stock condition data and short notice of works to residents.",
      notes: { "policy-and-strategy": "No plan yet for WHQS 2023 decarbonisation.", "customer-results": "Residents get under four weeks' notice of major works." },
      participants: [team("Delyth Rowlands", "Asset manager"), staffOutside("Joanne Kelly", "Finance business partner"), tenant(14)],
    },
  ],
  "building-safety": [
    {
      on: round("01-17"),
      ratings: [2, 2, 2, 2, 1, 2, 2, 1, 2, 1],
      summary: "Strong on gas, weaker on electrical checks and on getting into homes; records sit in five spreadsheets.",
      notes: { processes: "Five separate compliance spreadsheets, reconciled by hand.", "key-performance-results": "Gas 99.6%; electrical 97.2%." },
      participants: [team("Paul Driscoll", "Building safety manager"), staffOutside("Tom Beddoe", "Neighbourhood services manager"), tenant(15, "Block representative")],
    },
  ],
  "damp-and-mould": [
    {
      on: round("01-21"),
      ratings: [1, 1, 0, 1, 0, 1, 0, 1, 0, 1],
      summary: "The weakest service assessed: no policy beyond a 2019 procedure, no measure of repeat reports, and residents' health at risk.",
      notes: { "policy-and-strategy": "The procedure treats mould, not its causes.", "customer-results": "Damp is our second largest source of complaints.", "key-performance-results": "Repeat reports are not measured." },
      participants: [team("Dean Probert", "Senior surveyor"), staffOutside("Rhian Davies", "Complaints and service improvement manager"), tenant(16), scrutiny],
    },
    {
      on: ["ago", 45],
      ratings: [2, 2, 2, 2, 2, 1, 2, 1, 2, 2],
      summary: "Much improved since the review: a single damp team, risk questions at the first call and follow-up calls are all in place.",
      notes: { processes: "One visit to find and fix the cause.", "customer-results": "Satisfaction with damp repairs up from 58% to 71%.", "innovation-and-learning": "Sensor trial results shared with other Welsh landlords." },
      participants: [team("Kerry Evans", "Repairs team leader"), staffOutside("Mared Thomas", "Head of customer experience"), tenant(16)],
    },
  ],
  "rent-and-income": [
    {
      on: round("01-23"),
      ratings: [2, 2, 2, 1, 2, 2, 1, 1, 2, 1],
      summary: "Collection is sound but support reaches residents late.",
      notes: { "partnerships-and-resources": "No referral route to debt advice before court action.", "social-results": "Eleven evictions for arrears in the year." },
      participants: [team("Leanne Price", "Income manager"), staffOutside("Marcus Bell", "Housing officer"), tenant(17)],
    },
  ],
  "anti-social-behaviour": [
    {
      on: round("01-24"),
      ratings: [2, 2, 2, 2, 2, 2, 2, 1, 2, 1],
      summary: "The changes from the last review are holding: victims are kept informed and hate incidents are reported more.",
      notes: { "customer-results": "Satisfaction with case handling 74%." },
      participants: [team("Tom Beddoe", "Neighbourhood services manager"), staffOutside("Aisha Rahman", "Housing officer"), scrutiny],
    },
    {
      on: ["ago", 95],
      ratings: [2, 1, 2, 1, 1, 1, 1, 1, 1, 1],
      summary: "Slipping: two experienced officers left, cases stay open longer, and joint working with the police has faded.",
      notes: { people: "Two of five officers new in post.", "partnerships-and-resources": "Monthly meetings with the police lapsed.", "customer-results": "Satisfaction down to 63%." },
      participants: [team("Marcus Bell", "Housing officer"), staffOutside("Rhian Davies", "Complaints and service improvement manager"), scrutiny, tenant(18)],
    },
  ],
  "estate-services": [
    {
      on: round("01-27"),
      ratings: [1, 1, 1, 1, 1, 1, 1, 1, 1, 0],
      summary: "Cleaning standards are not written down or checked, and absence leaves blocks uncleaned.",
      notes: { processes: "No cleaning standard or log.", "customer-results": "34% of residents in blocks satisfied." },
      participants: [team("Tom Beddoe", "Neighbourhood services manager"), staffOutside("Joanne Kelly", "Finance business partner"), tenant(19, "Resident inspector")],
    },
  ],
  "grounds-maintenance": [
    {
      on: round("01-28"),
      ratings: [2, 2, 2, 2, 2, 2, 2, 2, 2, 1],
      summary: "A reliable contract with good resident satisfaction; little innovation.",
      notes: { "innovation-and-learning": "No wildflower or biodiversity trials yet." },
      participants: [team("Tom Beddoe", "Neighbourhood services manager"), staffOutside("Dean Probert", "Senior surveyor"), tenant(20)],
    },
  ],
  lettings: [
    {
      on: round("01-30"),
      ratings: [2, 1, 2, 1, 1, 1, 1, 2, 1, 1],
      summary: "Homes stand empty too long between lets; the process has many hand-offs.",
      notes: { processes: "Average 38 days between tenants.", "key-performance-results": "Rent lost on empty homes rising." },
      participants: [team("Aisha Rahman", "Housing officer"), staffOutside("Kerry Evans", "Repairs team leader")],
    },
  ],
  "tenancy-management": [
    {
      on: round("02-03"),
      ratings: [2, 2, 1, 2, 1, 2, 2, 1, 1, 1],
      summary: "Procedures were rewritten for occupation contracts but settling-in visits are patchy.",
      notes: { "policy-and-strategy": "Contract procedures updated for the Renting Homes Act.", "key-performance-results": "14% of new contracts end within a year." },
      participants: [team("Marcus Bell", "Housing officer"), staffOutside("Leanne Price", "Income manager"), tenant(21)],
    },
  ],
  adaptations: [
    {
      on: round("02-04"),
      ratings: [2, 1, 1, 2, 1, 2, 1, 1, 1, 1],
      summary: "Good partnership with occupational therapists, but long waits for major adaptations.",
      notes: { "partnerships-and-resources": "Council occupational therapists assess within four weeks.", "customer-results": "Major adaptations take 29 weeks on average." },
      participants: [team("Kerry Evans", "Repairs team leader"), staffOutside("Aisha Rahman", "Housing officer"), tenant(22)],
    },
  ],
  leasehold: [
    {
      on: round("02-06"),
      ratings: [1, 2, 1, 1, 1, 2, 1, 1, 1, 1],
      summary: "Service charge statements are hard to follow and queries take long to answer.",
      notes: { "customer-results": "Shared owners rate service charge information poorly." },
      participants: [team("Joanne Kelly", "Finance business partner"), staffOutside("Rhian Davies", "Complaints and service improvement manager"), tenant(23, "Shared owner")],
    },
  ],
  "customer-service": [
    {
      on: round("02-07"),
      ratings: [2, 2, 2, 1, 1, 2, 1, 2, 1, 1],
      summary: "Friendly advisers, but too many calls passed on and long Monday waits.",
      notes: { processes: "43% of calls passed to another team.", "key-performance-results": "Monday morning waits average 9 minutes." },
      participants: [team("Mared Thomas", "Head of customer experience"), staffOutside("Kerry Evans", "Repairs team leader"), tenant(24)],
    },
    {
      on: ["ago", 240],
      ratings: [2, 2, 2, 2, 1, 2, 1, 2, 1, 2],
      summary: "The new phone system adds call data and call-backs, but first-contact resolution has not moved yet.",
      notes: { "partnerships-and-resources": "New phone system installed.", "innovation-and-learning": "Call data now analysed weekly." },
      participants: [team("Mared Thomas", "Head of customer experience"), staffOutside("Marcus Bell", "Housing officer"), scrutiny],
    },
  ],
  "resident-involvement": [
    {
      on: round("02-10"),
      ratings: [3, 2, 2, 2, 2, 2, 2, 3, 2, 2],
      summary: "Strong leadership and an active scrutiny panel; reaching younger residents remains hard.",
      notes: { leadership: "Board member leads on involvement.", "social-results": "Residents' groups in all four neighbourhoods." },
      participants: [team("Eirlys Watkins", "Resident involvement officer"), staffOutside("Catrin Howells", "Director of housing and communities"), scrutiny, tenant(25)],
    },
  ],
};

export interface SeedStarsOptions {
  landlordId: string;
  areaId(slug: string): string;
  staff: Record<StaffKey, string>;
  resident(seat: number): string;
  hodan: string;
  resolve(spec: DateSpec): string;
}

/** Writes every assessment in three inserts; returns how many there are. */
export async function seedStars(tx: Executor, options: SeedStarsOptions): Promise<number> {
  const assessments: (typeof schema.starsAssessments.$inferInsert)[] = [];
  const ratings: (typeof schema.starsRatings.$inferInsert)[] = [];
  const participants: (typeof schema.starsParticipants.$inferInsert)[] = [];
  for (const [slug, list] of Object.entries(STARS)) {
    for (const assessment of list) {
      const id = crypto.randomUUID();
      const assessedOn = options.resolve(assessment.on);
      assessments.push({ id, landlordId: options.landlordId, serviceAreaId: options.areaId(slug), assessedOn, summary: assessment.summary, createdByUserId: options.staff.rhian, createdAt: new Date(`${assessedOn}T15:00:00Z`), updatedAt: new Date(`${assessedOn}T15:00:00Z`) });
      STARS_CRITERIA.forEach((criterion, i) => ratings.push({ assessmentId: id, criterion, stars: assessment.ratings[i]!, note: assessment.notes[criterion] ?? "" }));
      for (const p of assessment.participants) {
        const name = p.resident === "hodan" ? options.hodan : p.resident !== undefined ? options.resident(p.resident) : p.name;
        participants.push({ assessmentId: id, name, role: p.role, outsideServiceTeam: p.outside, isResident: p.resident !== undefined });
      }
    }
  }
  await tx.insert(schema.starsAssessments).values(assessments);
  await tx.insert(schema.starsRatings).values(ratings);
  await tx.insert(schema.starsParticipants).values(participants);
  return assessments.length;
}
