import type { BrowserContext, Page } from "@playwright/test";
import { callerAs, createLandlord, createResidentUser, createUser } from "@hearth/api/testing";
import { schema, type Database } from "@hearth/db";
import { consoleUrl, expect, expectAccessible, portalUrl, signInAs, test } from "../support/fixtures.js";

// The Best Value review journey of issue 5, in the browser as staff: Stars of
// Excellence for Repairs, a review scheduled on the programme, its brief and a
// SMART objective, three complaints from "what residents told us" kept as
// evidence, the market-test decision, an action plan, approval through every
// stage gate, and the "you said, we did" summary a resident then reads in Welsh.

type Api = Awaited<ReturnType<typeof callerAs>>;

const WELSH = {
  headline: "Apwyntiadau atgyweirio sy'n cael eu cadw",
  youSaid: "Dywedoch chi fod apwyntiadau atgyweirio'n cael eu colli a'i bod hi'n anodd eu newid.",
  weDid: "Rydym bellach yn cynnig slotiau bore a phrynhawn, ac yn anfon neges destun y diwrnod cynt.",
};
const ENGLISH = {
  headline: "Repair appointments that are kept",
  youSaid: "You told us repair appointments were missed and hard to change.",
  weDid: "We now offer morning and afternoon slots, and send a text the day before.",
};

/** Today in the UK, as YYYY-MM-DD, and a day `months` later (the API counts in UK days). */
const ukToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
function monthsAhead(months: number): string {
  const [y, m, d] = ukToday().split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, 28))).toISOString().slice(0, 10);
}
/** The financial year (April to March) today falls in, by its starting year, and as pages write it (2026-27). */
function financialYear(): { start: number; from: string; label: string } {
  const [y, m] = ukToday().split("-").map(Number) as [number, number];
  const start = m >= 4 ? y : y - 1;
  return { start, from: `${start}-04-01`, label: `${start}-${String((start + 1) % 100).padStart(2, "0")}` };
}

/**
 * The landlord this installation serves (the API takes the oldest one; other
 * spec files may have made it first), with the service areas complaints need.
 */
async function installation(db: Database) {
  const [oldest] = await db.query.landlords.findMany({ orderBy: (l, { asc }) => [asc(l.createdAt)], limit: 1 });
  const landlord = oldest ?? (await createLandlord(db)).landlord;
  await db
    .insert(schema.serviceAreas)
    .values([
      { landlordId: landlord.id, slug: "repairs", name: "Responsive repairs" },
      { landlordId: landlord.id, slug: "damp-and-mould", name: "Damp and mould" },
    ])
    .onConflictDoNothing();
  const repairs = await db.query.serviceAreas.findFirst({ where: (a, { and, eq }) => and(eq(a.landlordId, landlord.id), eq(a.slug, "repairs")) });
  return { landlord, repairs: repairs! };
}

/** A resident of the installation's landlord (the factory makes a landlord per resident), reading the portal in Welsh. */
async function welshTenant(db: Database, landlordId: string) {
  const n = Math.floor(Math.random() * 1e9);
  const [area] = await db.insert(schema.neighbourhoods).values({ landlordId, slug: `glan-yr-afon-${n}`, name: `Glan yr Afon ${n}` }).returning();
  const [home] = await db
    .insert(schema.homes)
    .values({ landlordId, neighbourhoodId: area!.id, addressLine1: `${n % 997} Heol yr Afon`, town: "Caerdydd", postcode: "CF10 1AA", bedrooms: 2 })
    .returning();
  const [tenancy] = await db.insert(schema.tenancies).values({ homeId: home!.id, reference: `TEN-R${n}`, tenure: "assured", startDate: "2020-04-01" }).returning();
  const [resident] = await db
    .insert(schema.residents)
    .values({ landlordId, tenancyId: tenancy!.id, tenancyRole: "lead-tenant", firstName: "Megan", lastName: `Prydderch${n}` })
    .returning();
  await db.insert(schema.residentProfiles).values({ residentId: resident!.id, preferredLanguage: "cy", contactMethods: ["phone"], phone: "07700 900456" });
  return createUser(db, { roles: ["resident"], residentId: resident!.id, name: `Megan Prydderch${n}` });
}

