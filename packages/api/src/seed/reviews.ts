// The demo landlord's Best Value programme: Stars of Excellence assessments
// for every service area, and service reviews from last financial year to
// three years ahead (the console's programme shows this year and the next
// three) with at least one review in every stage of the life cycle, plus
// older reviews that set when the next ones fall due. Every service but one
// is reviewed within its four years whichever year the programme is read
// from. Repairs is the one that breaks the rule: its last review was approved
// over four years ago and none is on the programme, so the e2e journey can
// schedule one.
//
// Every date is counted from the seed's "today": reviews that are running
// now are dated back from it, finished ones are placed in earlier financial
// years, and planned ones in later years. A review holds only what its stage
// has reached and what the life-cycle gates ask for by then, so the demo
// could have been typed in through the console.
//
// Deterministic apart from row ids; everything is written in one batch per table.
import { and, asc, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { formatTenancyReference } from "@hearth/domain/identity";
import { BRIEF_SECTIONS, FINAL_CHECKLIST, REVIEW_STAGES, fourCsQuestion, poundsToPence, type ReviewStage } from "@hearth/domain/reviews";
import { ukToday } from "../repositories/complaints/calendar.js";
import { DEMO_ACCOUNTS, DEMO_STAFF } from "./demo-landlord.js";
import { placeProgramme, resolve } from "./review-dates.js";
import { STAGE_NOTES } from "./review-programme.js";
import { reached, type ReviewStory, type StaffKey, type StoryAction, type When } from "./review-stories.js";
import { seedStars } from "./review-stars.js";

const { serviceReviews, users, residents, tenancies, complaints } = schema;

export interface SeedReviewsOptions {
  landlordId: string;
  now?: Date;
}

export interface SeedReviewsSummary {
  reviews: number;
  assessments: number;
}

/** A time of day on a date, so rows written "that day" sort in the order they happened. */
const at = (iso: string, minutes = 0) => new Date(Date.parse(`${iso}T09:00:00Z`) + minutes * 60_000);

function pence(pounds: number): number {
  return Math.round(pounds * 100);
}

/**
 * Writes the programme. Call once inside the seed's transaction, after the
 * service areas, staff, residents and complaints exist.
 */
export async function seedReviews(tx: Executor, options: SeedReviewsOptions): Promise<SeedReviewsSummary> {
  const now = options.now ?? new Date();
  const { landlordId } = options;
  const today = ukToday(now);

  // ── Who and what the reviews refer to ─────────────────────────────────
  const staffEmails = { sam: DEMO_ACCOUNTS[1].email, rhian: DEMO_STAFF[0].email, marcus: DEMO_STAFF[1].email, aisha: DEMO_STAFF[2].email, kerry: DEMO_STAFF[3].email } as const;
  const accountRows = await tx
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, [...Object.values(staffEmails), DEMO_ACCOUNTS[2].email]));
  const userOf = (email: string) => {
    const row = accountRows.find((r) => r.email.toLowerCase() === email);
    if (!row) throw new Error(`Demo account ${email} is missing; create users before reviews`);
    return row;
  };
  const staff = Object.fromEntries(Object.entries(staffEmails).map(([key, email]) => [key, userOf(email).id])) as Record<StaffKey, string>;
  const hodan = userOf(DEMO_ACCOUNTS[2].email);

  const areaRows = await tx.select({ id: schema.serviceAreas.id, slug: schema.serviceAreas.slug }).from(schema.serviceAreas).where(eq(schema.serviceAreas.landlordId, landlordId));
  const areaId = (slug: string) => {
    const row = areaRows.find((a) => a.slug === slug);
    if (!row) throw new Error(`Service area ${slug} is missing`);
    return row.id;
  };

  // Residents who sit on review groups and Stars panels: current lead tenants in tenancy order, past the demo accounts'.
  const seats = await tx
    .select({ firstName: residents.firstName, lastName: residents.lastName })
    .from(residents)
    .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
    .where(and(eq(residents.landlordId, landlordId), isNull(tenancies.endDate), eq(residents.tenancyRole, "lead-tenant"), notInArray(tenancies.reference, [1, 2, 3].map(formatTenancyReference))))
    .orderBy(asc(tenancies.reference))
    .limit(60);
  const resident = (seat: number) => {
    const row = seats[(seat * 7 + 3) % seats.length];
    if (!row) throw new Error("No residents to seat on review groups; create residents before reviews");
    return `${row.firstName} ${row.lastName}`;
  };

  const areaComplaints = await tx
    .select({ id: complaints.id, reference: complaints.reference, serviceAreaId: complaints.serviceAreaId, receivedOn: complaints.receivedOn, status: complaints.status })
    .from(complaints)
    .where(eq(complaints.landlordId, landlordId))
    .orderBy(asc(complaints.receivedOn), asc(complaints.reference));

  const assessments = await seedStars(tx, { landlordId, areaId, staff, resident, hodan: hodan.name, resolve: (spec) => resolve(spec, today) });

  // ── The rows, gathered and then written one batch per table ───────────
  const rows = {
    reviews: [] as (typeof serviceReviews.$inferInsert)[],
    schedule: [] as (typeof schema.reviewScheduleChanges.$inferInsert)[],
    stages: [] as (typeof schema.reviewStageChanges.$inferInsert)[],
    sections: [] as (typeof schema.reviewSections.$inferInsert)[],
    group: [] as (typeof schema.reviewGroupMembers.$inferInsert)[],
    objectives: [] as (typeof schema.reviewObjectives.$inferInsert)[],
    tasks: [] as (typeof schema.reviewObjectiveTasks.$inferInsert)[],
    risks: [] as (typeof schema.reviewRisks.$inferInsert)[],
    indicators: [] as (typeof schema.reviewIndicators.$inferInsert)[],
    evidence: [] as (typeof schema.reviewEvidence.$inferInsert)[],
    answers: [] as (typeof schema.reviewAnswers.$inferInsert)[],
    answerEvidence: [] as (typeof schema.reviewAnswerEvidence.$inferInsert)[],
    marketTest: [] as (typeof schema.marketTestScores.$inferInsert)[],
    options: [] as (typeof schema.reviewOptions.$inferInsert)[],
    actions: [] as (typeof schema.reviewActions.$inferInsert)[],
    updates: [] as (typeof schema.reviewImprovementUpdates.$inferInsert)[],
    checklist: [] as (typeof schema.reviewChecklist.$inferInsert)[],
    summaries: [] as (typeof schema.reviewSummaries.$inferInsert)[],
  };

  for (const placed of placeProgramme(today)) {
    const { entry, reference, programmeYear, originalYear, start, end, added, movedOn, stages: stagesReached, reachedOn, when } = placed;
    const { story, stage } = entry;
    const id = crypto.randomUUID();
    const lead = staff[entry.lead];
    const approver = staff.rhian;
    const lastMove = reachedOn.get(stage)!;
    const has = (s: ReviewStage) => reached(REVIEW_STAGES, stage, s);
    const on = (s: ReviewStage) => reachedOn.get(s);
    // Once impact is assessed nothing moves: later dates in the story did not happen.
    const frozenOn = on("impact_assessed") ?? today;

    const published = has("feedback_given") ? on("feedback_given")! : null;
    rows.reviews.push({
      id,
      landlordId,
      serviceAreaId: areaId(entry.area),
      reference,
      title: story.title,
      programmeYear,
      stage,
      leadUserId: lead,
      startOn: start,
      endOn: end,
      briefAgreedOn: on("brief_agreed") ?? null,
      approvedOn: on("approved") ?? null,
      approvedByUserId: has("approved") ? approver : null,
      feedbackGivenOn: on("feedback_given") ?? null,
      impactAssessedOn: on("impact_assessed") ?? null,
      summaryEnglishOnly: Boolean(published && story.summary?.englishOnly),
      summaryPublishedOn: published,
      version: stagesReached.length,
      updatedByUserId: lead,
      createdAt: at(added),
      updatedAt: at(lastMove, 30),
    });

    // The programme's record: added (in the year first planned), and any move with its reason.
    rows.schedule.push({ reviewId: id, fromYear: null, toYear: originalYear, reason: entry.addedReason, changedByUserId: staff.rhian, changedAt: at(added, 5) });
    if (entry.movedFrom && movedOn) {
      rows.schedule.push({ reviewId: id, fromYear: originalYear, toYear: programmeYear, reason: entry.movedFrom.reason, changedByUserId: staff.rhian, changedAt: at(movedOn, 15) });
    }
    let previous: ReviewStage | null = null;
    for (const s of stagesReached) {
      const d = reachedOn.get(s)!;
      rows.stages.push({ reviewId: id, fromStage: previous, toStage: s, on: d, note: entry.notes?.[s] ?? STAGE_NOTES[s], changedByUserId: s === "scheduled" || s === "approved" ? staff.rhian : lead, changedAt: at(d, 10) });
      previous = s;
    }

    writeContent(rows, { id, story, has, on, when, lead, today, frozenOn, resident, hodan: hodan.id, staff, complaintsOf: areaComplaints.filter((c) => c.serviceAreaId === areaId(entry.area)) });
  }

  const batches: [Parameters<Executor["insert"]>[0], unknown[]][] = [
    [serviceReviews, rows.reviews],
    [schema.reviewScheduleChanges, rows.schedule],
    [schema.reviewStageChanges, rows.stages],
    [schema.reviewSections, rows.sections],
    [schema.reviewGroupMembers, rows.group],
    [schema.reviewObjectives, rows.objectives],
    [schema.reviewObjectiveTasks, rows.tasks],
    [schema.reviewRisks, rows.risks],
    [schema.reviewIndicators, rows.indicators],
    [schema.reviewEvidence, rows.evidence],
    [schema.reviewAnswers, rows.answers],
    [schema.reviewAnswerEvidence, rows.answerEvidence],
    [schema.marketTestScores, rows.marketTest],
    [schema.reviewOptions, rows.options],
    [schema.reviewActions, rows.actions],
    [schema.reviewImprovementUpdates, rows.updates],
    [schema.reviewChecklist, rows.checklist],
    [schema.reviewSummaries, rows.summaries],
  ];
  for (const [table, values] of batches) if (values.length) await tx.insert(table).values(values as never);

  return { reviews: rows.reviews.length, assessments };
}

