// Fourteen months of complaints for the demo landlord, so the performance
// page, the staff queue and a resident's "My complaints" have something real
// to show. Every complaint is written through the same repository functions
// the API uses (createComplaint, recordTransition), so the rows, event log and
// audit trail follow the life cycle exactly; only the dates are history.
//
// Deterministic: one seeded generator, residents and staff read in a fixed
// order, and every date counted in working days back from "today" (the seed's
// `now`), so the same `now` always gives the same complaints.
import { and, asc, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { addWorkingDays, isWorkingDay } from "@hearth/domain/calendar";
import {
  CODE_TIMESCALES,
  REFUSAL_REASONS,
  type ComplaintChannel,
  type ComplaintEvent,
  type ComplaintPoint,
  type ComplaintStatus,
  type PointDecision,
  type PointResponse,
  type RemedyAction,
  timescalesFor,
} from "@hearth/domain/complaints";
import { formatTenancyReference } from "@hearth/domain/identity";
import { writeAudit } from "../audit.js";
import { renderComplaintNotice, type ComplaintNoticeFacts } from "../jobs/handlers/complaint-notice.js";
import { landlordCalendar, ukToday } from "../repositories/complaints/calendar.js";
import { createComplaint } from "../repositories/complaints/create.js";
import { loadComplaint } from "../repositories/complaints/state.js";
import { recordTransition } from "../repositories/complaints/transitions.js";
import { messageRecipient, type MessageRecipient } from "../repositories/messaging/resident-messages.js";
import { EXTENSION_REASONS, REFUSAL_STORIES, STAGE2_POINTS, STORIES, type ComplaintStory, type RefusalStory, type StoryPoint } from "./complaint-stories.js";
import { DEMO_ACCOUNTS, DEMO_STAFF } from "./demo-landlord.js";
import { seededRandom } from "./random.js";

const { complaintActions, complaintEvents, jobs, residentMessages, residents, residentProfiles, tenancies, users, userRoles } = schema;

/** Complaints drawn at random over the 14 months, before the scripted open ones and the demo resident's. */
const RANDOM_COMPLAINTS = 110;
const MONTHS = 14;

/** How complaints spread across service areas (weights; damp and mould rises in winter). */
const AREA_WEIGHTS: readonly (readonly [string, number])[] = [
  ["repairs", 30],
  ["damp-and-mould", 18],
  ["anti-social-behaviour", 8],
  ["planned-maintenance", 7],
  ["customer-service", 6],
  ["rent-and-income", 6],
  ["estate-services", 6],
  ["building-safety", 5],
  ["grounds-maintenance", 4],
  ["tenancy-management", 3],
  ["lettings", 3],
  ["adaptations", 3],
  ["leasehold", 2],
  ["resident-involvement", 1],
];
const PROPERTY_AREAS = new Set(["repairs", "damp-and-mould", "planned-maintenance", "building-safety", "adaptations"]);
const CHANNEL_WEIGHTS: readonly (readonly [ComplaintChannel, number])[] = [
  ["portal", 35],
  ["phone", 32],
  ["email", 15],
  ["in-person", 10],
  ["letter", 8],
];
const POUNDS = { 1: [25, 30, 50, 50, 75, 100, 100, 150, 200], 2: [100, 150, 200, 250, 300, 350] } as const;

export interface SeedComplaintsOptions {
  landlordId: string;
  /** Hash of the demo password, for the residents who made their complaint through the portal. */
  passwordHash: string;
  now?: Date;
}

export interface SeedComplaintsSummary {
  complaints: number;
  byStatus: Partial<Record<ComplaintStatus, number>>;
}

interface Complainant {
  residentId: string;
  firstName: string;
  lastName: string;
  contactMethod: string;
  contactDetail: string;
  userId: string | null;
  email: string | null;
}

/** Dates of the steps a complaint has taken (or will take: steps after today are dropped). */
interface Timing {
  receivedOn: string;
  handler1: string;
  ack1?: string;
  assign1?: { on: string; to: string };
  extend1?: { on: string; days: number };
  respond1?: string;
  escalate?: string;
  handler2?: string;
  ack2?: string;
  assign2?: { on: string; to: string };
  extend2?: { on: string; days: number };
  respond2?: string;
  close?: string;
  withdraw?: string;
  refuse?: string;
  /** Fixed outcome at stage 1 (the demo resident's complaints). */
  outcome1?: { decisions: PointDecision[]; pounds: number; actionsDone: boolean };
}

interface Step {
  on: string;
  actor: string | null;
  event: ComplaintEvent;
  responseSummary?: string;
  auditAction?: string;
}

interface Plan {
  order: number;
  receivedOn: string;
  area: string;
  whatHappened: string;
  putRight: string;
  channel: ComplaintChannel;
  complainant: Complainant;
  recordedBy: string | null;
  steps: Step[];
  actionsDone: { stage: 1 | 2; description: string; doneOn: string }[];
}

const DAY = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const ascii = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();

/**
 * Creates the demo year of complaints. Call once, inside the seed's
 * transaction, after the landlord, residents and staff exist.
 */
export async function seedComplaints(tx: Executor, options: SeedComplaintsOptions): Promise<SeedComplaintsSummary> {
  const now = options.now ?? new Date();
  const { landlordId } = options;
  const today = ukToday(now);
  const cal = await landlordCalendar(tx, landlordId);
  const working = (d: string) => isWorkingDay(d, cal.calendar, cal.extraHolidays);
  const wd = (from: string, days: number) => addWorkingDays(from, days, cal.calendar, cal.extraHolidays);
  const back = (from: string, days: number) => {
    let d = from;
    for (let left = days; left > 0; ) {
      d = addDays(d, -1);
      if (working(d)) left -= 1;
    }
    return d;
  };
  const onOrBefore = (d: string) => (working(d) ? d : back(d, 1));
  /** The last working day up to today: scripted complaints count back from it. */
  const anchor = onOrBefore(today);
  const ago = (days: number) => back(anchor, days);

  const random = seededRandom(20_240_401);
  const chance = (p: number) => random.next() < p;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    let roll = random.next() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of items) if ((roll -= w) < 0) return item;
    return items[items.length - 1]![0];
  };

  // ── Who is involved ────────────────────────────────────────────────────
  const staffRows = await tx
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, [DEMO_ACCOUNTS[1].email, ...DEMO_STAFF.map((s) => s.email)]));
  const staffId = (email: string) => {
    const row = staffRows.find((r) => r.email.toLowerCase() === email);
    if (!row) throw new Error(`Demo staff member ${email} is missing; create users before complaints`);
    return row.id;
  };
  const sam = staffId(DEMO_ACCOUNTS[1].email);
  const [rhian, marcus, aisha, kerry] = DEMO_STAFF.map((s) => staffId(s.email)) as [string, string, string, string];
  const frontline = [sam, marcus, aisha];

  const [demoUser] = await tx
    .select({ id: users.id, email: users.email, residentId: users.residentId })
    .from(users)
    .where(eq(sql`lower(${users.email})`, DEMO_ACCOUNTS[0].email));
  if (!demoUser?.residentId) throw new Error("The demo resident's account is missing; create users before complaints");
  const [demoResident] = await tx.select().from(residents).where(eq(residents.id, demoUser.residentId));
  const demo: Complainant = {
    residentId: demoUser.residentId,
    firstName: demoResident!.firstName,
    lastName: demoResident!.lastName,
    contactMethod: "email",
    contactDetail: demoUser.email,
    userId: demoUser.id,
    email: demoUser.email,
  };

  // Current lead and joint tenants, except the demo accounts' and the claimable tenancy.
  const candidates = await tx
    .select({
      residentId: residents.id,
      firstName: residents.firstName,
      lastName: residents.lastName,
      contactMethods: residentProfiles.contactMethods,
    })
    .from(residents)
    .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
    .leftJoin(residentProfiles, eq(residentProfiles.residentId, residents.id))
    .where(
      and(
        eq(residents.landlordId, landlordId),
        isNull(tenancies.endDate),
        inArray(residents.tenancyRole, ["lead-tenant", "joint-tenant"]),
        notInArray(tenancies.reference, [1, 2, 3].map(formatTenancyReference)),
      ),
    )
    .orderBy(asc(tenancies.reference), asc(residents.tenancyRole), asc(residents.firstName), asc(residents.lastName));
  const complainants = new Map<string, Complainant>();
  const emailsTaken = new Set<string>();
  const complainantFor = (index: number): Complainant => {
    const row = candidates[index]!;
    let found = complainants.get(row.residentId);
    if (!found) {
      const contactMethod = row.contactMethods?.[0] ?? "phone";
      let email = `${ascii(row.firstName)}.${ascii(row.lastName)}@example.net`;
      for (let n = 2; emailsTaken.has(email); n++) email = `${ascii(row.firstName)}.${ascii(row.lastName)}${n}@example.net`;
      emailsTaken.add(email);
      const phone = `07700 900${String(100 + (index % 900)).padStart(3, "0")}`;
      found = {
        residentId: row.residentId,
        firstName: row.firstName,
        lastName: row.lastName,
        contactMethod,
        contactDetail: contactMethod === "email" ? email : contactMethod === "post" ? "" : phone,
        userId: null,
        email,
      };
      complainants.set(row.residentId, found);
    }
    return found;
  };
  const pickComplainant = () => complainantFor(random.int(0, candidates.length - 1));

  const handler1For = (area: string) => (PROPERTY_AREAS.has(area) ? weighted([[sam, 3], [kerry, 3], [marcus, 1], [aisha, 1]] as const) : weighted([[sam, 1], [marcus, 1], [aisha, 1]] as const));
  const otherThan = (excluded: readonly string[], from: readonly string[]) => {
    const left = from.filter((id) => !excluded.includes(id));
    return random.pick(left.length ? left : from);
  };
  /** Stage 2 goes to the complaints manager, or to a colleague who had no part in stage 1. */
  const handler2For = (stage1: readonly string[]) => (chance(0.8) && !stage1.includes(rhian) ? rhian : otherThan(stage1, [sam, marcus, aisha, rhian]));

  // ── Building one complaint's steps ─────────────────────────────────────
  let order = 0;
  const plans: Plan[] = [];

  const decide = (stagePoints: readonly StoryPoint[], ids: readonly ComplaintPoint[], stage: 1 | 2, forced?: PointDecision[]): PointResponse[] =>
    ids.map((point, i) => {
      const decision: PointDecision =
        forced?.[i] ?? (stage === 1 ? weighted([["upheld", 42], ["partly-upheld", 26], ["not-upheld", 32]] as const) : weighted([["upheld", 30], ["partly-upheld", 35], ["not-upheld", 35]] as const));
      const text = stagePoints[i]!;
      return { pointId: point.id, decision, reasons: decision === "upheld" ? text.upheld : decision === "partly-upheld" ? text.partly : text.notUpheld };
    });

  const summaryFor = (stage: 1 | 2, topic: string, decisions: readonly PointResponse[], pounds: number, apology: boolean, actions: number) => {
    const faults = decisions.filter((d) => d.decision !== "not-upheld").length;
    const verdict =
      faults === 0
        ? "We have not upheld your complaint. Our finding on each point, with our reasons, is set out below."
        : decisions.every((d) => d.decision === "upheld")
          ? "We have upheld your complaint."
          : "We have upheld your complaint in part.";
    return [
      stage === 1
        ? `Thank you for your complaint about ${topic}. We have looked into each point you raised.`
        : `We have reviewed your complaint about ${topic} at stage 2, looking again at everything from the start.`,
      verdict,
      apology ? "We are sorry for what went wrong." : "",
      pounds ? `We will pay you £${pounds} in compensation.` : "",
      actions ? "The actions we will take, and by when, are listed below." : "",
      // How to escalate (stage 2, then the Ombudsman) comes with the notice and the complaint's page.
    ]
      .filter(Boolean)
      .join(" ");
  };

  const addPlan = (
    complainant: Complainant,
    channel: ComplaintChannel,
    story: ComplaintStory | { refusal: RefusalStory },
    t: Timing,
  ) => {
    const steps: Step[] = [];
    const actionsDone: Plan["actionsDone"] = [];
    const recordedBy = channel === "portal" ? null : random.pick(frontline);
    const area = "refusal" in story ? story.refusal.area : story.area;
    const whatHappened = "refusal" in story ? story.refusal.whatHappened(t.receivedOn) : story.whatHappened;
    const putRight = "refusal" in story ? story.refusal.putRight : story.putRight;
    let handler = t.handler1;
    let lastHandler = handler;

    if (t.refuse && "refusal" in story) {
      steps.push({ on: t.refuse, actor: handler, event: { type: "refuse", on: t.refuse, reason: story.refusal.reason, explanation: story.refusal.explanation(t.receivedOn) } });
    }
    if (!("refusal" in story)) {
      const respond = (stage: 1 | 2, on: string, points: readonly ComplaintPoint[], texts: readonly StoryPoint[], forced?: Timing["outcome1"]) => {
        const decisions = decide(texts, points, stage, forced?.decisions);
        const faults = decisions.some((d) => d.decision !== "not-upheld");
        const pounds = forced ? forced.pounds : faults && chance(stage === 1 ? 0.6 : 0.75) ? random.pick(POUNDS[stage]) : 0;
        const descriptions = !faults
          ? []
          : stage === 1
            ? story.actions.slice(0, forced ? story.actions.length : random.int(1, Math.min(2, story.actions.length)))
            : ["Check with the resident that every action promised at stage 1 has been done"];
        const actions: RemedyAction[] = descriptions.map((description) => {
          const owner = stage === 1 && PROPERTY_AREAS.has(story.area) ? kerry : handler;
          const dueDays = random.int(10, 30);
          const dueOn = wd(on, dueDays);
          const done = forced ? forced.actionsDone : chance(0.92);
          if (done) actionsDone.push({ stage, description, doneOn: chance(0.85) ? wd(on, random.int(3, dueDays)) : wd(dueOn, random.int(1, 8)) });
          return { description, ownerId: owner, dueOn };
        });
        steps.push({
          on,
          actor: handler,
          event: { type: "respond", on, decisions, remedy: { compensationPence: pounds * 100, apology: faults, actions } },
          responseSummary: summaryFor(stage, story.topic, decisions, pounds, faults, actions.length),
        });
      };

      if (t.ack1) {
        const points1 = story.points.map((p) => ({ id: crypto.randomUUID(), summary: p.summary }));
        steps.push({ on: t.ack1, actor: handler, event: { type: "acknowledge", on: t.ack1, handlerId: handler, points: points1 } });
        if (t.assign1) {
          steps.push({ on: t.assign1.on, actor: rhian, event: { type: "assign", on: t.assign1.on, handlerId: t.assign1.to } });
          handler = t.assign1.to;
        }
        if (t.extend1) steps.push({ on: t.extend1.on, actor: handler, event: { type: "extend", on: t.extend1.on, workingDays: t.extend1.days, reason: random.pick(EXTENSION_REASONS[1]) } });
        if (t.respond1) respond(1, t.respond1, points1, story.points, t.outcome1);
        lastHandler = handler;
        if (t.escalate) {
          // A portal user asks for stage 2 themselves; otherwise staff log the request.
          const byResident = channel === "portal";
          steps.push({
            on: t.escalate,
            actor: byResident ? null : handler,
            event: { type: "escalate", on: t.escalate },
            ...(byResident ? { auditAction: "complaint.escalated-by-resident" } : {}),
          });
        }
        if (t.ack2 && t.handler2) {
          handler = t.handler2;
          const texts = [random.pick(STAGE2_POINTS)];
          if (chance(0.5)) texts.push(random.pick(STAGE2_POINTS.filter((p) => p !== texts[0])));
          const points2 = texts.map((p) => ({ id: crypto.randomUUID(), summary: p.summary }));
          steps.push({ on: t.ack2, actor: handler, event: { type: "acknowledge", on: t.ack2, handlerId: handler, points: points2 } });
          if (t.assign2) {
            steps.push({ on: t.assign2.on, actor: rhian, event: { type: "assign", on: t.assign2.on, handlerId: t.assign2.to } });
            handler = t.assign2.to;
          }
          if (t.extend2) steps.push({ on: t.extend2.on, actor: handler, event: { type: "extend", on: t.extend2.on, workingDays: t.extend2.days, reason: random.pick(EXTENSION_REASONS[2]) } });
          if (t.respond2) respond(2, t.respond2, points2, texts);
          lastHandler = handler;
        }
        if (t.close) {
          const causeCategory = chance(0.55) ? story.causes[0]! : random.pick(story.causes);
          steps.push({ on: t.close, actor: lastHandler, event: { type: "close", on: t.close, causeCategory, lessonsLearnt: random.pick(story.lessons) } });
        }
      }
      if (t.withdraw) steps.push({ on: t.withdraw, actor: handler, event: { type: "withdraw", on: t.withdraw } });
    }

    // History only: a step planned after today has not happened yet.
    const cut = steps.findIndex((s) => s.on > today);
    plans.push({
      order: order++,
      receivedOn: t.receivedOn,
      area,
      whatHappened,
      putRight,
      channel,
      complainant,
      recordedBy,
      steps: cut === -1 ? steps : steps.slice(0, cut),
      actionsDone,
    });
  };

  const storyFor = (area: string) => random.pick(STORIES.filter((s) => s.area === area));
  const story = (key: string) => STORIES.find((s) => s.key === key)!;

  // ── The year at random: mostly on time, some late, some extended ───────
  const start = (() => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - MONTHS);
    return d.toISOString().slice(0, 10);
  })();
  const span = Math.round((Date.parse(today) - Date.parse(start)) / DAY);
  const received = Array.from({ length: RANDOM_COMPLAINTS }, () => addDays(start, random.int(0, span))).sort();
  // Fixed shares rather than coin flips, so the figures land where a landlord
  // like this would be whatever the draw: a few refusals (each allowed reason)
  // and withdrawals among complaints old enough to have got there, ~18%
  // escalated, and some late or extended at each stage.
  const share = (among: readonly number[], fraction: number) => {
    const deck = [...among];
    for (let k = deck.length - 1; k > 0; k--) {
      const j = random.int(0, k);
      [deck[k], deck[j]] = [deck[j]!, deck[k]!];
    }
    return new Set(deck.slice(0, Math.round(deck.length * fraction)));
  };
  const settled = received.filter((d) => d <= addDays(today, -30)).length;
  const indices = (n: number, except: ReadonlySet<number> = new Set()) => Array.from({ length: n }, (_, k) => k).filter((k) => !except.has(k));
  const refusedAt = share(indices(settled), 5 / settled);
  const withdrawnAt = share(indices(settled, refusedAt), 6 / (settled - refusedAt.size));
  const handled = indices(received.length, new Set([...refusedAt, ...withdrawnAt]));
  const fate = {
    lateAck1: share(handled, 0.08),
    assign1: share(handled, 0.06),
    extend1: share(handled, 0.13),
    late1: share(handled, 0.15),
    escalated: share(handled, 0.18),
  };
  const escalatedList = [...fate.escalated];
  const fate2 = {
    lateAck2: share(escalatedList, 0.1),
    assign2: share(escalatedList, 0.08),
    extend2: share(escalatedList, 0.2),
    late2: share(escalatedList, 0.3),
  };
  let refusals = 0;

  received.forEach((day, i) => {
    const month = Number(day.slice(5, 7));
    const winter = month >= 10 || month <= 3;
    const area = weighted(AREA_WEIGHTS.map(([a, w]) => [a, a === "damp-and-mould" ? (winter ? 26 : 9) : w] as const));
    const channel = weighted(CHANNEL_WEIGHTS);
    // Staff log phone calls, letters and visits on the working day they take them.
    const receivedOn = channel === "portal" ? day : onOrBefore(day);
    const complainant = pickComplainant();
    const handler1 = handler1For(area);

    if (refusedAt.has(i)) {
      const refusal = REFUSAL_STORIES.find((s) => s.reason === REFUSAL_REASONS[refusals % REFUSAL_REASONS.length])!;
      refusals += 1;
      addPlan(complainant, channel, { refusal }, { receivedOn, handler1, refuse: wd(receivedOn, random.int(2, 5)) });
      return;
    }
    const s = storyFor(area);
    const ack1 = wd(receivedOn, fate.lateAck1.has(i) ? random.int(6, 9) : random.int(1, 4));
    if (withdrawnAt.has(i)) {
      addPlan(complainant, channel, s, chance(0.5) ? { receivedOn, handler1, withdraw: wd(receivedOn, random.int(1, 3)) } : { receivedOn, handler1, ack1, withdraw: wd(ack1, random.int(2, 6)) });
      return;
    }
    const assign1 = fate.assign1.has(i) ? { on: wd(ack1, random.int(1, 3)), to: otherThan([handler1], PROPERTY_AREAS.has(area) ? [sam, kerry, marcus, aisha] : frontline) } : undefined;
    const extend1 = fate.extend1.has(i) ? { on: wd(ack1, random.int(6, 9)), days: random.int(5, 10) } : undefined;
    const due1 = wd(ack1, 10 + (extend1?.days ?? 0));
    const respond1 = fate.late1.has(i) ? wd(due1, random.int(1, 8)) : extend1 ? wd(ack1, 10 + random.int(1, extend1.days)) : wd(ack1, random.int(5, 10));
    const t: Timing = { receivedOn, handler1, ack1, respond1, ...(assign1 ? { assign1 } : {}), ...(extend1 ? { extend1 } : {}) };
    if (fate.escalated.has(i)) {
      const escalate = wd(respond1, random.int(2, 12));
      const stage1 = assign1 ? [handler1, assign1.to] : [handler1];
      const handler2 = handler2For(stage1);
      const ack2 = wd(escalate, fate2.lateAck2.has(i) ? random.int(6, 9) : random.int(1, 5));
      const assign2 = fate2.assign2.has(i) ? { on: wd(ack2, random.int(1, 5)), to: otherThan([...stage1, handler2], [sam, marcus, aisha, rhian]) } : undefined;
      const extend2 = fate2.extend2.has(i) ? { on: wd(ack2, random.int(12, 19)), days: random.int(10, 20) } : undefined;
      const due2 = wd(ack2, 20 + (extend2?.days ?? 0));
      const respond2 = fate2.late2.has(i) ? wd(due2, random.int(1, 12)) : extend2 ? wd(ack2, 20 + random.int(1, extend2.days)) : wd(ack2, random.int(10, 20));
      Object.assign(t, { escalate, handler2, ack2, respond2, close: wd(respond2, random.int(1, 5)), ...(assign2 ? { assign2 } : {}), ...(extend2 ? { extend2 } : {}) });
    } else {
      t.close = wd(respond1, random.int(8, 15));
    }
    addPlan(complainant, channel, s, t);
  });

  // ── Open now, in every status: some due soon, a handful overdue ────────
  const scripted = (build: () => Omit<Timing, "handler1">) => {
    const area = weighted(AREA_WEIGHTS);
    const s = storyFor(area);
    const handler1 = handler1For(area);
    const t: Timing = { handler1, ...build() };
    if (t.ack2) t.handler2 = handler2For([handler1]);
    addPlan(pickComplainant(), weighted(CHANNEL_WEIGHTS), s, t);
  };
  const stage1 = (received: number, ack: number, respond: number) => ({ receivedOn: ago(received), ack1: ago(ack), respond1: ago(respond) });
  scripted(() => ({ receivedOn: anchor })); // received today: acknowledgement due in 5 working days
  scripted(() => ({ receivedOn: ago(4) })); // acknowledgement due tomorrow
  scripted(() => ({ receivedOn: ago(7) })); // acknowledgement overdue
  scripted(() => ({ receivedOn: ago(5), ack1: ago(3) }));
  scripted(() => ({ receivedOn: ago(12), ack1: ago(9) })); // response due tomorrow
  scripted(() => ({ receivedOn: ago(15), ack1: ago(12) })); // response overdue
  scripted(() => ({ receivedOn: ago(18), ack1: ago(15), extend1: { on: ago(7), days: 10 } }));
  scripted(() => ({ receivedOn: ago(21), ack1: ago(17), extend1: { on: ago(9), days: 6 } })); // extended, and still overdue
  scripted(() => stage1(14, 12, 3)); // answered, waiting to hear whether the resident escalates
  scripted(() => ({ ...stage1(40, 38, 29), escalate: ago(2) }));
  scripted(() => ({ ...stage1(45, 43, 34), escalate: ago(7) })); // stage 2 acknowledgement overdue
  scripted(() => ({ ...stage1(48, 46, 37), escalate: ago(10), ack2: ago(8) }));
  scripted(() => ({ ...stage1(60, 58, 49), escalate: ago(22), ack2: ago(19) })); // final response due tomorrow
  scripted(() => ({ ...stage1(70, 68, 58), escalate: ago(30), ack2: ago(27) })); // final response overdue
  scripted(() => ({ ...stage1(72, 70, 61), escalate: ago(33), ack2: ago(30), extend2: { on: ago(12), days: 15 } }));
  scripted(() => ({ ...stage1(66, 64, 55), escalate: ago(25), ack2: ago(22), respond2: ago(2) })); // final response sent, to close

  // ── The demo resident (Bethan Morgan): one closed, one to escalate, one new ─
  const extractor = story("extractor-not-logged");
  addPlan(
    demo,
    "portal",
    extractor,
    { ...stage1(105, 103, 95), handler1: sam, close: ago(82), outcome1: { decisions: ["upheld", "partly-upheld"], pounds: 50, actionsDone: true } },
  );
  addPlan(
    demo,
    "portal",
    story("mould-childrens-bedroom"),
    { ...stage1(14, 12, 2), handler1: marcus, outcome1: { decisions: ["partly-upheld", "upheld"], pounds: 75, actionsDone: false } },
  );
  addPlan(demo, "portal", story("communal-bins"), { receivedOn: ago(1), handler1: aisha });

  // ── Residents who complained through the portal have an account ────────
  const accounts = [...new Set(plans.filter((p) => p.channel === "portal" && !p.complainant.userId).map((p) => p.complainant))];
  if (accounts.length) {
    for (const c of accounts) c.userId = crypto.randomUUID();
    await tx.insert(users).values(accounts.map((c) => ({ id: c.userId!, email: c.email!, name: `${c.firstName} ${c.lastName}`, passwordHash: options.passwordHash, residentId: c.residentId })));
    await tx.insert(userRoles).values(accounts.map((c) => ({ userId: c.userId!, role: "resident" as const })));
  }

  // ── Write them, oldest first, through the real repository functions ────
  const areaRows = await tx.select({ id: schema.serviceAreas.id, slug: schema.serviceAreas.slug }).from(schema.serviceAreas).where(eq(schema.serviceAreas.landlordId, landlordId));
  const areaId = (slug: string) => areaRows.find((a) => a.slug === slug)!.id;
  plans.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.order - b.order);
  const byStatus: Partial<Record<ComplaintStatus, number>> = {};
  const ids: string[] = [];
  const demoComplaints: { id: string; reference: string; plan: Plan; status: ComplaintStatus }[] = [];

  for (const plan of plans) {
    // Timestamps follow the story's dates, never later than now.
    let last = 0;
    const at = (on: string) => {
      const t = Math.max(last + 60_000, Math.min(Date.parse(`${on}T08:30:00Z`) + random.int(0, 420) * 60_000, now.getTime()));
      last = t;
      return new Date(t);
    };
    const portal = plan.channel === "portal";
    const created = await createComplaint(tx, {
      landlordId,
      residentId: plan.complainant.residentId,
      serviceAreaId: areaId(plan.area),
      channel: plan.channel,
      whatHappened: plan.whatHappened,
      putRight: plan.putRight,
      language: "en",
      contactMethod: plan.complainant.contactMethod,
      contactDetail: plan.complainant.contactDetail,
      receivedOn: plan.receivedOn,
      recordedByUserId: plan.recordedBy,
      actorUserId: portal ? plan.complainant.userId : plan.recordedBy,
      address: null,
      now: at(plan.receivedOn),
    });
    ids.push(created.id);
    // Steps and "action done" marks in date order, so the timeline reads as it happened.
    const stagesAnswered = plan.steps.filter((s) => s.event.type === "respond").length;
    const marks = [
      ...plan.steps.map((step) => ({ on: step.on, step })),
      ...plan.actionsDone.filter((a) => a.doneOn <= today && a.stage <= stagesAnswered).map((done) => ({ on: done.doneOn, done })),
    ].sort((a, b) => a.on.localeCompare(b.on) || Number("done" in a) - Number("done" in b));
    // Loaded once and carried forward: recordTransition needs only the row it
    // bumps and the domain state it returns, and reloading before each of the
    // ~450 steps would add a third to the time the seed adds to first start.
    let complaint = plan.steps.length ? await loadComplaint(tx, { id: created.id }, { lock: true }) : null;
    let status: ComplaintStatus = "received";
    let actionRows: (typeof complaintActions.$inferSelect)[] | null = null;
    for (const mark of marks) {
      if ("step" in mark) {
        const { step } = mark;
        const actor = step.auditAction === "complaint.escalated-by-resident" ? plan.complainant.userId : step.actor;
        const next = await recordTransition(tx, complaint!, step.event, {
          actorUserId: actor,
          address: null,
          now: at(step.on),
          ...(step.responseSummary ? { responseSummary: step.responseSummary } : {}),
          ...(step.auditAction ? { auditAction: step.auditAction } : {}),
        });
        complaint = { ...complaint!, row: { ...complaint!.row, status: next.status, lastEventOn: next.lastEventOn, version: complaint!.row.version + 1 }, state: next };
        status = next.status;
        if (step.event.type === "respond") actionRows = null;
        continue;
      }
      // As the console's "mark as done" records it.
      const { done } = mark;
      actionRows ??= await tx.select().from(complaintActions).where(eq(complaintActions.complaintId, created.id));
      const row = actionRows.find((r) => r.stage === done.stage && r.description === done.description && !r.doneOn);
      if (!row) continue;
      const when = at(done.doneOn);
      row.doneOn = done.doneOn;
      await tx.update(complaintActions).set({ doneOn: done.doneOn, updatedAt: when }).where(eq(complaintActions.id, row.id));
      const details = { action: row.description };
      await tx.insert(complaintEvents).values({ complaintId: created.id, type: "action-done", on: done.doneOn, actorUserId: row.ownerUserId, visibleToResident: true, details });
      await writeAudit(tx, { actorUserId: row.ownerUserId, action: "complaint.action-done", subjectType: "complaint", subjectId: created.reference, details, address: null }, when);
    }
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    if (plan.complainant === demo) demoComplaints.push({ id: created.id, reference: created.reference, plan, status });
  }

  // Seeded history is not news: drop the notifications it queued, so nobody
  // is sent a year of messages at first start…
  await tx.delete(jobs).where(and(eq(jobs.kind, "complaint.notify"), inArray(sql`${jobs.payload}->>'complaintId'`, ids)));
  // …but give the demo resident the messages they would have had.
  const recipient = await messageRecipient(tx, demo.residentId);
  if (recipient) await tx.insert(residentMessages).values(demoComplaints.flatMap((c) => demoMessages(c, recipient, { wd, now })));

  return { complaints: plans.length, byStatus };
}

