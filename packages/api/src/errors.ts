import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

/**
 * A message for a person, as a translation key with parameters. The API never
 * returns English sentences: each app translates into the page's language.
 */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

export interface FieldMessage extends Message {
  /** Form field name, or undefined for a whole-form problem. */
  field?: string;
}

/** A rule said no. Carries what to tell the person and which field to point at. */
export class DomainError extends Error {
  constructor(
    readonly key: string,
    readonly options: { field?: string; params?: Record<string, string | number> } = {},
  ) {
    super(key);
    this.name = "DomainError";
  }
}

export function refuse(
  code: "BAD_REQUEST" | "CONFLICT" | "FORBIDDEN" | "NOT_FOUND" | "TOO_MANY_REQUESTS",
  key: string,
  options: { field?: string; params?: Record<string, string | number> } = {},
): TRPCError {
  return new TRPCError({ code, message: key, cause: new DomainError(key, options) });
}

/** Several rules said no at once: every blocker of a move, every wrong field of a form. */
export class DomainErrors extends Error {
  constructor(readonly messages: readonly FieldMessage[]) {
    super(messages[0]?.key ?? "errors.invalid");
    this.name = "DomainErrors";
  }
}

export function refuseAll(code: "BAD_REQUEST" | "CONFLICT", messages: readonly FieldMessage[]): TRPCError {
  return new TRPCError({ code, message: messages[0]?.key ?? "errors.invalid", cause: new DomainErrors(messages) });
}

/** Zod's own messages are English; anything not given a key becomes a generic one. */
function keyFor(message: string): string {
  return message.startsWith("errors.") ? message : "errors.invalid";
}

export function messagesFromZod(error: ZodError): FieldMessage[] {
  const seen = new Set<string>();
  const messages: FieldMessage[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || undefined;
    const id = field ?? "";
    if (seen.has(id)) continue; // one message per field, the first is the most useful
    seen.add(id);
    messages.push({ field, key: keyFor(issue.message) });
  }
  return messages;
}

/** What to show a person for an error thrown by a procedure; null when it is not theirs to fix. */
export function messagesFromError(error: unknown): FieldMessage[] | null {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof ZodError) return messagesFromZod(cause);
  if (cause instanceof DomainError) return [{ field: cause.options.field, key: cause.key, params: cause.options.params }];
  if (cause instanceof DomainErrors) return [...cause.messages];
  return null;
}
