import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { loadIfFound } from "./outcome.js";

describe("loadIfFound", () => {
  it("gives the value, or null when the procedure finds nothing", async () => {
    expect(await loadIfFound(async () => 42)).toBe(42);
    expect(await loadIfFound(() => Promise.reject(new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" })))).toBeNull();
  });

  it("still turns other refusals into their error pages", async () => {
    const forbidden = await loadIfFound(() => Promise.reject(new TRPCError({ code: "FORBIDDEN" }))).catch((error: unknown) => error);
    expect(forbidden).toBeInstanceOf(Response);
    expect((forbidden as Response).status).toBe(403);
    await expect(loadIfFound(() => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
  });
});
