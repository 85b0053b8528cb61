import type { Browser, Page } from "@playwright/test";
import { callerAs, createResidentUser, createUser } from "@hearth/api/testing";
import { schema, type Database } from "@hearth/db";
import { consoleUrl, expect, expectAccessible, portalUrl, signInAs, test } from "../support/fixtures.js";

// A real 1×1 PNG, small enough to upload in a blink.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const WHAT_HAPPENED = "Od trzech tygodni nie działa ogrzewanie. Dwie wizyty serwisanta się nie odbyły.";
const PUT_RIGHT = "Naprawcie ogrzewanie i dotrzymujcie umówionych wizyt.";

/** A resident whose profile language is Polish, and whose landlord has the service areas a complaint needs. */
async function polishResident(db: Database) {
  const resident = await createResidentUser(db);
  await db.insert(schema.serviceAreas).values([
    { landlordId: resident.landlord.id, slug: "repairs", name: "Responsive repairs" },
    { landlordId: resident.landlord.id, slug: "damp-and-mould", name: "Damp and mould" },
  ]);
  await db.insert(schema.residentProfiles).values({ residentId: resident.resident.id, preferredLanguage: "pl", contactMethods: ["phone"], phone: "07700 900123" });
  return resident;
}

/** A staff member signed in to the console in a browser of their own. */
async function staffBrowser(browser: Browser, db: Database, name: string, javaScriptEnabled = true) {
  const user = await createUser(db, { roles: ["staff"], name: `${name} ${Date.now()}` });
  const context = await browser.newContext({ javaScriptEnabled });
  await signInAs(context, user.id, "console");
  return { user, page: await context.newPage(), close: () => context.close() };
}

/** A day as the portal writes it in Polish, e.g. "12 marca 2026". */
const inPolish = (day: Date) => new Intl.DateTimeFormat("pl-PL", { dateStyle: "long", timeZone: "Europe/London" }).format(day);

/** The date the landlord next owes the resident something, in Polish. */
async function nextDue(db: Database, reference: string): Promise<string> {
  const row = await db.query.complaints.findFirst({ where: (c, { eq }) => eq(c.reference, reference) });
  expect(row?.nextDueOn, `next due date of ${reference}`).toBeTruthy();
  return inPolish(new Date(`${row!.nextDueOn}T12:00:00Z`));
}

