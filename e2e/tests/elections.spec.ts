import type { Browser, BrowserContext, Page } from "@playwright/test";
import { callerAs, createLandlord, createUser, refusal } from "@hearth/api/testing";
import { schema, type Database } from "@hearth/db";
import { consoleUrl, expect, expectAccessible, portalUrl, signInAs, test } from "../support/fixtures.js";

// Issue 6's acceptance journey, in the browser: an election officer sets up a
// single transferable vote for three seats, builds the roll (a former tenant
// stays off it), residents nominate themselves, the panel shortlists six,
// voting opens; residents vote online in Arabic, with JavaScript off and with
// a single-use code; a second vote through another channel is refused; two
// officers key and confirm a paper batch; the count is closed, run, certified
// by two officers and published; a resident finds their receipt in the
// published ballot list and reads the count stage by stage.

const TITLE = "Resident board election";
const ARABIC_STATEMENT = "أعيش في هذا الحي منذ عشر سنوات، وأريد أن يسمع مجلس الإدارة أصوات السكان بوضوح وأن تتحسن خدمات الإصلاح.";
const ANSWERS = {
  experience: "I have rented here for years and reported repairs through every channel.",
  lifeSkills: "I run the tenants' allotment group and keep its accounts.",
  decisions: "Our group chose between two sites; I set out the costs so we could agree.",
  wholeOrganisation: "I would explain the reasons openly and still support the board's decision.",
  commitment: "My evenings are free, and help with travel to meetings would be useful.",
};

type Person = { firstName: string; lastName: string; name: string; residentId: string; userId: string | null };

/** Today's date in the UK, moved by `days`, as YYYY-MM-DD (the timetable is in UK time). */
function ukDay(days: number): string {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date()).split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The installation's landlord (the API serves the oldest; another spec may
 * have made it first) with two neighbourhoods of our own, so the roll is
 * exactly the people made here.
 */
async function estate(db: Database) {
  const [oldest] = await db.query.landlords.findMany({ orderBy: (l, { asc }) => [asc(l.createdAt)], limit: 1 });
  const landlord = oldest ?? (await createLandlord(db)).landlord;
  const n = Math.floor(Math.random() * 1e6);
  const areas = await db
    .insert(schema.neighbourhoods)
    .values([
      { landlordId: landlord.id, slug: `glan-yr-afon-${n}`, name: `Glan yr Afon ${n}` },
      { landlordId: landlord.id, slug: `pen-y-bryn-${n}`, name: `Pen y Bryn ${n}` },
    ])
    .returning();
  let house = 0;
  /** A home, a tenancy (current unless `ended`) and its lead tenant, with an account and a language when asked. */
  async function tenant(firstName: string, lastName: string, options: { area?: 0 | 1; account?: boolean; language?: "ar"; ended?: boolean } = {}): Promise<Person> {
    house += 1;
    const [home] = await db
      .insert(schema.homes)
      .values({ landlordId: landlord.id, neighbourhoodId: areas[options.area ?? 0]!.id, addressLine1: `${house} Heol y Bont`, town: "Caerdydd", postcode: "CF11 6AA", bedrooms: 2 })
      .returning();
    const [tenancy] = await db
      .insert(schema.tenancies)
      .values({ homeId: home!.id, reference: `TEN-E${n}${String(house).padStart(2, "0")}`, tenure: "assured", startDate: "2019-06-01", endDate: options.ended ? "2024-03-31" : null })
      .returning();
    const [resident] = await db.insert(schema.residents).values({ landlordId: landlord.id, tenancyId: tenancy!.id, tenancyRole: "lead-tenant", firstName, lastName }).returning();
    if (options.language) await db.insert(schema.residentProfiles).values({ residentId: resident!.id, preferredLanguage: options.language, contactMethods: ["email"] });
    const name = `${firstName} ${lastName}`;
    const user = options.account === false ? null : await createUser(db, { roles: ["resident"], residentId: resident!.id, name });
    return { firstName, lastName, name, residentId: resident!.id, userId: user?.id ?? null };
  }
  return { areas: areas.map((a) => a.name) as [string, string], tenant };
}

/** A browser of its own for one person, signed in to one app (or not at all). */
async function browse(browser: Browser, db: Database, who: { userId: string | null } | null, app: "portal" | "console", javaScriptEnabled = true) {
  const context: BrowserContext = await browser.newContext({ javaScriptEnabled });
  if (who?.userId) await signInAs(context, who.userId, app);
  // A missing field fails in seconds rather than at the end of the long journey's time.
  context.setDefaultTimeout(20_000);
  return { page: await context.newPage(), close: () => context.close() };
}