/** A complaint sent through the portal's API, every question answered as a resident would. */
async function complain(resident: Api, serviceArea: string, whatHappened: string): Promise<string> {
  const c = resident.complaints;
  await c.saveStep({ step: "about", serviceArea });
  await c.saveStep({ step: "what-happened", whatHappened });
  await c.saveStep({ step: "put-right", putRight: "Keep the appointments you make, or tell me in good time." });
  await c.saveStep({ step: "contact", contactMethod: "phone", phone: "07700 900456" });
  return (await c.submit()).reference;
}

/** Repairs complaints counted as "received this year" by the panel and its source report: this financial year, not refused. */
async function repairsComplaintsThisYear(db: Database, landlordId: string, serviceAreaId: string): Promise<number> {
  const rows = await db.query.complaints.findMany({
    where: (c, { and, eq, ne, gte }) => and(eq(c.landlordId, landlordId), eq(c.serviceAreaId, serviceAreaId), ne(c.status, "refused"), gte(c.receivedOn, financialYear().from)),
  });
  return rows.length;
}

/** A staff member signed in to the console. */
async function staffIn(context: BrowserContext, db: Database) {
  const user = await createUser(db, { roles: ["staff"], name: `Rhian Review-lead ${Date.now()}` });
  await signInAs(context, user.id, "console");
  return { user, api: await callerAs(db, user.id, { app: "console" }) };
}

// ---- The parts of a review the journey does not walk through in the browser, written as the same staff member through the API.

/** The review's id and the version a write must name. */
async function change(api: Api, reference: string) {
  const header = await api.reviews.header({ reference });
  return { reviewId: header.id, version: header.version };
}

/** Every required field of each cover-report section, filled as a review group would. */
const SECTIONS = {
  "main-details": {
    seniorManager: "Head of Property Services",
    leadOfficer: "Repairs manager",
    businessPlanLink: "Aim 2: homes that are safe and well looked after.",
    serviceObjective: "Fix what breaks, first time, at a time that suits the resident.",
    currentImpact: "Missed appointments are the first cause of repairs complaints.",
  },
  context: { regulatoryStandard: "Home Standard", regulatoryOutcome: "Repairs are done well, on time, and residents can choose appointments." },
  "involvement-plan": {
    howResidentsInvolved: "Two tenants sit on the review group and test every change.",
    hardToReachGroups: "Residents who work shifts, reached by text and evening calls.",
    methods: "A text survey after each repair and a focus group on the estate.",
  },
  resources: { resourceNeeds: "Ten days of officer time.", resourceAmount: "2500", valueForMoney: "Cost per repair against similar landlords." },
  equality: { stakeholders: "Every tenant who reports a repair.", groupsAffected: "Older and disabled residents.", impact: "Fewer wasted days waiting at home.", assessmentCompleted: "yes" },
  implementation: { staffInformed: "yes", inTeamBrief: "yes", serviceImplications: "Planners book slots against engineers' real diaries." },
  "service-improvement": { beneficiaries: "Tenants and the repairs team.", improvementOutcome: "Nine in ten appointments kept, measured monthly." },
} as const;

async function writeSection(api: Api, reference: string, section: keyof typeof SECTIONS) {
  await api.reviews.saveSection({ ...(await change(api, reference)), section, fields: { ...SECTIONS[section] } });
}

/** A resident on the review group and the resident involvement plan: what the planning gate asks beyond the SMART objective. */
async function planningByApi(api: Api, reference: string) {
  await api.reviews.addMember({ ...(await change(api, reference)), name: "Glenys Hughes", role: "Tenant, Riverside estate", kind: "resident" });
  await writeSection(api, reference, "involvement-plan");
}

/** One answer under each of the four Cs, each citing the given evidence: the fieldwork gate. */
async function fourCsByApi(api: Api, reference: string, evidenceIds: string[]) {
  for (const c of ["challenge", "compare", "consult", "compete"] as const) {
    const bank = await api.fourCs.bank({ reference, c });
    const question = bank.topics[0]!.questions[0]!.id;
    await api.fourCs.saveAnswer({ ...(await change(api, reference)), question, answer: "What residents told us shows appointments are the problem to fix.", evidenceIds });
  }
}

/** The option the group recommends: the options gate beyond the market test. */
async function optionByApi(api: Api, reference: string) {
  await api.reviewPlan.addOption({ ...(await change(api, reference)), title: "Morning and afternoon slots, with a text the day before", recommended: true });
}