/** Every question page of "Złóż skargę", one mistake on the way; returns the reference from the confirmation. */
async function complainInPolish(page: Page, db: Database, scripts: boolean): Promise<string> {
  const accessible = () => expectAccessible(page, { scripts });
  const next = () => page.getByRole("button", { name: "Dalej" }).click();
  await page.goto(`${portalUrl()}/complaints`);
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("heading", { level: 1, name: "Twoje skargi" })).toBeVisible();
  await accessible();
  await page.getByRole("button", { name: "Złóż skargę" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Złóż skargę" })).toBeVisible();
  await accessible();
  await page.getByRole("button", { name: "Rozpocznij" }).click();

  await expect(page.getByRole("group", { name: /Czego dotyczy Twoja skarga\?/ })).toBeVisible();
  await accessible();
  await page.getByLabel("Bieżące naprawy").check();
  await next();

  const whatHappened = page.getByRole("textbox", { name: /Co się stało\?/ });
  await expect(whatHappened).toBeVisible();
  await accessible();
  await next();
  await expect(page.getByRole("alert").getByText("Wystąpił problem")).toBeVisible();
  await expect(page.getByRole("link", { name: "Opisz, co się stało" })).toBeVisible();
  await expect(page).toHaveTitle(/^Błąd:/);
  await accessible();
  await whatHappened.fill(WHAT_HAPPENED);
  await next();

  await page.getByRole("textbox", { name: /Co pozwoliłoby naprawić sytuację\?/ }).fill(PUT_RIGHT);
  await accessible();
  await next();

  await expect(page.getByRole("group", { name: /Jak mamy się z Tobą kontaktować/ })).toBeVisible();
  await page.getByLabel("Połączenie telefoniczne").check();
  await page.getByLabel("Numer telefonu").fill("07700 900123");
  await accessible();
  await next();

  await expect(page.getByRole("heading", { level: 1, name: /Dodaj zdjęcia lub dokumenty/ })).toBeVisible();
  await accessible();
  await page.getByLabel("Prześlij plik").setInputFiles({ name: "pleśń.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Dodaj plik" }).click();
  await expect(page.getByText("Plik został dodany.")).toBeVisible();
  await expect(page.getByRole("table")).toContainText("pleśń.png");
  await accessible();
  await next();

  await expect(page.getByRole("heading", { level: 1, name: "Sprawdź odpowiedzi przed wysłaniem skargi" })).toBeVisible();
  for (const text of ["Bieżące naprawy", WHAT_HAPPENED, PUT_RIGHT, "07700900123", "pleśń.png"]) await expect(page.getByRole("main")).toContainText(text);
  await accessible();
  await page.getByRole("button", { name: "Wyślij skargę" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Skarga została wysłana" })).toBeVisible();
  const reference = (await page.getByText(/^CMP-\d{4}-\d{5,}$/).textContent())!;
  await expect(page.getByText(`Potwierdzimy przyjęcie skargi do ${await nextDue(db, reference)}.`)).toBeVisible();
  await accessible();
  return reference;
}

/** Staff open the complaint by reference and choose one of its step buttons. */
async function openStep(staff: Page, reference: string, step: string, scripts = true) {
  await staff.goto(`${consoleUrl()}/complaints/${reference}`);
  await expect(staff.getByRole("heading", { level: 1, name: new RegExp(reference) })).toBeVisible();
  await expectAccessible(staff, { scripts });
  await staff.getByRole("button", { name: step, exact: true }).click();
  await expectAccessible(staff, { scripts });
}

/** Acknowledge (stage 1 or 2), optionally choosing the handler and writing the points; lands back on the complaint. */
async function acknowledge(staff: Page, reference: string, { handler, points = [] }: { handler?: string; points?: string[] }) {
  await openStep(staff, reference, "Acknowledge");
  if (handler) await staff.getByLabel("Who will handle it?").selectOption({ label: handler });
  for (const [index, point] of points.entries()) await staff.getByLabel(`Point ${index + 1}`, { exact: true }).fill(point);
  await staff.getByRole("button", { name: "Acknowledge complaint" }).click();
  await expect(staff.getByText("Complaint acknowledged.")).toBeVisible();
  await expectAccessible(staff);
}

/** A response with a decision on each point and, optionally, compensation and one action. */
async function respond(staff: Page, reference: string, response: { decisions: string[]; summary: string; submit: string; compensation?: string; action?: { description: string; owner: string } }) {
  await openStep(staff, reference, "Respond");
  for (const [index, decision] of response.decisions.entries()) {
    await staff.getByRole("group", { name: `Decision on point ${index + 1}` }).getByLabel(decision, { exact: true }).check();
    await staff.getByLabel(`Reasons for the decision on point ${index + 1}`).fill(`Reasons for point ${index + 1}.`);
  }
  await staff.getByLabel("Response to the resident").fill(response.summary);
  await staff.getByLabel("This response includes an apology").check();
  if (response.compensation) await staff.getByLabel("Compensation in pounds (£)").fill(response.compensation);
  if (response.action) {
    const row = staff.getByRole("group", { name: "Action 1 (optional)" });
    await row.getByLabel("What will be done").fill(response.action.description);
    await row.getByLabel("Owner").selectOption({ label: response.action.owner });
    await row.getByLabel("Due date").fill(new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10));
  }
  await staff.getByRole("button", { name: response.submit }).click();
  await expect(staff.getByText("The response has been recorded")).toBeVisible();
  await expectAccessible(staff);
}

/** The resident's own complaint page, in Polish. */
async function residentView(page: Page, reference: string) {
  await page.goto(`${portalUrl()}/complaints/${reference}`);
  await expect(page.getByRole("heading", { level: 1, name: `Skarga ${reference}` })).toBeVisible();
  await expectAccessible(page);
}

test("a resident complains in Polish; staff answer both stages; the resident sees every step", async ({ page, context, db, browser }) => {
  test.setTimeout(240_000);
  const { user } = await polishResident(db);
  await signInAs(context, user.id, "portal");
  const reference = await complainInPolish(page, db, true);
  const ackBy = await nextDue(db, reference);

  const a = await staffBrowser(browser, db, "Aled Stage-one");
  const b = await staffBrowser(browser, db, "Bethan Stage-two");
  await acknowledge(a.page, reference, { points: ["Ogrzewanie nie działa od trzech tygodni", "Dwie wizyty się nie odbyły"] });

  await openStep(a.page, reference, "Extend deadline");
  await a.page.getByLabel("How many more working days?").fill("11");
  await a.page.getByLabel("Reason for the extension").fill("Czekamy na raport wykonawcy.");
  await a.page.getByRole("button", { name: "Extend the deadline" }).click();
  await expect(a.page.getByRole("link", { name: "A stage 1 extension can be at most 10 working days" })).toBeVisible();
  await expect(a.page).toHaveTitle(/^Error:/);
  await expectAccessible(a.page);
  await a.page.getByLabel("How many more working days?").fill("10");
  await a.page.getByRole("button", { name: "Extend the deadline" }).click();
  await expect(a.page.getByText("The deadline has been extended.")).toBeVisible();
  await expectAccessible(a.page);
  const respondBy = await nextDue(db, reference);

  await respond(a.page, reference, {
    decisions: ["Upheld", "Partly upheld"],
    summary: "Przepraszamy. Ogrzewanie zostanie naprawione.",
    compensation: "50.00",
    action: { description: "Wymiana kotła", owner: a.user.name },
    submit: "Send stage 1 response",
  });

  await residentView(page, reference);
  await expect(page.getByText("Udzielono odpowiedzi na etapie 1").first()).toBeVisible();
  const stage1 = page.getByRole("region", { name: "Etap 1" });
  for (const text of ["Przepraszamy. Ogrzewanie zostanie naprawione.", "Uznano", "Uznano częściowo", "Czekamy na raport wykonawcy.", "Wymiana kotła"]) await expect(stage1).toContainText(text);
  await expect(stage1).toContainText(/Wypłacimy Ci odszkodowanie w wysokości 50,00\s£/);
  await expect(stage1).toContainText(`Wysłano ${inPolish(new Date())}`);
  await expect(page.getByRole("region", { name: "Przebieg sprawy" })).toContainText(`Nowy termin naszej odpowiedzi: ${respondBy}.`);
  await page.getByRole("button", { name: "Poproś o etap 2" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Poproś o etap 2" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Poproś o etap 2" }).click();
  await expect(page.getByText("Złożono wniosek o etap 2.").first()).toBeVisible();
  const ack2By = await nextDue(db, reference);
  await expect(page.getByText(`Potwierdzimy przyjęcie wniosku do ${ack2By}.`)).toBeVisible();
  await expectAccessible(page);

  await acknowledge(a.page, reference, { handler: b.user.name });
  const finalBy = await nextDue(db, reference);
  await respond(b.page, reference, { decisions: ["Upheld", "Upheld"], summary: "Ostateczna odpowiedź: uznajemy skargę.", submit: "Send final response" });
  await a.close();
  await b.close();

  await residentView(page, reference);
  await expect(page.getByText("Wysłano ostateczną odpowiedź").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Etap 2" })).toContainText("Ostateczna odpowiedź: uznajemy skargę.");
  await expect(page.getByRole("region", { name: "Rzecznik ds. Mieszkalnictwa (Housing Ombudsman)" })).toContainText("0300 111 3000 lub wejdź na stronę www.housing-ombudsman.org.uk");
  const timeline = page.getByRole("region", { name: "Przebieg sprawy" });
  for (const event of ["Otrzymano skargę", "Potwierdzono przyjęcie skargi – Etap 1", "Potrzeba więcej czasu – Etap 1", "Wysłano odpowiedź – Etap 1", "Złożono wniosek o etap 2", "Potwierdzono przyjęcie skargi – Etap 2", "Wysłano odpowiedź – Etap 2"]) await expect(timeline).toContainText(event);
  for (const due of [ackBy, respondBy, ack2By, finalBy]) await expect(timeline).toContainText(`Termin: ${due} – wykonano w terminie.`);

  // The host's job worker turns each step into a notice in "Wiadomości".
  const subjects = ["otrzymaliśmy ją", "zajmujemy się nią", "potrzebujemy więcej czasu", "nasza odpowiedź", "złożono wniosek o etap 2"].map((s) => `Skarga ${reference}: ${s}`);
  await expect(async () => {
    await page.goto(`${portalUrl()}/messages`);
    await expect(page.getByRole("table").getByRole("link", { name: new RegExp(reference) })).toHaveCount(7, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  for (const subject of subjects) await expect(page.getByRole("link", { name: subject }).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: `Skarga ${reference}: potrzebujemy więcej czasu` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("potrzebujemy więcej czasu");
  await expect(page.getByRole("main")).toContainText("Czekamy na raport wykonawcy.");
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident complains in Polish and staff acknowledge it", async ({ page, context, db, browser }) => {
    test.setTimeout(120_000);
    const { user } = await polishResident(db);
    await signInAs(context, user.id, "portal");
    const reference = await complainInPolish(page, db, false);

    const staff = await staffBrowser(browser, db, "Ceri No-script", false);
    await openStep(staff.page, reference, "Acknowledge", false);
    await staff.page.getByRole("button", { name: "Acknowledge complaint" }).click();
    await expect(staff.page.getByRole("link", { name: "Enter at least one complaint point" })).toBeVisible();
    await expect(staff.page).toHaveTitle(/^Error:/);
    await expectAccessible(staff.page, { scripts: false });
    await staff.page.getByLabel("Point 1", { exact: true }).fill("Ogrzewanie nie działa");
    await staff.page.getByRole("button", { name: "Acknowledge complaint" }).click();
    await expect(staff.page.getByText("Complaint acknowledged.")).toBeVisible();
    await expectAccessible(staff.page, { scripts: false });
    await staff.close();

    await page.goto(`${portalUrl()}/complaints/${reference}`);
    await expect(page.getByText("Rozpatrywana (etap 1)").first()).toBeVisible();
    await expectAccessible(page, { scripts: false });
  });
});

test("another resident gets the 404 page for someone else's complaint", async ({ page, context, db }) => {
  const owner = await polishResident(db);
  const c = (await callerAs(db, owner.user.id)).complaints;
  await c.saveStep({ step: "about", serviceArea: "repairs" });
  await c.saveStep({ step: "what-happened", whatHappened: WHAT_HAPPENED });
  await c.saveStep({ step: "put-right", putRight: PUT_RIGHT });
  await c.saveStep({ step: "contact", contactMethod: "post", phone: "" });
  const { reference } = await c.submit();

  const other = await createResidentUser(db);
  await signInAs(context, other.user.id, "portal");
  for (const path of [`/complaints/${reference}`, `/complaints/sent/${reference}`, `/complaints/${reference}/escalate`]) {
    const response = await page.goto(`${portalUrl()}${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByText(WHAT_HAPPENED)).toHaveCount(0);
    await expectAccessible(page);
  }
});
