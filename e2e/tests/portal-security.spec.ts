import { createResidentUser, TEST_PASSWORD } from "@hearth/api/testing";
import { expect, expectAccessible, portalUrl, test } from "../support/fixtures.js";

test("wrong passwords are refused, then throttled, in the page's language", async ({ page, db }) => {
  const { user } = await createResidentUser(db);
  await page.goto(`${portalUrl()}/sign-in`);
  await page.getByRole("button", { name: "Polski" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  const email = page.locator("#email");
  const password = page.locator("#password");
  const submit = page.locator("form:has(#password) button[type=submit]");
  for (let i = 0; i < 5; i++) {
    await email.fill(user.email);
    await password.fill(`wrong password ${i}`);
    await submit.click();
    await expect(page.locator(".govuk-error-summary")).toBeVisible();
  }
  await expectAccessible(page);
  await email.fill(user.email);
  await password.fill(TEST_PASSWORD);
  await submit.click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeVisible();
  // The throttle message is Polish and names the wait; the right password did not get in.
  await expect(summary).not.toContainText("Too many attempts");
  await expect(summary).toContainText(/\d/);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a form posted without its CSRF token is refused and changes nothing", async ({ page, db, request }) => {
  const { user } = await createResidentUser(db);
  const response = await request.post(`${portalUrl()}/sign-in`, { form: { email: user.email, password: TEST_PASSWORD } });
  expect(response.status()).toBe(403);
  await page.goto(`${portalUrl()}/no-such-page`);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectAccessible(page);
});

test.describe("a browser that asks for Welsh", () => {
  test.use({ locale: "cy-GB" });

  test("gets Welsh pages until the person chooses another language", async ({ page }) => {
    await page.goto(portalUrl());
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await page.getByRole("button", { name: "العربية" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expectAccessible(page);
    await page.goto(`${portalUrl()}/sign-in`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  });
});
