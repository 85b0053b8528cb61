import { createResidentUser, createUser, TEST_PASSWORD } from "@hearth/api/testing";
import { consoleUrl, expect, expectAccessible, signInAs, test } from "../support/fixtures.js";

test("an admin sets up a staff account, who signs in and chooses a password", async ({ page, db, browser }) => {
  const admin = await createUser(db, { roles: ["admin"], name: "Alys Admin" });
  await page.goto(`${consoleUrl()}/sign-in`);
  await expectAccessible(page);
  await page.getByLabel("Email address").fill(admin.email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Alys" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Users and roles" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Set up a staff account" }).click();
  await page.getByRole("button", { name: "Set up account" }).click();
  await expect(page.getByRole("link", { name: "Enter a name" })).toBeVisible();
  await expectAccessible(page);

  const email = `rhian.${Date.now()}@test.example`;
  await page.getByLabel("Full name").fill("Rhian Staff");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel(/^Staff/).check();
  await page.getByLabel("Temporary password").fill("a temporary phrase");
  await page.getByRole("button", { name: "Set up account" }).click();
  await expect(page.getByText("Account set up for Rhian Staff")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("table")).toContainText(email);
  await expectAccessible(page);

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await staff.goto(`${consoleUrl()}/sign-in`);
  await staff.getByLabel("Email address").fill(email);
  await staff.getByLabel("Password").fill("a temporary phrase");
  await staff.getByRole("button", { name: "Sign in" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Change your password" })).toBeVisible();
  await staff.goto(`${consoleUrl()}/`);
  await expect(staff).toHaveURL(/\/account\/password/);
  await staff.getByLabel("Temporary password").fill("a temporary phrase");
  await staff.getByLabel("New password", { exact: true }).fill("my very own phrase");
  await staff.getByLabel("Confirm new password").fill("my very own phrase");
  await staff.getByRole("button", { name: "Change password" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Hello, Rhian" })).toBeVisible();
  await expect(staff.getByRole("link", { name: "Users and roles" })).toHaveCount(0);
  await expectAccessible(staff);
  await staffContext.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the audit log filters and explains bad dates", async ({ page, db, context }) => {
    const admin = await createUser(db, { roles: ["admin"] });
    await signInAs(context, admin.id, "console");
    await page.goto(`${consoleUrl()}/audit?from=2026-13-40`);
    await expect(page.locator(".govuk-error-summary")).toBeVisible();
    await expectAccessible(page, { scripts: false });
    await page.goto(`${consoleUrl()}/users`);
    await page.getByLabel("Name or email address").fill(admin.email);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("table")).toContainText(admin.email);
    await expectAccessible(page, { scripts: false });
  });
});

test("a resident cannot open any console page", async ({ page, db, context }) => {
  const { user } = await createResidentUser(db);
  for (const path of ["/", "/users", "/audit", "/users/new", "/account/password"]) {
    await page.goto(`${consoleUrl()}${path}`);
    await expect(page).toHaveURL(/\/sign-in/);
  }
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("cannot sign in to the staff console");
  await expectAccessible(page, { scripts: false });

  // Even holding a console session (which sign-in never gives a resident), every page is refused.
  await signInAs(context, user.id, "console");
  for (const path of ["/", "/users", "/audit", "/users/new"]) {
    const response = await page.goto(`${consoleUrl()}${path}`);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You cannot see this page" })).toBeVisible();
  }
  await expectAccessible(page, { scripts: false });
});
