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
    { name: `__Host-hearth-${app}-session`, value: token, url: app === "portal" ? portalUrl() : consoleUrl(), httpOnly: true, secure: true, sameSite: "Lax" },
  ]);
}

/** Zero axe violations against WCAG 2.2 AA, or the test fails listing them. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe on ${page.url()}`).toEqual([]);
}

export const test = base.extend<{ db: Database }>({
  db: async ({}, use) => {
    await use(await database());
  },
});
