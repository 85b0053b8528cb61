import { TRPCError } from "@trpc/server";
import { messagesFromError, type FieldMessage } from "../errors.js";

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldMessage[] };

/**
 * Runs a procedure for a form action. Mistakes a person can fix come back as
 * messages for the error summary; anything else is rethrown (sign-in needed,
 * forbidden, bugs) so the route's boundary deals with it.
 */
export async function attempt<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    const messages = messagesFromError(error);
    if (messages) return { ok: false, errors: messages };
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN")) {
      throw new Response(error.code, { status: error.code === "UNAUTHORIZED" ? 401 : 403 });
    }
    if (error instanceof TRPCError && error.code === "NOT_FOUND") throw new Response("Not found", { status: 404 });
    throw error;
  }
}

/** For loaders: a procedure's NOT_FOUND / FORBIDDEN become the matching HTTP error page. */
export async function load<T>(run: () => Promise<T>): Promise<T> {
  const outcome = await attempt(run);
  if (outcome.ok) return outcome.value;
  const first = outcome.errors[0];
  throw new Response(first?.key ?? "Bad request", { status: first?.key === "errors.notFound" ? 404 : 400 });
}

/** For loaders that can show something else instead: `load`, but null when the procedure finds nothing. */
export async function loadIfFound<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    return load(() => Promise.reject(error));
  }
}
