import nodemailer from "nodemailer";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** BCP 47 tag of the text, so mail clients and screen readers use the right language. */
  language: string;
}

/** Anything that can send a plain-text email; tests pass one that records what it was given. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close?(): void;
}

/** SMTP when configured; null means "portal messages only", which is a valid way to run. */
export function createMailer(options: { smtpUrl?: string; from: string }): Mailer | null {
  if (!options.smtpUrl) return null;
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        headers: { "Content-Language": mail.language, "Auto-Submitted": "auto-generated" },
      });
    },
    close: () => transport.close(),
  };
}
