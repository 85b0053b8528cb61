import { createTenancy } from "@hearth/api/testing";
import { expect, expectAccessible, portalUrl, test } from "../support/fixtures.js";

test.describe("a resident sets up their account", () => {
  test("claims, switches to Welsh and Urdu, edits the profile and signs out", async ({ page, db }) => {
    const { tenancy, home, resident } = await createTenancy(db, { postcode: "CF24 4HQ", firstName: "Ffion", lastName: "Bowen" });
    const email = `ffion.${tenancy.reference.toLowerCase()}@test.example`;

    await page.goto(portalUrl());
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectAccessible(page);
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Set up your account" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Confirm who you are" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("alert").getByText("There is a problem")).toBeVisible();
    await expect(page.getByRole("link", { name: "Enter your tenancy reference" })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Tenancy reference").fill(tenancy.reference.replace("-", " ").toLowerCase());
    await page.getByLabel("Postcode of your home").fill(home.postcode.replace(" ", "").toLowerCase());
    await page.getByLabel("Last name").fill(resident.lastName);
    await page.getByRole("button", { name: "Continue" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Choose how you will sign in" })).toBeVisible();
    await expect(page.getByText("Thank you, Ffion.")).toBeVisible();
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Create a password").fill("river stones and bread");
    await page.getByLabel("Type the password again").fill("river stones and bread!");
    await page.getByRole("button", { name: "Set up account" }).click();
    await expect(page.getByRole("link", { name: "The passwords do not match" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Create a password").fill("river stones and bread");
    await page.getByLabel("Type the password again").fill("river stones and bread");
    await page.getByRole("button", { name: "Set up account" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(page.getByText("Your account is set up. You are signed in.")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Cymraeg" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page).toHaveURL(/\/account/);
    await expectAccessible(page);

    await page.getByRole("button", { name: "اردو" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ur");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page).toHaveURL(/\/account/);
    await expectAccessible(page);

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await page.getByRole("link", { name: /Change\s+Format for letters/ }).click();
    await page.getByLabel("Large print").check();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Your preferred format has been saved.")).toBeVisible();

    await page.getByRole("link", { name: /Change\s+How we contact you/ }).click();
    await page.getByLabel("Text message").check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("link", { name: "Enter a phone number so we can call or text you" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Phone number").fill("07700 900 123");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Your contact preferences have been saved.")).toBeVisible();

    await page.getByRole("link", { name: /Change\s+Support needs/ }).click();
    await page.getByLabel(/Hearing/).check();
    await page.getByLabel(/Anything else/).fill("Please knock loudly");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save" }).click();

    await page.getByRole("link", { name: /Change\s+Equality questions/ }).click();
    await page.getByRole("group", { name: "What is your age?" }).getByLabel("35 to 44").check();
    await page.getByRole("group", { name: "What is your religion?" }).getByLabel("Prefer not to say").check();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("2 of 7 answered")).toBeVisible();
    await expect(page.getByText("Large print")).toBeVisible();
    await expect(page.getByText(/Text message, Email|Email, Text message/)).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have signed out.")).toBeVisible();
    await expectAccessible(page);
    await page.goto(`${portalUrl()}/account`);
    await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Faccount/);

    // Signing back in brings back the language kept in the profile, on a fresh browser too.
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill("river stones and bread");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  });

  test.describe("with JavaScript switched off", () => {
    test.use({ javaScriptEnabled: false });

    test("claims an account and sees errors without scripts", async ({ page, db }) => {
      const { tenancy, home, resident } = await createTenancy(db, { postcode: "NP20 1AA", firstName: "Hodan", lastName: "Farah" });
      await page.goto(`${portalUrl()}/claim`);
      await page.getByLabel("Tenancy reference").fill(tenancy.reference);
      await page.getByLabel("Postcode of your home").fill("NP20 9ZZ");
      await page.getByLabel("Last name").fill(resident.lastName);
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("link", { name: /could not match those details/ })).toBeVisible();
      await expectAccessible(page, { scripts: false });
      await page.getByLabel("Postcode of your home").fill(home.postcode);
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByLabel("Email address").fill(`hodan.${tenancy.reference.toLowerCase()}@test.example`);
      await page.getByLabel("Create a password").fill("camels cross the bay");
      await page.getByLabel("Type the password again").fill("camels cross the bay");
      await page.getByRole("button", { name: "Set up account" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
      await page.getByRole("button", { name: "Polski" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "pl");
      await expectAccessible(page, { scripts: false });
    });
  });
});
