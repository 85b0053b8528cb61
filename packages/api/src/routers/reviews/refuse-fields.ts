import { TRPCError } from "@trpc/server";
import { ZodRealError } from "zod";

export interface FieldProblem {
  field: string;
  /** A translation key in the "errors" namespace. */
  key: string;
}

/**
 * Refuses with every problem a form has at once, each next to its field, the
 * way input errors arrive: a rule checked after parsing (a whole Stars
 * assessment, say) should not make the person fix one thing per round trip.
 * (ZodRealError, not ZodError: only the former is an Error, which tRPC needs
 * to keep it as the cause.)
 */
export function refuseFields(problems: readonly FieldProblem[]): TRPCError {
  const issues = problems.map((p) => ({ code: "custom" as const, path: p.field.split("."), message: p.key, input: undefined }));
  return new TRPCError({ code: "BAD_REQUEST", message: problems[0]?.key ?? "errors.invalid", cause: new ZodRealError(issues) });
}