type Rows = {
  [K in "sections" | "group" | "objectives" | "tasks" | "risks" | "indicators" | "evidence" | "answers" | "answerEvidence" | "marketTest" | "options" | "actions" | "updates" | "checklist" | "summaries"]: unknown[];
};

interface ContentContext {
  id: string;
  story: ReviewStory;
  has(stage: ReviewStage): boolean;
  on(stage: ReviewStage): string | undefined;
  when: When;
  lead: string;
  today: string;
  frozenOn: string;
  resident(seat: number): string;
  hodan: string;
  staff: Record<StaffKey, string>;
  complaintsOf: { id: string; reference: string; receivedOn: string; status: string }[];
}

/** Everything a review holds by the stage it has reached (see `stageBlockers` in @hearth/domain/reviews for what each move needs). */
function writeContent(rows: Rows, c: ContentContext): void {
  const { id: reviewId, story, has, when, lead, today, frozenOn } = c;
  if (!has("brief_agreed")) return;
  const briefOn = c.on("brief_agreed")!;

  // The brief: main details and context agree it; the rest of the report fills in as the review goes.
  const sections = story.sections?.(when) ?? {};
  for (const section of BRIEF_SECTIONS) {
    const fields = sections[section];
    if (!fields) continue;
    if (section === "involvement-plan" && !has("planning")) continue;
    if (section === "impact-assessment" && !has("impact_assessed")) continue;
    const stored = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, k.endsWith("Amount") ? (poundsToPence(v) ?? v) : v]));
    const writtenOn = section === "impact-assessment" ? c.on("impact_assessed")! : section === "involvement-plan" ? c.on("planning")! : briefOn;
    rows.sections.push({ reviewId, section, fields: stored, updatedByUserId: lead, createdAt: at(writtenOn, 1), updatedAt: at(writtenOn, 2) });
  }
  if (!has("planning")) return;
  const planningOn = c.on("planning")!;

  for (const member of story.group ?? []) {
    const userId = "user" in member && member.user ? (member.user === "hodan" ? c.hodan : c.staff[member.user]) : null;
    const name = "seat" in member ? c.resident(member.seat) : member.name;
    rows.group.push({ reviewId, name, role: member.role, kind: member.kind, userId, createdAt: at(planningOn, 3), updatedAt: at(planningOn, 3) });
  }
  (story.objectives?.(when) ?? []).forEach((objective, position) => {
    const objectiveId = crypto.randomUUID();
    const { tasks, ...fields } = objective;
    rows.objectives.push({ id: objectiveId, reviewId, position: position + 1, ...fields, createdAt: at(planningOn, 4), updatedAt: at(planningOn, 4) });
    for (const task of tasks) rows.tasks.push({ objectiveId, ...task, createdAt: at(planningOn, 5), updatedAt: at(planningOn, 5) });
  });
  for (const risk of story.risks ?? []) rows.risks.push({ reviewId, ...risk, createdAt: at(planningOn, 6), updatedAt: at(planningOn, 6) });
  for (const indicator of story.indicators ?? []) rows.indicators.push({ reviewId, ...indicator, isNew: indicator.isNew ?? false, createdAt: at(planningOn, 7), updatedAt: at(planningOn, 7) });

  // The evidence log: entries dated after today have not been written yet, and approval closes the log.
  const evidenceUntil = c.on("approved") ?? today;
  const evidenceIds = new Map<string, string>();
  for (const item of story.evidence?.(when) ?? []) {
    if (item.on > evidenceUntil || item.on < planningOn) continue;
    const evidenceId = crypto.randomUUID();
    evidenceIds.set(item.key, evidenceId);
    const { attendees, ...body } = splitAttendees(item.body);
    rows.evidence.push({
      id: evidenceId,
      reviewId,
      kind: item.kind,
      title: item.title,
      body: item.kind === "meeting" ? body.text : item.body,
      url: item.url ?? null,
      meetingOn: item.kind === "meeting" ? item.on : null,
      snapshot: item.kind === "meeting" && attendees ? { attendees } : null,
      createdByUserId: lead,
      createdAt: at(item.on, 20),
      updatedAt: at(item.on, 20),
    });
  }
  // Real complaints about this service, linked from the golden-thread panel during fieldwork.
  const complaintIds: string[] = [];
  if (has("fieldwork") && story.complaints) {
    const linkedOn = has("options_appraisal") ? c.when.days(c.on("options_appraisal")!, -7) : today;
    const eligible = c.complaintsOf.filter((k) => k.receivedOn <= c.when.days(linkedOn, -14) && k.status !== "refused");
    for (const complaint of eligible.slice(-story.complaints)) {
      const evidenceId = crypto.randomUUID();
      complaintIds.push(evidenceId);
      rows.evidence.push({
        id: evidenceId,
        reviewId,
        kind: "complaint",
        title: complaint.reference,
        body: "",
        complaintId: complaint.id,
        createdByUserId: lead,
        createdAt: at(linkedOn, 40 + complaintIds.length),
        updatedAt: at(linkedOn, 40 + complaintIds.length),
      });
    }
  }

  // Four Cs answers cite the evidence they rest on; an answer whose evidence is not there yet is not written yet.
  if (has("fieldwork")) {
    const answeredOn = has("options_appraisal") ? c.when.days(c.on("options_appraisal")!, -3) : today;
    for (const answer of story.answers ?? []) {
      if (!fourCsQuestion(answer.question)) throw new Error(`Unknown four Cs question ${answer.question}`);
      const cited = answer.cites.flatMap((key) => (key === "complaints" ? complaintIds : evidenceIds.has(key) ? [evidenceIds.get(key)!] : []));
      if (cited.length === 0) continue;
      const answerId = crypto.randomUUID();
      rows.answers.push({ id: answerId, reviewId, fourC: answer.fourC, question: answer.question, answer: answer.answer, updatedByUserId: lead, createdAt: at(answeredOn, 50), updatedAt: at(answeredOn, 50) });
      for (const evidenceId of cited) rows.answerEvidence.push({ answerId, evidenceId });
    }
  }
  if (!has("options_appraisal")) return;
  const optionsOn = c.on("options_appraisal")!;

  (story.marketTest ?? []).forEach(([score, note], i) => {
    rows.marketTest.push({ reviewId, criterion: i + 1, score, note, updatedByUserId: lead, createdAt: at(optionsOn, 60 + i), updatedAt: at(optionsOn, 60 + i) });
  });
  for (const option of story.options ?? []) {
    rows.options.push({
      reviewId,
      title: option.title,
      description: option.description,
      costPence: pence(option.costPounds),
      benefits: option.benefits,
      recommended: Boolean(option.recommended),
      createdAt: at(optionsOn, 90),
      updatedAt: at(optionsOn, 90),
    });
  }
  if (!has("reporting")) return;
  const reportingOn = c.on("reporting")!;

  for (const action of story.actions?.(when) ?? []) rows.actions.push({ reviewId, ...actionProgress(action, has("approved") ? frozenOn : null), createdAt: at(reportingOn, 100), updatedAt: at(reportingOn, 100) });
  if (has("approved")) {
    const approvedOn = c.on("approved")!;
    FINAL_CHECKLIST.forEach((item, i) => rows.checklist.push({ reviewId, item, checkedOn: when.days(approvedOn, -7 + Math.floor(i / 4)), checkedByUserId: lead }));
    for (const update of story.updates?.(when) ?? []) {
      if (update.on <= today && update.on <= frozenOn) rows.updates.push({ reviewId, ...update, createdByUserId: lead, createdAt: at(update.on, 30), updatedAt: at(update.on, 30) });
    }
  }
  // The "you said, we did" summary is drafted with the report and published when feedback is given.
  if (story.summary) {
    const draftedOn = c.on("approved") ?? reportingOn;
    const texts = [["en", story.summary.en] as const, ...Object.entries(story.summary.translations ?? {})];
    for (const [language, text] of texts) {
      if (!has("approved") && language !== "en") continue;
      rows.summaries.push({ reviewId, language, ...text!, updatedByUserId: lead, createdAt: at(draftedOn, 120), updatedAt: at(c.on("feedback_given") ?? draftedOn, 120) });
    }
  }
}

/** Meeting notes carry their attendees on a first line "Attendees: …", kept apart as the console's meeting form does. */
function splitAttendees(body: string): { attendees: string | null; text: string } {
  const match = /^Attendees: (.+)\n\n?/.exec(body);
  return match ? { attendees: match[1]!, text: body.slice(match[0].length) } : { attendees: null, text: body };
}

/** An action's status on the day progress stopped being recorded: today, or the day the review closed. */
function actionProgress(action: StoryAction, asOf: string | null) {
  const { doneOn, startedOn, ...rest } = action;
  if (asOf && doneOn && doneOn <= asOf) return { ...rest, status: "done" as const, completedOn: doneOn };
  if (asOf && startedOn && startedOn <= asOf) return { ...rest, status: "in_progress" as const, completedOn: null };
  return { ...rest, status: "not_started" as const, completedOn: null };
}
