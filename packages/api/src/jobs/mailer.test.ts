import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { createMailer } from "./mailer.js";

describe("mailer", () => {
  it("is off unless SMTP is configured, and the sender has a default", () => {
    const config = loadConfig({});
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.MAIL_FROM).toBe("Hearth <no-reply@hearth.example>");
    expect(createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM })).toBeNull();
    expect(() => loadConfig({ SMTP_URL: "mail.example.org" })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
  });

  it("sends over SMTP when configured (here to a port nobody listens on, so it must fail)", async () => {
    const mailer = createMailer({ smtpUrl: loadConfig({ SMTP_URL: "smtp://127.0.0.1:1" }).SMTP_URL, from: "Test <t@example.org>" });
    expect(mailer).not.toBeNull();
    await expect(mailer!.send({ to: "r@example.org", subject: "s", text: "t", language: "en" })).rejects.toThrow(/ECONNREFUSED|connect/i);
    mailer!.close?.();
  });
});