/** Fills one GOV.UK date input (and its time, when given) inside the fieldset with this legend. */
async function fillWhen(page: Page, legend: string, date: string, time?: string) {
  const group = page.getByRole("group", { name: legend, exact: true });
  const [year, month, day] = date.split("-");
  await group.getByLabel("Day", { exact: true }).fill(String(Number(day)));
  await group.getByLabel("Month", { exact: true }).fill(String(Number(month)));
  await group.getByLabel("Year", { exact: true }).fill(year!);
  if (time !== undefined) await group.getByLabel("Time", { exact: true }).fill(time);
}

/** A nomination through the portal: the role explained, a mistake, the form, the check page, then sent. */
async function nominateInBrowser(page: Page, candidate: Person, options: { arabic?: boolean; mistakeFirst?: boolean } = {}) {
  await page.goto(`${portalUrl()}/elections`);
  await expect(page.getByRole("heading", { level: 1, name: "Elections" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: `Stand in ${TITLE}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Before you stand" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your duty as a board member" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Continue to the nomination form" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nominate yourself" })).toBeVisible();
  await expectAccessible(page);
  if (options.mistakeFirst) {
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("alert").getByText("There is a problem")).toBeVisible();
    await expect(page).toHaveTitle(/^Error:/);
    await expectAccessible(page);
  }
  await page.getByLabel("Statement", { exact: true }).fill(`${candidate.name} has lived here for years and wants the board to listen to every neighbourhood.`);
  if (options.arabic) {
    await page.getByText("Add your statement in other languages (optional)").click();
    await page.getByLabel("Statement in العربية").fill(ARABIC_STATEMENT);
  }
  await page.getByLabel("What experience of our homes and services would you bring to the board?").fill(ANSWERS.experience);
  await page.getByLabel("Which skills from your life, work, volunteering or caring would help you on the board?").fill(ANSWERS.lifeSkills);
  await page.getByLabel("Tell us about a time you helped a group reach a difficult decision.").fill(ANSWERS.decisions);
  await page.getByLabel("How would you handle a board decision that is right for the organisation but unpopular with some residents?").fill(ANSWERS.wholeOrganisation);
  await page.getByLabel("How would you make time for board meetings, reading and training, and what support would help you?").fill(ANSWERS.commitment);
  await page.getByLabel(/I have read what the role involves/).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your nomination" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(ANSWERS.decisions);
  if (options.arabic) await expect(page.getByRole("main")).toContainText(ARABIC_STATEMENT);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send nomination" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nomination received" })).toBeVisible();
  await expectAccessible(page);
}

/** An officer's page of this election, checked with axe once its heading shows. */
async function officerPage(page: Page, path: string, heading: string | RegExp) {
  await page.goto(`${consoleUrl()}${path}`);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectAccessible(page);
}

/** The success banner an officer's form ends with. */
async function banner(page: Page, text: string | RegExp) {
  await expect(page.getByRole("region", { name: "Success" }).or(page.getByRole("alert").filter({ hasText: "Success" }))).toContainText(text);
  await expectAccessible(page);
}

/** The receipt code on a "your vote has been cast" page: Crockford base 32, the last symbol a check that may be *, ~, $, = or U. */
async function receiptOn(page: Page): Promise<string> {
  const receipt = (await page.locator(".govuk-panel bdi").textContent())?.trim() ?? "";
  expect(receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}[0-9A-HJKMNP-TV-Z*~$=U]$/);
  return receipt;
}

test("an STV board election from the roll to a published, verifiable count", async ({ db, browser }) => {
  test.setTimeout(20 * 60_000);
  const { areas, tenant } = await estate(db);

  // Seven residents stand; Griffiths will score lowest and miss the shortlist.
  const abbas = await tenant("Amira", "Abbas");
  const baker = await tenant("Bryn", "Baker", { area: 1 });
  const chowdhury = await tenant("Nadia", "Chowdhury");
  const davies = await tenant("Dafydd", "Davies", { area: 1 });
  const evans = await tenant("Eleri", "Evans");
  const farah = await tenant("Hodan", "Farah", { area: 1 });
  const griffiths = await tenant("Gwen", "Griffiths");
  const candidates = [abbas, baker, chowdhury, davies, evans, farah, griffiths];
  // Voters: one reads the portal in Arabic, one browses without JavaScript, three have no account.
  const haddad = await tenant("Yusuf", "Haddad", { language: "ar" });
  const lloyd = await tenant("Siân", "Lloyd", { area: 1 });
  const nowak = await tenant("Tomasz", "Nowak", { account: false });
  const price = await tenant("Megan", "Price", { account: false, area: 1 });
  const owen = await tenant("Rhys", "Owen", { account: false });
  const former = await tenant("Gareth", "Morgan", { ended: true, account: false });
  const onRoll = [...candidates, haddad, lloyd, nowak, price, owen];

  const eira = await createUser(db, { roles: ["election_officer"], name: "Eira Jenkins" });
  const owain = await createUser(db, { roles: ["election_officer"], name: "Owain Pritchard" });
  const officer = await browse(browser, db, { userId: eira.id }, "console");
  const second = await browse(browser, db, { userId: owain.id }, "console");
  const api = (await callerAs(db, eira.id, { app: "console" })).elections;
  const o = officer.page;
  let reference = "";
  const path = (suffix = "") => `/elections/${reference}${suffix ? `/${suffix}` : ""}`;

  await test.step("an officer creates an STV election for three seats, open for nominations", async () => {
    await officerPage(o, "/elections", "Elections");
    await o.getByRole("button", { name: "Create an election" }).click();
    await expect(o.getByRole("heading", { level: 1, name: "Create an election" })).toBeVisible();
    await expectAccessible(o);
    await o.getByRole("button", { name: "Create the election" }).click();
    await expect(o.getByRole("alert").getByText("There is a problem")).toBeVisible();
    await expect(o).toHaveTitle(/^Error:/);
    await expectAccessible(o);

    await o.getByLabel("Title", { exact: true }).fill(TITLE);
    await o.getByLabel("Description", { exact: true }).fill("Three residents join the board for three years. Board members act for the whole organisation.");
    await o.getByLabel("Number of seats").fill("3");
    await expect(o.getByLabel("Single transferable vote (Scottish rules)")).toBeChecked();
    await fillWhen(o, "When nominations open", ukDay(-3), "09:00");
    await fillWhen(o, "When nominations close", ukDay(7), "17:00");
    await fillWhen(o, "When voting opens", ukDay(8), "09:00");
    await fillWhen(o, "When voting closes", ukDay(14), "17:00");
    await fillWhen(o, "When the count takes place", ukDay(15), "10:00");
    await fillWhen(o, "Cut-off date for the roll", ukDay(-2));
    await o.getByLabel("Tenants and leaseholders").check();
    for (const area of areas) await o.getByLabel(area, { exact: true }).check();
    await o.getByRole("button", { name: "Create the election" }).click();
    await expect(o.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    reference = /\/elections\/(EL-\d{4}-\d{3})/.exec(o.url())?.[1] ?? "";
    expect(reference).not.toBe("");
    await banner(o, `Election ${reference} created.`);
    await expect(o.getByText("Nominations open", { exact: true }).first()).toBeVisible();
  });

  await test.step("the roll is built from current tenancies; the former tenant is not on it", async () => {
    await o.getByRole("link", { name: "Build and check the roll" }).click();
    await expect(o.getByRole("heading", { level: 1, name: "The roll" })).toBeVisible();
    await expect(o.getByText("Nobody is on the roll yet.")).toBeVisible();
    await expectAccessible(o);
    await o.getByRole("button", { name: "Build the roll" }).click();
    await banner(o, "The roll has been built from tenancies at the cut-off date.");
    await expect(o.getByText(/^On the roll: 12\. Removed: 0\./)).toBeVisible();
    const roll = o.getByRole("region", { name: "The roll", exact: true });
    for (const person of onRoll) await expect(roll).toContainText(person.name);
    await expect(roll).not.toContainText(former.name);
    const byArea = o.getByRole("table", { name: "By neighbourhood", exact: true });
    await expect(byArea.getByRole("row", { name: new RegExp(`^${areas[0]} 7 0$`) })).toBeVisible();
    await expect(byArea.getByRole("row", { name: new RegExp(`^${areas[1]} 5 0$`) })).toBeVisible();

    await o.getByLabel("Name, tenancy reference or postcode", { exact: true }).fill(former.lastName);
    await o.getByRole("button", { name: "Apply filters" }).click();
    await expect(o.getByText("Nobody on the roll matches.")).toBeVisible();
    await expectAccessible(o);
  });

  await test.step("seven residents nominate themselves", async () => {
    // Three through the portal, one of them adding a statement in Arabic...
    for (const [candidate, options] of [
      [abbas, { arabic: true, mistakeFirst: true }],
      [baker, {}],
      [chowdhury, {}],
    ] as const) {
      const resident = await browse(browser, db, candidate, "portal");
      await nominateInBrowser(resident.page, candidate, options);
      await resident.close();
    }
    // ...and, to keep the run short, the other four through the API as themselves.
    for (const candidate of [davies, evans, farah, griffiths]) {
      const nominations = (await callerAs(db, candidate.userId)).nominations;
      await nominations.submit({
        reference,
        statements: [{ language: "en", statement: `${candidate.name} wants safer stairwells, quicker repairs and a board that explains its choices.` }],
        answers: ANSWERS,
        acknowledged: true,
      });
    }
  });

  await test.step("nominations close on the settings page", async () => {
    await officerPage(o, path("settings"), "Settings");
    await fillWhen(o, "When nominations close", ukDay(-1), "12:00");
    await fillWhen(o, "When voting opens", ukDay(-1), "12:00");
    await fillWhen(o, "When voting closes", ukDay(7), "17:00");
    await fillWhen(o, "When the count takes place", ukDay(8), "10:00");
    await o.getByRole("button", { name: "Save the settings" }).click();
    await banner(o, "Settings saved.");
    await expect(o.getByText("Ready to open", { exact: true }).first()).toBeVisible();
  });

  await test.step("the officer checks eligibility and the panel shortlists six", async () => {
    await officerPage(o, path("candidates"), "Candidates");
    await expect(o.getByRole("table", { name: "Nominations: 7" })).toBeVisible();
    for (const candidate of candidates) {
      await o.getByRole("link", { name: candidate.name, exact: true }).click();
      await expect(o.getByRole("heading", { level: 1, name: candidate.name })).toBeVisible();
      await expectAccessible(o);
      await o.getByRole("group", { name: "Can this candidate stand?" }).getByLabel("Eligible", { exact: true }).check();
      await o.getByRole("button", { name: "Save the eligibility check" }).click();
      await banner(o, "Eligibility check saved.");
      await o.getByRole("link", { name: "Back to candidates" }).click();
      await expect(o.getByRole("heading", { level: 1, name: "Candidates" })).toBeVisible();
      await expectAccessible(o);
    }
    // The panel scores Amira Abbas in the browser, after one incomplete attempt.
    await o.getByRole("link", { name: abbas.name, exact: true }).click();
    await expect(o.getByRole("heading", { level: 1, name: abbas.name })).toBeVisible();
    await expect(o.getByRole("region", { name: "Arabic", exact: true }).locator('[lang="ar"][dir="rtl"]')).toHaveText(ARABIC_STATEMENT);
    await o.getByRole("button", { name: "Save your scores" }).click();
    await expect(o.getByRole("alert").getByText("There is a problem")).toBeVisible();
    await expectAccessible(o);
    for (const criterion of ["Experience of our homes and services", "Life skills and wider experience", "Making decisions with others", "Acting for the whole organisation", "Time and commitment"]) {
      await o.getByRole("group", { name: criterion }).getByLabel("5", { exact: true }).check();
      await o.getByLabel(`Reason for your score: ${criterion}`).fill("Clear, specific examples.");
    }
    await o.getByRole("button", { name: "Save your scores" }).click();
    await banner(o, "Your scores are saved.");
    await expect(o.getByText("Total: 25. Panel members: 1.")).toBeVisible();

    // The rest of the score sheets go through the API as the same panel member:
    // five criteria, each a score and a reason, per candidate.
    const { candidates: rows } = await api.candidates({ reference });
    const CRITERIA = ["experience", "lifeSkills", "decisions", "wholeOrganisation", "commitment"] as const;
    // Totals 24, 23, 22, 21, 20 and 5: no ties, so the suggested six are plain.
    const sheets: [Person, number[]][] = [
      [baker, [5, 5, 5, 5, 4]],
      [chowdhury, [5, 5, 5, 4, 4]],
      [davies, [5, 5, 4, 4, 4]],
      [evans, [5, 4, 4, 4, 4]],
      [farah, [4, 4, 4, 4, 4]],
      [griffiths, [1, 1, 1, 1, 1]],
    ];
    for (const [person, scores] of sheets) {
      const { header } = await api.get({ reference });
      await api.scoreCandidate({
        electionId: header.id,
        version: header.version,
        candidateId: rows.find((c) => c.ballotName === person.name)!.id,
        scores: Object.fromEntries(CRITERIA.map((criterion, i) => [criterion, { score: String(scores[i]), reason: "Scored against the published guide." }])),
      });
    }

    await officerPage(o, path("candidates"), "Candidates");
    await o.getByLabel("Size of the suggested shortlist").fill("6");
    await o.getByRole("button", { name: "Suggest" }).click();
    const shortlist = o.getByRole("group", { name: "Candidates on the shortlist" });
    await expect(shortlist.getByLabel(griffiths.name)).not.toBeChecked();
    for (const candidate of [abbas, baker, chowdhury, davies, evans, farah]) await expect(shortlist.getByLabel(candidate.name)).toBeChecked();
    await expectAccessible(o);
    await o.getByRole("button", { name: "Save the shortlist" }).click();
    await banner(o, "Shortlist saved. Now tell the candidates.");
    await o.getByRole("button", { name: "Send the messages (7)" }).click();
    await banner(o, "The messages to candidates are on their way.");
    await expect(o.getByRole("table", { name: "Nominations: 7" }).getByRole("row", { name: new RegExp(`^${griffiths.name}`) })).toContainText("Not shortlisted");
  });

  await test.step("voting opens, which fixes the candidates and the roll", async () => {
    await officerPage(o, path("open"), "Open voting");
    const order = o.getByRole("listitem").filter({ hasText: /^(Amira|Bryn|Nadia|Dafydd|Eleri|Hodan) / });
    await expect(order).toHaveText([abbas.name, baker.name, chowdhury.name, davies.name, evans.name, farah.name]);
    await o.getByRole("button", { name: "Open voting" }).click();
    await banner(o, "Voting is open.");
    await expect(o.getByText("Voting open", { exact: true }).first()).toBeVisible();
    await officerPage(o, path("roll"), "The roll");
    await expect(o.getByText("Voting has opened, so the roll is fixed.")).toBeVisible();
    await expect(o.getByRole("button", { name: /Build the roll|Rebuild the roll/ })).toHaveCount(0);
  });

  const codes = new Map<string, string>();
  await test.step("the officer prints single-use codes for everyone on the roll", async () => {
    await officerPage(o, path("codes"), "Single-use voting codes");
    await o.getByLabel("Everyone on the roll").check();
    await o.getByRole("button", { name: "Issue codes and show the letters" }).click();
    await expect(o.getByRole("heading", { name: "Letters ready: 12" })).toBeVisible();
    await expectAccessible(o);
    for (const person of [nowak, haddad]) {
      const letter = o.getByRole("article", { name: person.name });
      codes.set(person.residentId, ((await letter.locator(".hearth-letter__code-value").textContent()) ?? "").trim());
    }
    // Each letter speaks its reader's language: Yusuf Haddad's is in Arabic.
    await expect(o.getByRole("article", { name: haddad.name })).toHaveAttribute("lang", "ar");
    await expect(o.getByRole("article", { name: haddad.name })).toHaveAttribute("dir", "rtl");
  });

  // The count is designed to need a transfer: Abbas 5 first preferences (all
  // with Chowdhury second), Baker 4, Chowdhury 3; the quota is 4, so Abbas's
  // one spare vote elects Chowdhury at stage 2.
  const receipts: Record<string, string> = {};
  await test.step("a resident votes online in Arabic", async () => {
    const voter = await browse(browser, db, haddad, "portal");
    const p = voter.page;
    await p.goto(`${portalUrl()}/elections`);
    await expect(p.locator("html")).toHaveAttribute("lang", "ar");
    await expect(p.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(p.getByRole("heading", { level: 1, name: "الانتخابات" })).toBeVisible();
    await expectAccessible(p);
    await p.getByRole("link", { name: `صوّت في ${TITLE}` }).click();
    await expect(p.getByRole("heading", { level: 1, name: "ورقة اقتراعك" })).toBeVisible();
    // Amira Abbas wrote a statement in Arabic, so that is the one an Arabic reader sees.
    await p.getByText(`اقرأ بيان ${abbas.name}`).click();
    await expect(p.getByText(ARABIC_STATEMENT)).toBeVisible();
    await expectAccessible(p);
    await p.getByLabel(abbas.name, { exact: true }).fill("1");
    await p.getByLabel(chowdhury.name, { exact: true }).fill("2");
    await p.getByRole("button", { name: "متابعة" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "تحقق من صوتك" })).toBeVisible();
    await expect(p.getByRole("main")).toContainText("الاختيار 1");
    await expectAccessible(p);
    await p.getByRole("button", { name: "أدلِ بصوتي" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "تم الإدلاء بصوتك" })).toBeVisible();
    receipts.haddad = await receiptOn(p);
    await expectAccessible(p);
    // Back to the ballot: it is refused, in Arabic.
    await p.goto(`${portalUrl()}${path("vote")}`);
    await expect(p.getByRole("heading", { level: 1, name: "لا يمكنك التصويت هنا" })).toBeVisible();
    await expectAccessible(p);
    await voter.close();
  });

  await test.step("a resident votes online with JavaScript off, after a repeated preference", async () => {
    const voter = await browse(browser, db, lloyd, "portal", false);
    const p = voter.page;
    const accessible = () => expectAccessible(p, { scripts: false });
    await p.goto(`${portalUrl()}${path()}`);
    await expect(p.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    for (const candidate of [abbas, baker, chowdhury, davies, evans, farah]) await expect(p.getByRole("heading", { level: 3, name: candidate.name })).toBeVisible();
    await expect(p.getByRole("heading", { name: griffiths.name })).toHaveCount(0);
    await accessible();
    await p.getByRole("button", { name: "Vote now" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "Your ballot paper" })).toBeVisible();
    await accessible();
    await p.getByLabel(abbas.name, { exact: true }).fill("1");
    await p.getByLabel(baker.name, { exact: true }).fill("1");
    await p.getByRole("button", { name: "Continue" }).click();
    await expect(p.getByRole("link", { name: "You gave preference 1 to more than one candidate. Give each number to one candidate only" })).toBeVisible();
    await expect(p).toHaveTitle(/^Error:/);
    await accessible();
    await p.getByLabel(abbas.name, { exact: true }).fill("");
    await p.getByRole("button", { name: "Continue" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "Check your vote" })).toBeVisible();
    await expect(p.getByRole("main")).toContainText(`Choice 1${baker.name}`);
    await accessible();
    await p.getByRole("button", { name: "Cast my vote" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "Your vote has been cast" })).toBeVisible();
    receipts.lloyd = await receiptOn(p);
    await accessible();
    await voter.close();
  });

  await test.step("a resident without an account votes with the code from their letter", async () => {
    const voter = await browse(browser, db, null, "portal");
    const p = voter.page;
    await p.goto(`${portalUrl()}/vote`);
    await expect(p.getByRole("heading", { level: 1, name: "Vote with a voting code" })).toBeVisible();
    await expectAccessible(p);
    // Small letters and no dashes are fine, as the letter says.
    await p.getByLabel("Your voting code").fill(codes.get(nowak.residentId)!.replaceAll("-", "").toLowerCase());
    await p.getByRole("button", { name: "Continue" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "Your ballot paper" })).toBeVisible();
    await expectAccessible(p);
    await p.getByLabel(chowdhury.name, { exact: true }).fill("1");
    await p.getByRole("button", { name: "Continue" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "Check your vote" })).toBeVisible();
    await expectAccessible(p);
    await p.getByRole("button", { name: "Cast my vote" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "Your vote has been cast" })).toBeVisible();
    receipts.nowak = await receiptOn(p);
    await expectAccessible(p);

    // The code is dead once used.
    await p.goto(`${portalUrl()}/vote`);
    await p.getByLabel("Your voting code").fill(codes.get(nowak.residentId)!);
    await p.getByRole("button", { name: "Continue" }).click();
    await expect(p.getByRole("link", { name: "This code has already been used to vote. Each code can be used once only" })).toBeVisible();
    await expectAccessible(p);
    await voter.close();
  });

  await test.step("a second vote through another channel is refused", async () => {
    // Yusuf Haddad voted online; his letter's code now refuses him.
    const voter = await browse(browser, db, null, "portal");
    const p = voter.page;
    await p.goto(`${portalUrl()}/vote`);
    await p.getByLabel("Your voting code").fill(codes.get(haddad.residentId)!);
    await p.getByRole("button", { name: "Continue" }).click();
    await expect(p.getByRole("link", { name: "You have already voted in this election. Each person can vote once, online, with a code or on paper" })).toBeVisible();
    await expect(p).toHaveTitle(/^Error:/);
    await expectAccessible(p);
    await voter.close();
  });

  await test.step("the other candidates vote online", async () => {
    // Seven more ballots through the API as the candidates themselves, to make
    // up the designed count: Abbas then Chowdhury ×3, Baker ×2, Chowdhury ×2.
    const marks: [Person, Person[]][] = [
      [abbas, [abbas, chowdhury]],
      [davies, [abbas, chowdhury]],
      [griffiths, [abbas, chowdhury]],
      [baker, [baker]],
      [evans, [baker]],
      [chowdhury, [chowdhury]],
      [farah, [chowdhury]],
    ];
    for (const [voter, ranking] of marks) {
      const voting = (await callerAs(db, voter.userId)).voting;
      const paper = await voting.ballot({ reference });
      const id = (person: Person) => paper.candidates.find((c) => c.name === person.name)!.id;
      await voting.cast({ reference, marks: Object.fromEntries(ranking.map((person, i) => [id(person), String(i + 1)])) });
    }
  });

  let batchPath = "";
  await test.step("officers record a paper batch; the officer who keyed it may not confirm it", async () => {
    await officerPage(o, path("paper"), "Paper ballots");
    await o.getByRole("link", { name: "Mark returned envelopes" }).click();
    await expect(o.getByRole("heading", { level: 1, name: "Mark returned envelopes" })).toBeVisible();
    await expectAccessible(o);
    for (const person of [price, owen]) {
      await o.getByLabel("Search the roll").fill(person.lastName);
      await o.getByRole("button", { name: "Search", exact: true }).click();
      await o.getByRole("button", { name: `Mark returned ${person.name}` }).click();
      await banner(o, "Envelope marked as returned");
    }
    // Tomasz Nowak voted with his code: his envelope cannot be marked as well.
    await o.getByLabel("Search the roll").fill(nowak.lastName);
    await o.getByRole("button", { name: "Search", exact: true }).click();
    const row = o.getByRole("row", { name: new RegExp(nowak.name) });
    await expect(row).toContainText("With a code");
    await expect(row.getByRole("button")).toHaveCount(0);
    await expectAccessible(o);

    await officerPage(o, path("paper"), "Paper ballots");
    await o.getByRole("link", { name: "Key a batch of papers" }).click();
    await expect(o.getByRole("heading", { level: 1, name: "Key a batch of papers" })).toBeVisible();
    await o.getByRole("textbox", { name: "Papers in this batch" }).fill("2");
    await o.getByRole("button", { name: "Set the number of rows" }).click();
    await expect(o.getByRole("table", { name: "Papers in this batch: 2" })).toBeVisible();
    await expectAccessible(o);
    await o.getByLabel("Batch label").fill("Tray 1");
    await o.getByLabel(`Paper 1: preference for ${abbas.name}`).fill("1");
    await o.getByLabel(`Paper 1: preference for ${chowdhury.name}`).fill("2");
    await o.getByLabel(`Paper 2: preference for ${baker.name}`).fill("1");
    await o.getByRole("button", { name: "Save the batch for checking" }).click();
    await expect(o.getByRole("heading", { level: 1, name: "Batch Tray 1" })).toBeVisible();
    await banner(o, "Batch saved. Another election officer must now check it");
    await expect(o.getByText("You keyed this batch. Another election officer must check it against the papers.")).toBeVisible();
    await expect(o.getByRole("button", { name: "Confirm this batch" })).toHaveCount(0);
    batchPath = new URL(o.url()).pathname;
    const batchId = batchPath.split("/").pop()!;
    const { header } = await api.get({ reference });
    const counting = (await callerAs(db, eira.id, { app: "console" })).electionCount;
    expect(await refusal(counting.confirmBatch({ electionId: header.id, batchId }))).toBe("errors.elections.counting.secondOfficer");

    const s = second.page;
    await officerPage(s, path("paper"), "Paper ballots");
    await s.getByRole("link", { name: "Tray 1" }).click();
    await expect(s.getByRole("heading", { level: 1, name: "Batch Tray 1" })).toBeVisible();
    await expect(s.getByRole("table", { name: "Papers by first choice" })).toContainText(abbas.name);
    await expectAccessible(s);
    await s.getByRole("button", { name: "Confirm this batch" }).click();
    await banner(s, "Batch confirmed: its papers will be counted");
    await expect(s.getByText("Every batch has been checked and the papers match the envelopes returned.")).toBeVisible();
  });

  await test.step("voting closes, the count runs, two officers certify and the result is published", async () => {
    await officerPage(o, path("close"), "Close voting");
    await expect(o.getByText("12 of 12 (100%)")).toBeVisible();
    await o.getByRole("button", { name: "Close voting" }).click();
    await banner(o, "Voting has closed and the ballot list is sealed");
    await expect(o.getByText("The hash chain has been checked from its start. Entries: 12. None has changed.")).toBeVisible();

    await o.getByRole("link", { name: "Go to the count" }).click();
    await expect(o.getByRole("heading", { level: 1, name: "Run the count" })).toBeVisible();
    await expectAccessible(o);
    await o.getByRole("button", { name: "Run the count" }).click();
    await expect(o.getByRole("heading", { level: 1, name: "Result" })).toBeVisible();
    await banner(o, "The count has been recorded");
    await expect(o.locator(".govuk-panel")).toContainText(`${abbas.name}${baker.name}${chowdhury.name}`);
    await expect(o.getByText("This result has not been certified yet. Only election officers can see it.")).toBeVisible();
    const stages = o.getByRole("table", { name: /Stages of the count/ });
    await expect(stages.getByRole("columnheader", { name: `Stage 2: surplus of ${abbas.name}` })).toBeVisible();
    await expect(stages.getByRole("row", { name: new RegExp(`^${chowdhury.name}`) })).toContainText("Elected at stage 2");

    await officerPage(o, path("certify"), "Certify the count");
    await o.getByRole("button", { name: "Certify the count" }).click();
    await banner(o, "Your certification has been recorded");
    await expect(o.getByText(/^You certified this count on .+\. Another election officer must certify it too\.$/)).toBeVisible();

    await officerPage(second.page, path("certify"), "Certify the count");
    await second.page.getByRole("button", { name: "Give the second certification" }).click();
    await banner(second.page, "Your certification has been recorded");
    await expect(second.page.getByText("Two officers have certified this count.")).toBeVisible();

    await officerPage(o, path("publish"), "Publish the result");
    await o.getByRole("button", { name: "Publish the result" }).click();
    await banner(o, "The result has been published");
    await officer.close();
    await second.close();
  });

  await test.step("a resident finds their receipt in the published list and reads the count", async () => {
    const voter = await browse(browser, db, lloyd, "portal", false);
    const p = voter.page;
    const accessible = () => expectAccessible(p, { scripts: false });
    await p.goto(`${portalUrl()}${path()}`);
    await expect(p.getByText("Result published").first()).toBeVisible();
    await accessible();
    await p.getByRole("link", { name: "Check your receipt code" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "Check your receipt code" })).toBeVisible();
    await accessible();
    await p.getByLabel("Receipt code").fill(receipts.lloyd!);
    await p.getByRole("button", { name: "Check", exact: true }).click();
    await expect(p.getByRole("heading", { name: "Your ballot paper is in the count" })).toBeVisible();
    await expect(p.getByRole("main")).toContainText(receipts.lloyd!);
    await accessible();

    await p.goto(`${portalUrl()}${path("results")}`);
    await expect(p.getByRole("heading", { level: 1, name: "Results" })).toBeVisible();
    await expect(p.locator(".govuk-panel")).toContainText(`${abbas.name}${baker.name}${chowdhury.name}`);
    const table = p.getByRole("table", { name: "The count, stage by stage (quota 4)" });
    await expect(table.getByRole("columnheader", { name: "Stage 1: first preferences" })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: `Stage 2: surplus of ${abbas.name} transferred` })).toBeVisible();
    await expect(table.getByRole("row", { name: new RegExp(`^${abbas.name}`) })).toContainText("Elected at stage 1");
    await expect(table.getByRole("row", { name: new RegExp(`^${chowdhury.name}`) })).toContainText("Elected at stage 2");
    await expect(table.getByRole("row", { name: new RegExp(`^${griffiths.name}`) })).toHaveCount(0);
    await expect(p.getByRole("main")).toContainText("12 of 12 voters");
    await accessible();
    await voter.close();

    // The code voter checks theirs without signing in, and the Arabic reader sees the results in Arabic.
    const anyone = await browse(browser, db, null, "portal");
    await anyone.page.goto(`${portalUrl()}${path("receipt")}`);
    await anyone.page.getByLabel("Receipt code").fill(receipts.nowak!);
    await anyone.page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(anyone.page.getByRole("heading", { name: "Your ballot paper is in the count" })).toBeVisible();
    await expectAccessible(anyone.page);
    await anyone.close();
    const arabic = await browse(browser, db, haddad, "portal");
    await arabic.page.goto(`${portalUrl()}${path("results")}`);
    await expect(arabic.page.getByRole("heading", { level: 1, name: "النتائج" })).toBeVisible();
    await expect(arabic.page.getByRole("table", { name: /الفرز مرحلة بمرحلة/ })).toBeVisible();
    await expectAccessible(arabic.page);
    await arabic.close();
  });
});
