import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("configuration", () => {
  it("has working defaults for the embedded database", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORTAL_PORT: 3000, CONSOLE_PORT: 3001, COOKIE_SECURE: true, SEED_DEMO_DATA: true });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names every bad value and what it should be", () => {
    const attempt = () => loadConfig({ PORTAL_PORT: "eighty", CONSOLE_PORT: "70000", DATABASE_URL: "mysql://x", COOKIE_SECURE: "yes" });
    expect(attempt).toThrow(/PORTAL_PORT: must be a whole number \(got "eighty"\)/);
    expect(attempt).toThrow(/CONSOLE_PORT: must be between 1 and 65535 \(got "70000"\)/);
    expect(attempt).toThrow(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(attempt).toThrow(/COOKIE_SECURE: must be true or false/);
  });

  it("takes the portal's public address for code letters, without a trailing slash", () => {
    expect(loadConfig({}).PORTAL_URL).toBeUndefined();
    expect(loadConfig({ PORTAL_URL: "https://portal.afonhomes.example/" }).PORTAL_URL).toBe("https://portal.afonhomes.example");
    expect(loadConfig({ PORTAL_URL: "" }).PORTAL_URL).toBeUndefined();
    expect(() => loadConfig({ PORTAL_URL: "portal.afonhomes.example" })).toThrow(/PORTAL_URL: must be an http:\/\/ or https:\/\/ address/);
    expect(() => loadConfig({ SMTP_URL: "mail.example" })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
  });
});
