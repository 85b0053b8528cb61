import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerAs, createResidentUser, useTestDatabase } from "../../testing/index.js";

describe("resident profile", () => {
  const db = useTestDatabase();

  it("shows a resident their own home and preferences", async () => {
    const me = await createResidentUser(db(), { postcode: "SA1 1AA" });
    const caller = await callerAs(db(), me.user.id);
    const profile = await caller.profile.get();
    expect(profile.tenancyReference).toBe(me.tenancy.reference);
    expect(profile.home.postcode).toBe("SA1 1AA");
    expect(profile.preferredFormat).toBe("standard");
  });

  it("saves each section and reads it back", async () => {
    const me = await createResidentUser(db());
    const caller = await callerAs(db(), me.user.id);
    await caller.profile.setLanguage({ language: "so" });
    await caller.profile.setFormat({ format: "large-print" });
    await caller.profile.setContact({ methods: ["text", "email", "text"], phone: "+44 7700 900123" });
    await caller.profile.setSupport({ needs: ["sight", "interpreter"], notes: "Please call before visiting" });
    await caller.profile.setEquality({ ageBand: "35-44", ethnicity: "prefer-not-to-say" });
    const profile = await caller.profile.get();
    expect(profile).toMatchObject({
      preferredLanguage: "so",
      preferredFormat: "large-print",
      contactMethods: ["text", "email"],
      phone: "07700900123",
      supportNeeds: ["sight", "interpreter"],
      supportNotes: "Please call before visiting",
      equality: { ageBand: "35-44", ethnicity: "prefer-not-to-say" },
    });
  });

  it.each([
    ["language", (c: Awaited<ReturnType<typeof callerAs>>) => c.profile.setLanguage({ language: "fr" as never })],
    ["format", (c: Awaited<ReturnType<typeof callerAs>>) => c.profile.setFormat({ format: "smoke-signals" as never })],
    ["contact without a method", (c: Awaited<ReturnType<typeof callerAs>>) => c.profile.setContact({ methods: [], phone: "" })],
    ["text without a phone", (c: Awaited<ReturnType<typeof callerAs>>) => c.profile.setContact({ methods: ["text"], phone: "" })],
    ["a phone that is not a UK number", (c: Awaited<ReturnType<typeof callerAs>>) => c.profile.setContact({ methods: ["phone"], phone: "12345" })],
    ["an unknown equality answer", (c: Awaited<ReturnType<typeof callerAs>>) => c.profile.setEquality({ sex: "sometimes" as never })],
  ])("refuses %s and keeps what was saved", async (_name, call) => {
    const me = await createResidentUser(db());
    const caller = await callerAs(db(), me.user.id);
    await caller.profile.setContact({ methods: ["email"], phone: "" });
    const before = await caller.profile.get();
    const error = await call(caller).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(await caller.profile.get()).toEqual(before);
  });

  it("never exposes another resident's profile", async () => {
    const me = await createResidentUser(db());
    const other = await createResidentUser(db());
    await (await callerAs(db(), other.user.id)).profile.setSupport({ needs: ["hearing"], notes: "private" });
    const mine = await (await callerAs(db(), me.user.id)).profile.get();
    expect(mine.supportNotes).toBe("");
    expect(mine.tenancyReference).toBe(me.tenancy.reference);
  });
});