/**
 * The notices the demo resident was sent about one complaint, in the words the
 * job worker would have used (its renderer), dated when each step happened;
 * the latest of an open complaint is still unread.
 */
function demoMessages(
  complaint: { id: string; reference: string; plan: Plan; status: ComplaintStatus },
  recipient: MessageRecipient,
  helpers: { wd: (from: string, days: number) => string; now: Date },
): (typeof residentMessages.$inferInsert)[] {
  const { id, reference, plan } = complaint;
  const { wd, now } = helpers;
  type Facts = Pick<ComplaintNoticeFacts, "notice" | "stage" | "dueOn"> & Partial<ComplaintNoticeFacts>;
  const sent: { on: string; facts: Facts }[] = [{ on: plan.receivedOn, facts: { notice: "received", stage: 1, dueOn: wd(plan.receivedOn, CODE_TIMESCALES.stage1.acknowledgeWithin) } }];
  let stage: 1 | 2 = 1;
  let acknowledgedOn = plan.receivedOn;
  for (const { event: e, responseSummary } of plan.steps) {
    const respondWithin = timescalesFor(stage).respondWithin;
    if (e.type === "acknowledge") {
      acknowledgedOn = e.on;
      sent.push({ on: e.on, facts: { notice: "acknowledged", stage, dueOn: wd(e.on, respondWithin) } });
    } else if (e.type === "extend") {
      sent.push({ on: e.on, facts: { notice: "extended", stage, dueOn: wd(acknowledgedOn, respondWithin + e.workingDays), extensionReason: e.reason } });
    } else if (e.type === "respond") {
      sent.push({ on: e.on, facts: { notice: "responded", stage, dueOn: null, responseSummary: responseSummary ?? null } });
    } else if (e.type === "escalate") {
      stage = 2;
      sent.push({ on: e.on, facts: { notice: "escalated", stage, dueOn: wd(e.on, CODE_TIMESCALES.stage2.acknowledgeWithin) } });
    } else if (e.type === "close") {
      sent.push({ on: e.on, facts: { notice: "closed", stage, dueOn: null } });
    } else if (e.type === "refuse") {
      sent.push({ on: e.on, facts: { notice: "refused", stage, dueOn: null, refusal: { reason: e.reason, explanation: e.explanation } } });
    }
  }
  const latest = sent[sent.length - 1]!.on;
  return sent.map(({ on, facts }, i) => {
    const rendered = renderComplaintNotice(recipient.language, {
      extensionReason: null,
      responseSummary: null,
      refusal: null,
      ...facts,
      reference,
      residentName: recipient.name,
      landlordName: recipient.landlordName,
    });
    const createdAt = new Date(Math.min(Date.parse(`${on}T16:00:00Z`) + i * 60_000, now.getTime()));
    const unread = on === latest && complaint.status !== "closed";
    return {
      residentId: plan.complainant.residentId,
      subject: rendered.subject,
      body: rendered.body,
      language: recipient.language,
      topic: { type: "complaint", id, reference },
      delivery: "portal" as const,
      createdAt,
      readAt: unread ? null : new Date(Math.min(createdAt.getTime() + 3 * 3_600_000, now.getTime())),
    };
  });
}
