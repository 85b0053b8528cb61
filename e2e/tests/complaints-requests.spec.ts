import type { Browser } from "@playwright/test";
import { callerAs, createResidentUser, createUser } from "@hearth/api/testing";
import { schema, type Database } from "@hearth/db";
import { consoleUrl, expect, expectAccessible, portalUrl, signInAs, test } from "../support/fixtures.js";

// Requests a resident makes about their own complaint: stage 2 asked for by
// phone (recorded by staff in the console), and withdrawing it in the portal.

/** A resident with an account, whose landlord has a service area to complain about, and a complaint they sent. */
async function residentWithComplaint(db: Database) {
  const resident = await createResidentUser(db);
  await db.insert(schema.serviceAreas).values({ landlordId: resident.landlord.id, slug: "repairs", name: "Responsive repairs" });
  const c = (await callerAs(db, resident.user.id)).complaints;
  await c.saveStep({ step: "about", serviceArea: "repairs" });
  await c.saveStep({ step: "what-happened", whatHappened: "The bathroom extractor fan has not worked since March." });
  await c.saveStep({ step: "put-right", putRight: "Replace the fan." });
  await c.saveStep({ step: "contact", contactMethod: "post", phone: "" });
  const { reference } = await c.submit();
  return { resident, reference };
}

/** A member of staff signed in to the console in a browser of their own. */
async function staffBrowser(browser: Browser, db: Database, name: string, javaScriptEnabled = true) {
  const user = await createUser(db, { roles: ["staff"], name: `${name} ${Date.now()}` });
  const context = await browser.newContext({ javaScriptEnabled });
  await signInAs(context, user.id, "console");
  return { user, page: await context.newPage(), close: () => context.close() };
}

/** Stage 1 acknowledged and answered through the API, as a handler would in the console. */
async function answerStage1(db: Database, reference: string) {
  const handler = await createUser(db, { roles: ["staff"], name: `Stage-one handler ${Date.now()}` });
  const cases = (await callerAs(db, handler.id, { app: "console" })).complaintCases;
  let c = await cases.get({ reference });
  await cases.acknowledge({ reference, version: c.version, handlerId: handler.id, points: ["The extractor fan is broken"] });
  c = await cases.get({ reference });
  const decisions = [{ pointId: c.stages[0]!.points[0]!.id, decision: "upheld" as const, reasons: "The fan should have been replaced at the first visit." }];
  await cases.respond({ reference, version: c.version, decisions, summary: "We are sorry. A new fan is on order.", compensation: "0" });
}

test("staff record a stage 2 request made by phone, and the resident sees stage 2 in the portal", async ({ page, context, db, browser }) => {
  test.setTimeout(120_000);
  const { resident, reference } = await residentWithComplaint(db);
  await answerStage1(db, reference);

  const staff = await staffBrowser(browser, db, "Dafydd Phone");
  await staff.page.goto(`${consoleUrl()}/complaints/${reference}`);
  await expect(staff.page.getByRole("heading", { level: 1, name: new RegExp(reference) })).toBeVisible();
  await staff.page.getByRole("button", { name: "Record stage 2 request", exact: true }).click();
  await expect(staff.page.getByRole("heading", { level: 1, name: "Record a stage 2 request" })).toBeVisible();
  await expectAccessible(staff.page);

  await staff.page.getByRole("button", { name: "Record the stage 2 request" }).click();
  await expect(staff.page.getByRole("link", { name: "Select how the resident asked for stage 2" })).toBeVisible();
  await expect(staff.page).toHaveTitle(/^Error:/);
  await expectAccessible(staff.page);

  // The date received defaults to today, the day of the stage 1 response here.
  await staff.page.getByLabel("Phone", { exact: true }).check();
  await staff.page.getByRole("button", { name: "Record the stage 2 request" }).click();
  await expect(staff.page.getByText("The stage 2 request has been recorded.")).toBeVisible();
  const history = staff.page.getByRole("region", { name: "What has happened, newest first" });
  await expect(history.getByRole("row").nth(1)).toContainText("Stage 2 requested");
  await expect(history.getByRole("row").nth(1)).toContainText("Phone");
  await expect(staff.page.getByRole("button", { name: "Acknowledge", exact: true })).toBeVisible();
  await expectAccessible(staff.page);
  await staff.close();

  await signInAs(context, resident.user.id, "portal");
  await page.goto(`${portalUrl()}/complaints/${reference}`);
  await expect(page.getByRole("heading", { level: 1, name: `Complaint ${reference}` })).toBeVisible();
  await expect(page.getByText("Stage 2 requested").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "What has happened" })).toContainText("Acknowledge the stage 2 request");
  await expect(page.getByRole("button", { name: "Ask for stage 2" })).toHaveCount(0);
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident withdraws an open complaint, and staff see it withdrawn with their reason", async ({ page, context, db, browser }) => {
    test.setTimeout(120_000);
    const { resident, reference } = await residentWithComplaint(db);
    await signInAs(context, resident.user.id, "portal");
    await page.goto(`${portalUrl()}/complaints/${reference}`);
    await expect(page.getByRole("heading", { level: 1, name: `Complaint ${reference}` })).toBeVisible();
    await page.getByRole("link", { name: "Withdraw this complaint" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Are you sure you want to withdraw your complaint?" })).toBeVisible();
    await expectAccessible(page, { scripts: false });

    const reason = page.getByRole("textbox", { name: /Why are you withdrawing it\?/ });
    await reason.fill("x".repeat(1001));
    await page.getByRole("button", { name: "Yes, withdraw my complaint" }).click();
    await expect(page.getByRole("link", { name: "Your reason must be 1,000 characters or fewer" })).toBeVisible();
    await expect(page).toHaveTitle(/^Error:/);
    await expectAccessible(page, { scripts: false });

    await reason.fill("The fan was replaced yesterday.");
    await page.getByRole("button", { name: "Yes, withdraw my complaint" }).click();
    await expect(page.getByText("You have withdrawn your complaint.")).toBeVisible();
    await expect(page.getByText("Withdrawn").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Withdraw this complaint" })).toHaveCount(0);
    await expectAccessible(page, { scripts: false });

    const staff = await staffBrowser(browser, db, "Elin Withdrawn", false);
    await staff.page.goto(`${consoleUrl()}/complaints/${reference}`);
    await expect(staff.page.getByRole("heading", { level: 1, name: new RegExp(reference) })).toBeVisible();
    await expect(staff.page.getByText("Withdrawn").first()).toBeVisible();
    const latest = staff.page.getByRole("region", { name: "What has happened, newest first" }).getByRole("row").nth(1);
    await expect(latest).toContainText("Complaint withdrawn");
    await expect(latest).toContainText("The fan was replaced yesterday.");
    await expect(staff.page.getByRole("button", { name: "Withdraw", exact: true })).toHaveCount(0);
    await expectAccessible(staff.page, { scripts: false });
    await staff.close();

    // The page is only for the resident's own open complaint.
    await page.goto(`${portalUrl()}/complaints/${reference}/withdraw`);
    await expect(page.getByRole("heading", { level: 1, name: `Complaint ${reference}` })).toBeVisible();
    const other = await createResidentUser(db);
    await signInAs(context, other.user.id, "portal");
    const response = await page.goto(`${portalUrl()}/complaints/${reference}/withdraw`);
    expect(response?.status()).toBe(404);
  });
});
