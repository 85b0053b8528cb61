import pino, { type Logger } from "pino";

/** Structured JSON logs on stdout; secrets and cookies never logged. */
export function createLogger(options: { name: string; level?: string }): Logger {
  return pino({
    name: options.name,
    level: options.level ?? process.env.LOG_LEVEL ?? "info",
    redact: { paths: ["req.headers.cookie", "password", "*.password", "token", "*.token"], censor: "[redacted]" },
  });
}
