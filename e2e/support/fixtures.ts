import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { createDb, type Database, type DbHandle } from "@hearth/db";
import { issueSessionToken } from "@hearth/api/testing";

export { expect };

export const portalUrl = () => process.env.E2E_PORTAL_URL ?? "";
export const consoleUrl = () => process.env.E2E_CONSOLE_URL ?? "";

let handle: DbHandle | undefined;
async function database(): Promise<Database> {
  handle ??= await createDb({ url: process.env.E2E_DATABASE_URL, maxConnections: 2 });
  return handle.db;
}

/** Signs a user in by creating their session directly, as the cookie a real sign-in would set. */
export async function signInAs(context: BrowserContext, userId: string, app: "portal" | "console"): Promise<void> {
  const token = await issueSessionToken(await database(), userId, app);
  await context.addCookies([
    // Cookies ignore ports, and Chromium treats http://localhost as secure: the
    // same cookie the apps set over plain HTTP here.
    { name: `__Host-hearth-${app}-session`, value: token, url: "https://localhost", httpOnly: true, secure: true, sameSite: "Lax" },
  ]);
}

/**
 * Zero axe violations against WCAG 2.2 AA, or the test fails listing them.
 * axe needs scripts, so a page from a JavaScript-off browser is checked as the
 * exact HTML the server sent, loaded (without its scripts) into a scripted page.
 */
export async function expectAccessible(page: Page, { scripts = true }: { scripts?: boolean } = {}): Promise<void> {
  let target = page;
  let scratch: BrowserContext | undefined;
  if (!scripts) {
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
    // Contexts made inside a test inherit its options; this one must run scripts.
    scratch = await page.context().browser()!.newContext({ javaScriptEnabled: true });
    target = await scratch.newPage();
    await target.setContent(html.replace(/<head>/i, `<head><base href="${new URL(page.url()).origin}/">`), { waitUntil: "load" });
  }
  try {
    const results = await new AxeBuilder({ page: target }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(summary, `axe on ${page.url()}`).toEqual([]);
  } finally {
    await scratch?.close();
  }
}

export const test = base.extend<{ db: Database }>({
  db: async ({}, use) => {
    await use(await database());
  },
});
