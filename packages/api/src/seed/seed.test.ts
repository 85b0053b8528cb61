import { eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { schema, type Database } from "@hearth/db";
import { COMPLAINT_STATUSES, REFUSAL_REASONS, openDeadline } from "@hearth/domain/complaints";
import { landlordCalendar } from "../repositories/complaints/calendar.js";
import { loadComplaint } from "../repositories/complaints/state.js";
import { callerAs, useTestDatabase } from "../testing/index.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_STAFF } from "./demo-landlord.js";
import { seedDemoData } from "./seed.js";

// The demo complaints are dated back from the seed's "now"; fixing it makes
// their figures the same whenever this runs.
const NOW = new Date("2026-11-24T12:00:00Z");
const TODAY = "2026-11-24";
const clock = () => NOW;

/** Row count and a hash of every row, per table: any change by a rerun shows up. */
async function snapshot(db: Database) {
  const tables: PgTable[] = [
    schema.landlords,
    schema.homes,
    schema.residents,
    schema.users,
    schema.userRoles,
    schema.complaints,
    schema.complaintSequences,
    schema.complaintStages,
    schema.complaintPoints,
    schema.complaintActions,
    schema.complaintEvents,
    schema.auditLog,
    schema.residentMessages,
    schema.jobs,
  ];
  const out: { n: number; hash: string }[] = [];
  for (const table of tables) {
    const [row] = await db.select({ n: sql<number>`count(*)::int`, hash: sql<string>`md5(coalesce(string_agg(${table}::text, '|' order by ${table}::text), ''))` }).from(table);
    out.push(row!);
  }
  return out;
}

describe("demo data", () => {
  const db = useTestDatabase();

  it("looks like a real landlord and is idempotent", async () => {
    const first = await seedDemoData(db(), { now: NOW });
    const before = await snapshot(db());
    const second = await seedDemoData(db(), { now: NOW });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(await snapshot(db())).toEqual(before);
    expect(second.homes).toBe(first.homes);
    expect(second.residents).toBe(first.residents);
    expect(second.complaints).toBe(first.complaints);
    expect(first.homes).toBeGreaterThanOrEqual(300);
    expect(await db().$count(schema.landlords)).toBe(1);
    expect(await db().$count(schema.neighbourhoods)).toBeGreaterThanOrEqual(4);
    const languages = await db().selectDistinct({ language: schema.residentProfiles.preferredLanguage }).from(schema.residentProfiles);
    expect(languages.map((l) => l.language).sort()).toEqual(["ar", "cy", "en", "pl", "so", "ur"]);
    const [former] = await db().select({ n: sql<number>`count(*)::int` }).from(schema.tenancies).where(sql`${schema.tenancies.endDate} is not null`);
    expect(former!.n).toBeGreaterThan(0);
  });

  it("has a working sign-in for every role, in the right app", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const app = account.role === "resident" ? "portal" : "console";
      const caller = await callerAs(db(), null, { app, address: "10.9.0.1" });
      await expect(caller.auth.signIn({ email: account.email, password: DEMO_PASSWORD }), account.email).resolves.toHaveProperty("token");
    }
    for (const person of DEMO_STAFF) {
      const caller = await callerAs(db(), null, { app: "console", address: "10.9.0.3" });
      await expect(caller.auth.signIn({ email: person.email, password: DEMO_PASSWORD }), person.email).resolves.toHaveProperty("token");
    }
  });

  it("leaves the documented tenancy claimable", async () => {
    const summary = await seedDemoData(db());
    const caller = await callerAs(db(), null, { address: "10.9.0.2" });
    await expect(caller.claim.verify({ tenancyReference: summary.claimable.tenancyReference, postcode: summary.claimable.postcode, lastName: summary.claimable.lastName })).resolves.toHaveProperty("ticket");
  });

  it("has fourteen months of complaints that follow the life cycle", async () => {
    const rows = await db().select().from(schema.complaints);
    expect(rows.length).toBeGreaterThanOrEqual(120);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(COMPLAINT_STATUSES));
    const received = rows.map((r) => r.receivedOn).sort();
    expect(received[0]! < "2025-10-24").toBe(true);
    expect(received[0]! >= "2025-09-24").toBe(true);
    expect(received.at(-1)! <= TODAY).toBe(true);
    expect(new Set(rows.filter((r) => r.status === "refused").map((r) => r.refusalReason))).toEqual(new Set(REFUSAL_REASONS));

    // Each stored complaint is what the domain makes of its rows, down to the next due date.
    const calendar = await landlordCalendar(db(), rows[0]!.landlordId);
    for (const row of rows) {
      const { state } = await loadComplaint(db(), { id: row.id });
      expect(state.status, row.reference).toBe(row.status);
      expect(row.nextDueOn, row.reference).toBe(openDeadline(state, calendar)?.dueOn ?? null);
      if (row.status === "closed") expect(row.causeCategory && row.lessonsLearnt, row.reference).toBeTruthy();
    }
    const lessons = new Set(rows.map((r) => r.lessonsLearnt).filter(Boolean));
    expect(lessons.size).toBeGreaterThanOrEqual(20);

    // Stage 2 is never handled or answered by whoever handled stage 1.
    const [stage2] = await db()
      .select({ n: sql<number>`count(*)::int`, clash: sql<number>`count(*) filter (where s1.handler_user_id in (s2.handler_user_id, s2.responded_by_user_id))::int` })
      .from(sql`complaint_stages s2 join complaint_stages s1 on s1.complaint_id = s2.complaint_id and s1.stage = 1`)
      .where(sql`s2.stage = 2`);
    expect(stage2!.n).toBeGreaterThanOrEqual(15);
    expect(stage2!.clash).toBe(0);

    const [actions] = await db().select({ done: sql<number>`count(done_on)::int`, open: sql<number>`count(*) filter (where done_on is null)::int` }).from(schema.complaintActions);
    expect(actions!.done).toBeGreaterThan(0);
    expect(actions!.open).toBeGreaterThan(0);
    // Seeded history queues no notifications.
    expect(await db().$count(schema.jobs)).toBe(0);
  });

  it("gives the performance page and the staff queue meaningful figures", async () => {
    const [sam] = await db().select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, DEMO_ACCOUNTS[1].email));
    const staff = await callerAs(db(), sam!.id, { app: "console", now: clock });
    const report = await staff.complaintPerformance.report({});
    expect(report.year).toBe(2026);
    expect(report.ch01.stage1.complaints).toBeGreaterThanOrEqual(50);
    expect(report.ch01.stage2.complaints).toBeGreaterThanOrEqual(5);
    // A landlord with poor repairs, but within what real landlords publish (tens per 1,000 homes, not hundreds).
    expect(report.ch01.stage1.per1000Homes).toBeGreaterThan(20);
    expect(report.ch01.stage1.per1000Homes).toBeLessThan(80);
    expect(report.ch02.stage1.percent).toBeGreaterThanOrEqual(75);
    expect(report.ch02.stage1.percent).toBeLessThanOrEqual(92);
    expect(report.ch02.stage2.percent).toBeLessThan(report.ch02.stage1.percent!);
    expect(["repairs", "damp-and-mould"]).toContain(report.byServiceArea[0]!.serviceArea);
    expect(report.byCause.length).toBeGreaterThanOrEqual(5);
    expect(report.speed[1].averageWorkingDays).toBeGreaterThan(5);
    expect(report.compensationPence).toBeGreaterThan(0);
    expect(report.overdue.length).toBeGreaterThanOrEqual(3);
    expect(report.lessons.length).toBeGreaterThanOrEqual(20);

    expect((await staff.complaintCases.queue({ due: "overdue" })).total).toBeGreaterThanOrEqual(3);
    expect((await staff.complaintCases.queue({ due: "soon" })).total).toBeGreaterThanOrEqual(2);
    expect((await staff.complaintCases.queue({ handler: sam!.id })).total).toBeGreaterThanOrEqual(1);
  });

  it("gives the demo resident three complaints, one ready to escalate, and their messages", async () => {
    const [bethan] = await db().select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, DEMO_ACCOUNTS[0].email));
    const resident = await callerAs(db(), bethan!.id, { app: "portal", now: clock });
    const mine = await resident.complaints.mine();
    expect(mine.rows.map((r) => r.status)).toEqual(["received", "stage1-responded", "closed"]);
    const waiting = await resident.complaints.get({ reference: mine.rows[1]!.reference });
    expect(waiting.canEscalate).toBe(true);
    expect(waiting.deadlines.every((d) => d.onTime !== false)).toBe(true);
    const messages = await resident.messages.list();
    expect(messages.rows.length).toBeGreaterThanOrEqual(8);
    expect(await resident.messages.unreadCount()).toBeGreaterThanOrEqual(1);
  });
});