/** The rest of the report and the final checklist: the approval gate beyond the action plan. */
async function reportByApi(api: Api, reference: string) {
  for (const section of ["resources", "equality", "implementation", "service-improvement"] as const) await writeSection(api, reference, section);
  const { items } = await api.reviews.checklist({ reference });
  await api.reviews.setChecklist({ ...(await change(api, reference)), items: items.map((i) => i.item) });
}

async function advanceByApi(api: Api, reference: string, to: string) {
  await api.reviews.advance({ ...(await change(api, reference)), to, note: "" });
}

/** A whole review taken to approval through the API, for the read-only checks. */
async function approvedReviewByApi(api: Api, leadUserId: string): Promise<string> {
  const { reference } = await api.reviewProgramme.schedule({ serviceArea: "repairs", year: financialYear().start, title: "Repairs by appointment", leadUserId, reason: "Four-year rule" });
  await writeSection(api, reference, "main-details");
  await writeSection(api, reference, "context");
  await advanceByApi(api, reference, "brief_agreed");
  await advanceByApi(api, reference, "planning");
  await planningByApi(api, reference);
  await api.reviewPlan.addObjective({ ...(await change(api, reference)), improvementAction: "Keep nine in ten appointments", measure: "Share of appointments kept", owner: "Repairs manager", dueOn: monthsAhead(9) });
  await advanceByApi(api, reference, "fieldwork");
  const note = await api.reviewEvidence.addNote({ ...(await change(api, reference)), title: "Estate walkabout", body: "Tenants described three missed visits each." });
  await fourCsByApi(api, reference, [note.id]);
  await advanceByApi(api, reference, "options_appraisal");
  const scores = Array.from({ length: 21 }, (_, i) => ({ criterion: i + 1, score: "2", note: "" }));
  const { reviewId, version } = await change(api, reference);
  await api.marketTest.save({ reviewId, version, scores });
  await optionByApi(api, reference);
  await advanceByApi(api, reference, "reporting");
  await api.reviewPlan.addAction({ ...(await change(api, reference)), action: "Offer morning and afternoon slots", owner: "Repairs manager", dueOn: monthsAhead(6) });
  await reportByApi(api, reference);
  await advanceByApi(api, reference, "approved");
  return reference;
}

// ---- Browser steps.

/** The page's own "Error:" title and a message in the error summary linking to the field. */
async function expectError(page: Page, message: string | RegExp) {
  await expect(page.getByRole("alert").getByRole("link", { name: message })).toBeVisible();
  await expect(page).toHaveTitle(/^Error:/);
  await expectAccessible(page);
}

/** The stage the review page's frame shows under its heading. */
async function expectStage(page: Page, stage: string) {
  await expect(page.getByRole("main").getByRole("paragraph").filter({ hasText: /^Stage:/ })).toHaveText(new RegExp(`^Stage:\\s*${stage}$`));
}

