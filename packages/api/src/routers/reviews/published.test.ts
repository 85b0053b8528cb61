import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { createLandlord, refusal, useTestDatabase } from "../../testing/index.js";
import { ENGLISH, WELSH, publicationWorld, writeSummary, type PublicationWorld } from "./publication-test-support.js";

describe("'you said, we did' on the portal", () => {
  const db = useTestDatabase();
  let world: PublicationWorld;
  const refs: Record<"welsh" | "englishOnly" | "approvedUnpublished" | "drafting" | "otherLandlord", string> = {} as never;

  beforeAll(async () => {
    world = await publicationWorld(db());
    const api = world.asOfficer.reviewPublication;
    const publish = async (reference: string) => {
      const s = await api.summary({ reference });
      await api.publish({ reviewId: s.id, version: s.version });
    };

    const welsh = await world.review("approved", { approvedOn: "2026-04-01" });
    await writeSummary(world, welsh.reference, ["en", "cy"]);
    await publish(welsh.reference);
    refs.welsh = welsh.reference;

    const englishOnly = await world.review("feedback_given", { approvedOn: "2026-06-01", title: "Review of estate cleaning" });
    const s = await writeSummary(world, englishOnly.reference, ["en"]);
    await api.setEnglishOnly({ reviewId: s.id, version: s.version, englishOnly: true });
    await publish(englishOnly.reference);
    refs.englishOnly = englishOnly.reference;

    const unpublished = await world.review("approved");
    await writeSummary(world, unpublished.reference, ["en", "cy"]);
    refs.approvedUnpublished = unpublished.reference;

    const drafting = await world.review("reporting");
    await writeSummary(world, drafting.reference, ["en", "cy"]);
    refs.drafting = drafting.reference;

    // Another landlord's published review in the same database never reaches this portal.
    const other = await createLandlord(db());
    const [area] = await db().insert(schema.serviceAreas).values({ landlordId: other.landlord.id, slug: "repairs", name: "Repairs elsewhere" }).returning();
    const foreign = await world.review("approved", { landlordId: other.landlord.id, serviceAreaId: area!.id });
    await writeSummary(world, foreign.reference, ["en", "cy"]);
    await publish(foreign.reference);
    refs.otherLandlord = foreign.reference;
  });

  it("lists only published summaries, newest published first, for residents and anonymous visitors alike", async () => {
    for (const caller of [world.asAnyone, world.asResident]) {
      const list = await caller.publishedReviews.list({ locale: "en" });
      // Both went out today, so the later approval comes first.
      expect(list.map((r) => r.reference)).toEqual([refs.englishOnly, refs.welsh]);
      expect(list.every((r) => r.serviceArea.name === "Responsive repairs" && r.language === "en" && !r.onlyInEnglish)).toBe(true);
    }
    const [first] = await world.asAnyone.publishedReviews.list({});
    expect(first).toMatchObject({ serviceArea: { slug: "repairs", name: "Responsive repairs" }, headline: expect.any(String), youSaid: expect.any(String), weDid: expect.any(String) });
  });

  it("shows each summary in the reader's language, or English with a flag", async () => {
    const welsh = await world.asAnyone.publishedReviews.get({ reference: refs.welsh, locale: "cy" });
    expect(welsh).toMatchObject({ language: "cy", ...WELSH, onlyInEnglish: false, englishOnly: false, approvedOn: "2026-04-01" });

    const polish = await world.asResident.publishedReviews.get({ reference: refs.welsh, locale: "pl" });
    expect(polish).toMatchObject({ language: "en", ...ENGLISH, onlyInEnglish: true });

    const english = await world.asAnyone.publishedReviews.get({ reference: refs.englishOnly, locale: "ar" });
    expect(english).toMatchObject({ language: "en", onlyInEnglish: true, englishOnly: true, approvedOn: "2026-06-01" });

    const list = await world.asAnyone.publishedReviews.list({ locale: "cy" });
    expect(Object.fromEntries(list.map((r) => [r.reference, r.language]))).toEqual({ [refs.welsh]: "cy", [refs.englishOnly]: "en" });
  });

  it("uses the caller's language when none is asked for", async () => {
    expect((await world.asAnyone.publishedReviews.get({ reference: refs.welsh })).language).toBe("en");
  });

  it("says an unpublished, unknown or other landlord's review does not exist", async () => {
    for (const reference of [refs.approvedUnpublished, refs.drafting, refs.otherLandlord, "SR-1999-001", ""]) {
      expect(await refusal(world.asAnyone.publishedReviews.get({ reference, locale: "en" }))).toMatch(/^(errors\.notFound|BAD_REQUEST)$/);
      expect(await refusal(world.asResident.publishedReviews.get({ reference, locale: "cy" }))).toMatch(/^(errors\.notFound|BAD_REQUEST)$/);
    }
    expect(await refusal(world.asAnyone.publishedReviews.get({ reference: refs.drafting }))).toBe("errors.notFound");
  });

  it("refuses a language it does not speak", async () => {
    expect(await refusal(world.asAnyone.publishedReviews.list({ locale: "fr" as "en" }))).toBe("BAD_REQUEST");
  });
});
