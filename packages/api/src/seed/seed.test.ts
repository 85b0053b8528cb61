import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { callerAs, useTestDatabase } from "../testing/index.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-landlord.js";
import { seedDemoData } from "./seed.js";

describe("demo data", () => {
  const db = useTestDatabase();

  it("looks like a real landlord and is idempotent", async () => {
    const first = await seedDemoData(db());
    const second = await seedDemoData(db());
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.homes).toBe(first.homes);
    expect(second.residents).toBe(first.residents);
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
  });

  it("leaves the documented tenancy claimable", async () => {
    const summary = await seedDemoData(db());
    const caller = await callerAs(db(), null, { address: "10.9.0.2" });
    await expect(caller.claim.verify({ tenancyReference: summary.claimable.tenancyReference, postcode: summary.claimable.postcode, lastName: summary.claimable.lastName })).resolves.toHaveProperty("ticket");
  });
});