async function openWorkspace(page: Page, reference: string) {
  await page.goto(`${consoleUrl()}/reviews/${reference}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
}

/** Opens one task of the review from the workspace's task list. */
async function openTask(page: Page, reference: string, task: string, heading: string | RegExp = task) {
  await openWorkspace(page, reference);
  await page.getByRole("link", { name: task, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectAccessible(page);
}

const STARS: Record<string, string> = {
  Leadership: "Two stars",
  People: "One star",
  "Policy and strategy": "Two stars",
  "Partnerships and resources": "One star",
  Processes: "Two stars",
  "People results": "Two stars",
  "Customer results": "One star",
  "Social results": "One star",
  "Key performance results": "Two stars",
  "Innovation and learning": "Three stars",
};

async function starsAssessment(page: Page) {
  await page.goto(`${consoleUrl()}/reviews`);
  await expect(page.getByRole("heading", { level: 1, name: "Service review programme" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Stars of Excellence assessments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Stars of Excellence" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Record an assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Record a Stars of Excellence assessment" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Service area assessed").selectOption({ label: "Responsive repairs" });
  await page.getByLabel("Date of the assessment").fill(ukToday());
  const person = (n: number) => page.getByRole("group", { name: `Person ${n}`, exact: true });
  await person(1).getByLabel("Name", { exact: true }).fill("Dafydd Price");
  await person(1).getByLabel("Role", { exact: true }).fill("Repairs manager");
  for (const [criterion, stars] of Object.entries(STARS)) {
    await page.getByRole("group", { name: criterion, exact: true }).getByLabel(stars, { exact: true }).check();
  }
  // Only the service's own manager took part: the assessment needs an outside view.
  await page.getByRole("button", { name: "Save the assessment" }).click();
  await expectError(page, "At least one person who took part must come from outside the service team");
  await person(2).getByLabel("Name", { exact: true }).fill("Glenys Hughes");
  await person(2).getByLabel("Role", { exact: true }).fill("Scrutiny panel member");
  await person(2).getByLabel("From outside the service team").check();
  await person(2).getByLabel("A resident").check();
  await page.getByRole("button", { name: "Save the assessment" }).click();

  await expect(page.getByText("The assessment has been recorded.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: /^Stars of Excellence assessment, / })).toBeVisible();
  // The total: 2+1+2+1+2 for enablers, 2+1+1+2 for results, 3 for feedback.
  await expect(page.getByText("17 out of 30", { exact: true })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Dafydd Price");
  await expect(page.getByRole("main")).toContainText("Outside the team");
  await expectAccessible(page);
}

async function scheduleReview(page: Page, lead: string): Promise<string> {
  await page.goto(`${consoleUrl()}/reviews`);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Schedule a review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Schedule a review" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Service area").selectOption({ label: "Responsive repairs" });
  await page.getByRole("group", { name: "Financial year" }).getByLabel(financialYear().label).check();
  await page.getByLabel("Title of the review").fill("Repair appointments and missed visits");
  await page.getByLabel("Lead officer").selectOption({ label: lead });
  await page.getByLabel("Why is this review being added?").fill("Two stars or fewer on customer results, and complaints about missed visits.");
  await page.getByRole("button", { name: "Add to the programme" }).click();

  const banner = page.getByText(/^SR-\d{4}-\d{3} has been added to the programme\.$/);
  await expect(banner).toBeVisible();
  const reference = /SR-\d{4}-\d{3}/.exec((await banner.textContent())!)![0];
  await expectAccessible(page);

  // The programme lists it under Repairs in this year; its reference opens the workspace.
  await page.goto(`${consoleUrl()}/reviews`);
  await expectAccessible(page);
  await page.getByRole("table", { name: /^Reviews by service area and financial year/ }).getByRole("link", { name: reference, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Repair appointments and missed visits" })).toBeVisible();
  await expect(page.getByText(`${reference} · Responsive repairs`)).toBeVisible();
  await expectStage(page, "Scheduled");
  await expectAccessible(page);
  return reference;
}

async function fillBrief(page: Page, reference: string) {
  await openTask(page, reference, "Main details");
  const main = SECTIONS["main-details"];
  await page.getByLabel("Senior manager").fill("H".repeat(201));
  await page.getByLabel("Lead officer").fill(main.leadOfficer);
  await page.getByRole("button", { name: "Save and return to the review" }).click();
  await expectError(page, "Senior manager must be 200 characters or fewer");
  await page.getByLabel("Senior manager").fill(main.seniorManager);
  await page.getByLabel("Link to the business plan").fill(main.businessPlanLink);
  await page.getByLabel("Service objective").fill(main.serviceObjective);
  await page.getByLabel("Current impact").fill(main.currentImpact);
  await page.getByRole("button", { name: "Save and return to the review" }).click();
  await expect(page.getByText("Your changes have been saved")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Context", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Regulatory standard").fill(SECTIONS.context.regulatoryStandard);
  await page.getByLabel("Outcome required").fill(SECTIONS.context.regulatoryOutcome);
  await page.getByRole("button", { name: "Save and return to the review" }).click();
  await expect(page.getByText("Your changes have been saved")).toBeVisible();
  await expectAccessible(page);
}

async function addObjective(page: Page, reference: string) {
  await openTask(page, reference, "SMART objectives and tasks");
  await page.getByRole("button", { name: "Add an objective" }).or(page.getByRole("link", { name: "Add an objective" })).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an objective" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Improvement action").fill("Keep nine in ten repair appointments");
  await page.getByLabel("Owner").fill("Repairs manager");
  await page.getByLabel("Due date").fill(monthsAhead(9));
  await page.getByRole("button", { name: "Add objective" }).click();
  await expectError(page, "Enter how you will measure success");
  await page.getByLabel("Measure of success").fill("Share of appointments kept each month");
  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(page.getByText(`Objective added to review ${reference}`)).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Keep nine in ten repair appointments");
  await expectAccessible(page);
}

/** Moves the review one stage on from the workspace, through the stage page. */
async function moveStage(page: Page, reference: string, stage: string) {
  await openWorkspace(page, reference);
  await page.getByRole("button", { name: `Move to ${stage}` }).or(page.getByRole("link", { name: `Move to ${stage}` })).click();
  await expect(page.getByRole("heading", { level: 1, name: `Move the review to ${stage}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: `Move to ${stage}` }).click();
  await expect(page.getByText(`The review has moved to ${stage}`)).toBeVisible();
  await expectStage(page, stage);
  await expectAccessible(page);
}

