import { z } from "zod";

const port = z.coerce
  .number({ error: "must be a whole number" })
  .int({ error: "must be a whole number" })
  .min(1, { error: "must be between 1 and 65535" })
  .max(65535, { error: "must be between 1 and 65535" });

/** An optional setting where an empty value means unset, keeping the setting's own message for a bad value. */
function unsetWhenEmpty<T extends z.ZodType>(setting: T) {
  return z.preprocess((v) => (v === "" ? undefined : v), setting.optional());
}

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"], { error: "must be development, production or test" }).default("production"),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), { error: "must be a postgres:// or postgresql:// URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  HEARTH_DATA_DIR: z.string().min(1).optional(),
  PORTAL_PORT: port.default(3000),
  CONSOLE_PORT: port.default(3001),
  HOST: z.string().min(1, { error: "must not be empty" }).default("localhost"),
  COOKIE_SECURE: z.enum(["true", "false"], { error: "must be true or false" }).default("true").transform((v) => v === "true"),
  TRUST_PROXY: z.enum(["true", "false"], { error: "must be true or false" }).default("false").transform((v) => v === "true"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "must be a pino level such as info or debug" }).default("info"),
  SEED_DEMO_DATA: z.enum(["true", "false"], { error: "must be true or false" }).default("true").transform((v) => v === "true"),
  // Without SMTP, residents' notices still reach their portal "Messages"; email is an extra.
  SMTP_URL: unsetWhenEmpty(z.string().refine((v) => /^smtps?:\/\/[^/]/.test(v), { error: "must be an smtp:// or smtps:// URL" })),
  // Printed on election code letters; without it, the portal beside the console (same host, PORTAL_PORT).
  PORTAL_URL: unsetWhenEmpty(
    z
      .string()
      .refine((v) => /^https?:\/\/[^/]+/.test(v), { error: "must be an http:// or https:// address such as https://portal.example.org" })
      .transform((v) => v.replace(/\/+$/, "")),
  ),
  MAIL_FROM: z.string().min(3, { error: "must be an address such as Hearth <no-reply@example.org>" }).default("Hearth <no-reply@hearth.example>"),
});

export type HearthConfig = z.infer<typeof schema>;

/** Reads the environment once at start; every bad value is named with what it should be. */
export function loadConfig(env: Record<string, string | undefined> = process.env): HearthConfig {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message} (got "${env[String(issue.path[0])] ?? ""}")`);
  throw new Error(`Hearth cannot start: bad configuration\n${lines.join("\n")}`);
}