async function attachComplaints(page: Page, reference: string, repairs: string[], expected: number) {
  await openTask(page, reference, "What residents told us");
  // Pages wrap the year in direction isolates, so it reads in order in Arabic and Urdu too.
  const year = `[\u2066-\u2069]?${financialYear().label}[\u2066-\u2069]?`;
  const thisYear = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(`^Received this year \\(${year}\\)$`) }) });
  await expect(thisYear).toContainText(new RegExp(`\\)\\s*${expected}\\s*Performance report`));
  // The figure is the one its source page, the year's complaints performance report, shows for Repairs.
  await thisYear.getByRole("link", { name: /^Performance report for / }).click();
  const byArea = page.getByRole("table", { name: "Complaints by service area" });
  await expect(byArea.getByRole("row", { name: /^Responsive repairs / }).getByRole("cell").first()).toHaveText(String(expected));
  await expectAccessible(page);
  await page.goBack();
  const kept = repairs.slice(0, 3);
  for (const complaint of kept) {
    await page.getByRole("button", { name: `Add as evidence (complaint ${complaint})` }).click();
    await expect(page.getByText("The complaint was added to the evidence log")).toBeVisible();
    await expect(page.getByRole("button", { name: `Add as evidence (complaint ${complaint})` })).toHaveCount(0);
    await expectAccessible(page);
  }
  // The fourth stays offered, not kept.
  await expect(page.getByRole("button", { name: `Add as evidence (complaint ${repairs[3]})` })).toBeVisible();

  await page.getByRole("link", { name: "Evidence log" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Evidence log" })).toBeVisible();
  const log = page.getByRole("table", { name: "Evidence, oldest first" });
  for (const complaint of kept) await expect(log.getByRole("link", { name: complaint })).toBeVisible();
  await expect(log.getByRole("link", { name: repairs[3]! })).toHaveCount(0);
  await expect(log.getByRole("row")).toHaveCount(1 + kept.length);
  await expectAccessible(page);
}

async function scoreMarketTest(page: Page, reference: string) {
  await openTask(page, reference, "Market-test appraisal");
  await expect(page.getByText("0 of 21 criteria scored.")).toBeVisible();
  // Ten 3s outnumber six 2s and five 5s: the service should be reconfigured.
  const score = (criterion: number) => (criterion <= 10 ? "3" : criterion <= 16 ? "2" : "5");
  for (let criterion = 1; criterion <= 21; criterion++) {
    await page.getByRole("group", { name: new RegExp(`^${criterion}\\. `) }).getByLabel(score(criterion), { exact: true }).check();
  }
  await page.getByLabel("Notes on criterion 9 (optional)").fill("Several local contractors could bid.");
  await page.getByRole("button", { name: "Save the scores" }).click();
  await expect(page.getByText(`The market-test scores for ${reference} have been saved.`)).toBeVisible();
  const decision = page.getByRole("region", { name: "Scores and decision" });
  await expect(decision.getByRole("heading", { name: "Decision", exact: true })).toBeVisible();
  await expect(decision).toContainText("Reconfigure the service");
  await expectAccessible(page);
}

async function buildActionPlan(page: Page, reference: string) {
  await openTask(page, reference, "Action plan");
  await page.getByRole("button", { name: "Add an action" }).or(page.getByRole("link", { name: "Add an action" })).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an action" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Action", { exact: true }).fill("Offer morning and afternoon slots and text the day before");
  await page.getByLabel("Owner").fill("Repairs manager");
  await page.getByLabel("Due date").fill(monthsAhead(13));
  await page.getByRole("button", { name: "Add action" }).click();
  await expectError(page, /^The action plan cannot run for more than a year/);
  await page.getByLabel("Due date").fill(monthsAhead(6));
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(page.getByText("Action added to the plan")).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Offer morning and afternoon slots");
  await expectAccessible(page);
}

async function approve(page: Page, reference: string) {
  await openWorkspace(page, reference);
  await page.getByRole("button", { name: "Approve the review" }).or(page.getByRole("link", { name: "Approve the review" })).click();
  await expect(page.getByRole("heading", { level: 1, name: "Approve the review" })).toBeVisible();
  await expect(page.getByText("Once approved, the brief, evidence, options and action plan can no longer be changed.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Approve the review" }).click();
  await expect(page.getByText("The review has been approved")).toBeVisible();
  await expectStage(page, "Approved");
  await expectAccessible(page);
}

async function publishSummary(page: Page, reference: string) {
  await openTask(page, reference, "Published summary", "You said, we did");
  // The English form comes first on the page, the translation form second; both ask for the same three things.
  const field = (label: string, form: 0 | 1) => page.getByRole("textbox", { name: label, exact: true }).nth(form);
  await field("Headline", 0).fill(ENGLISH.headline);
  await field("You said", 0).fill(ENGLISH.youSaid);
  await field("We did", 0).fill(ENGLISH.weDid);
  await page.getByRole("button", { name: "Save English summary" }).click();
  await expect(page.getByText("Summary saved")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Write Welsh" }).click();
  await expect(page.getByRole("heading", { name: "Translation into Welsh" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /^Welsh/ })).toBeChecked();
  await field("Headline", 1).fill(WELSH.headline);
  await field("You said", 1).fill(WELSH.youSaid);
  await field("We did", 1).fill(WELSH.weDid);
  await page.getByRole("button", { name: "Save translation" }).click();
  await expect(page.getByText("Summary saved")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Publish to the portal" }).click();
  await expect(page.getByText("Summary published on the resident portal")).toBeVisible();
  await expect(page.getByText("Published", { exact: true })).toBeVisible();
  await expectAccessible(page);
}

test("staff take a Repairs review from Stars of Excellence to a published summary a resident reads in Welsh", async ({ page, context, db, browser }) => {
  test.setTimeout(300_000);
  const { landlord, repairs } = await installation(db);
  const tenant = await welshTenant(db, landlord.id);
  const asTenant = await callerAs(db, tenant.id);
  const complaints: string[] = [];
  for (const what of ["The engineer did not come on Monday.", "Nobody came for the leaking tap.", "My appointment was moved twice.", "The boiler visit was missed."]) {
    complaints.push(await complain(asTenant, "repairs", what));
  }
  // Another service's complaint, which the Repairs panel must not count.
  await complain(asTenant, "damp-and-mould", "Mould is back in the bedroom.");
  // Other spec files may have left Repairs complaints with this landlord; the panel counts those too.
  const repairsThisYear = await repairsComplaintsThisYear(db, landlord.id, repairs.id);
  expect(repairsThisYear).toBeGreaterThanOrEqual(complaints.length);

  const staff = await staffIn(context, db);
  await starsAssessment(page);
  const reference = await scheduleReview(page, staff.user.name);
  await fillBrief(page, reference);
  await addObjective(page, reference);
  await moveStage(page, reference, "Brief agreed");
  await moveStage(page, reference, "Planning");

  // The planning gate names what is missing, and the workspace links each to its page.
  await openWorkspace(page, reference);
  await expect(page.getByRole("link", { name: "Add at least one resident to the review group" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Complete the resident involvement plan" })).toBeVisible();
  // Not part of the journey, so written through the API as the same staff member: a resident on the group and the involvement plan.
  await planningByApi(staff.api, reference);
  await moveStage(page, reference, "Fieldwork");

  await attachComplaints(page, reference, complaints, repairsThisYear);
  // An answer under each of the four Cs, citing the complaints just kept: through the API, as the question bank is not a step the issue names.
  const kept = await staff.api.reviewEvidence.list({ reference, kind: "complaint" });
  await fourCsByApi(staff.api, reference, kept.entries.map((e) => e.id));
  await moveStage(page, reference, "Options appraisal");

  await scoreMarketTest(page, reference);
  // The recommended option is the options gate's other half; through the API to keep the journey on the steps.
  await optionByApi(staff.api, reference);
  await moveStage(page, reference, "Report and action plan");

  await buildActionPlan(page, reference);
  // The remaining report sections and the eleven-question final checklist, through the API for the same reason.
  await reportByApi(staff.api, reference);
  await approve(page, reference);
  await publishSummary(page, reference);

  // The resident who complained reads the summary on the portal, in Welsh.
  const residentContext = await browser.newContext();
  await signInAs(residentContext, tenant.id, "portal");
  const portal = await residentContext.newPage();
  await portal.goto(`${portalUrl()}/reviews`);
  await expect(portal.locator("html")).toHaveAttribute("lang", "cy");
  await expect(portal.getByRole("heading", { level: 1, name: "Dywedoch chi, gwnaethom ni" })).toBeVisible();
  await expectAccessible(portal);
  await portal.getByRole("link", { name: WELSH.headline }).click();
  await expect(portal.getByRole("heading", { level: 1, name: WELSH.headline })).toBeVisible();
  await expect(portal.getByRole("main")).toContainText(WELSH.youSaid);
  await expect(portal.getByRole("main")).toContainText(WELSH.weDid);
  await expect(portal.getByText("Atgyweiriadau ymatebol")).toBeVisible();
  await expect(portal.getByText(ENGLISH.headline)).toHaveCount(0);
  await expectAccessible(portal);
  await residentContext.close();
});

test("a scrutiny member reads an approved review but not one still running; a resident cannot open reviews", async ({ page, context, db, browser }) => {
  test.setTimeout(120_000);
  await installation(db);
  const lead = await createUser(db, { roles: ["staff"], name: `Aled Lead ${Date.now()}` });
  const api = await callerAs(db, lead.id, { app: "console" });
  const approved = await approvedReviewByApi(api, lead.id);
  // A summary written and translated but not yet published: ready for staff to publish, and readers must not be offered the button.
  for (const [language, text] of [["en", ENGLISH], ["cy", WELSH]] as const) {
    const draft = await api.reviewPublication.summary({ reference: approved });
    await api.reviewPublication.saveSummary({ reviewId: draft.id, version: draft.version, language, ...text });
  }
  const running = (await api.reviewProgramme.schedule({ serviceArea: "repairs", year: financialYear().start, title: "Repairs out of hours", leadUserId: lead.id, reason: "Complaints" })).reference;

  const panel = await createResidentUser(db, { extraRoles: ["scrutiny"] });
  await signInAs(context, panel.user.id, "console");
  const main = page.getByRole("main");
  // Every page of the approved review reads, and none offers a form.
  for (const [path, heading] of [
    ["", "Repairs by appointment"],
    ["/sections/main-details", "Main details"],
    ["/group", "Review group"],
    ["/objectives", "SMART objectives and tasks"],
    ["/evidence", "Evidence log"],
    ["/residents-said", "What residents told us"],
    ["/four-cs/challenge", "Challenge"],
    ["/market-test", "Market-test appraisal"],
    ["/options", "Options appraisal"],
    ["/action-plan", "Action plan"],
    ["/checklist", "Final checklist"],
    ["/updates", "Six-monthly updates"],
    ["/summary", "You said, we did"],
  ] as const) {
    const response = await page.goto(`${consoleUrl()}/reviews/${approved}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(main.getByRole("button")).toHaveCount(0);
    await expect(main.getByRole("textbox")).toHaveCount(0);
    await expect(main.getByRole("radio")).toHaveCount(0);
    await expectAccessible(page);
  }
  await page.goto(`${consoleUrl()}/reviews/${approved}`);
  await expect(page.getByText("You can read this review. Only staff can change it.")).toBeVisible();
  await expectAccessible(page);

  const hidden = await page.goto(`${consoleUrl()}/reviews/${running}`);
  expect(hidden?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByText("Repairs out of hours")).toHaveCount(0);
  await expectAccessible(page);

  // A resident holding a console session (sign-in never gives one) is refused every review page.
  const resident = await createResidentUser(db);
  const residentContext = await browser.newContext();
  await signInAs(residentContext, resident.user.id, "console");
  const residentPage = await residentContext.newPage();
  for (const path of ["/reviews", `/reviews/${approved}`, `/reviews/${approved}/summary`]) {
    const response = await residentPage.goto(`${consoleUrl()}${path}`);
    expect(response?.status(), path).toBe(403);
    await expect(residentPage.getByRole("heading", { level: 1, name: "You cannot see this page" })).toBeVisible();
    await expectAccessible(residentPage);
  }
  await residentContext.close();
});
