import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { schema } from "@hearth/db";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { ENGLISH, WELSH, publicationWorld, writeSummary } from "./publication-test-support.js";

describe("writing and publishing the 'you said, we did' summary", () => {
  const db = useTestDatabase();

  it("drafts while reporting, refuses to publish before approval, then publishes with a translation", async () => {
    const world = await publicationWorld(db());
    const review = await world.review("reporting");
    const api = world.asOfficer.reviewPublication;

    let s = await writeSummary(world, review.reference, ["en", "cy"]);
    expect(s.summaries.map((x) => [x.language, x.headline])).toEqual([
      ["en", ENGLISH.headline],
      ["cy", WELSH.headline],
    ]);
    expect(s.problems).toEqual(["notApproved"]);
    expect(await refusal(api.publish({ reviewId: s.id, version: s.version }))).toBe("errors.reviews.publication.notApproved");
    expect((await api.summary({ reference: review.reference })).publishedOn).toBeNull();

    await world.setStage(review.id, "approved");
    s = await api.summary({ reference: review.reference });
    expect(s.problems).toEqual([]);
    const { publishedOn } = await api.publish({ reviewId: s.id, version: s.version });
    expect(publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    s = await api.summary({ reference: review.reference });
    expect(s.publishedOn).toBe(publishedOn);
    expect(await refusal(api.publish({ reviewId: s.id, version: s.version }))).toBe("errors.reviews.publication.alreadyPublished");

    const [audit] = await db().select().from(schema.auditLog).where(eq(schema.auditLog.action, "review.summary-published"));
    expect(audit?.subjectId).toBe(review.id);
  });

  it("refuses to publish English alone until it is marked English only", async () => {
    const world = await publicationWorld(db());
    const review = await world.review("approved");
    const api = world.asOfficer.reviewPublication;

    let s = await api.summary({ reference: review.reference });
    expect(s.problems).toEqual(["englishMissing", "translationMissing"]);
    expect(await refusal(api.publish({ reviewId: s.id, version: s.version }))).toBe("errors.reviews.publication.englishMissing");

    s = await writeSummary(world, review.reference);
    expect(await refusal(api.publish({ reviewId: s.id, version: s.version }))).toBe("errors.reviews.publication.translationMissing");

    await api.setEnglishOnly({ reviewId: s.id, version: s.version, englishOnly: "on" as unknown as boolean });
    s = await api.summary({ reference: review.reference });
    expect(s.englishOnly).toBe(true);
    await api.publish({ reviewId: s.id, version: s.version });
    s = await api.summary({ reference: review.reference });
    expect(s.publishedOn).not.toBeNull();

    // Once published English only, it cannot quietly stop being English only with no translation.
    expect(await refusal(api.setEnglishOnly({ reviewId: s.id, version: s.version, englishOnly: false }))).toBe("errors.reviews.publication.wouldUnpublish");
    // Nor take a translation while it says it is English only.
    expect(await problems(api.saveSummary({ reviewId: s.id, version: s.version, language: "pl", ...WELSH }))).toEqual([{ field: "language", key: "errors.reviews.publication.markedEnglishOnly" }]);
  });

  it("keeps English only and translations apart, and keeps a published summary publishable", async () => {
    const world = await publicationWorld(db());
    const review = await world.review("approved");
    const api = world.asOfficer.reviewPublication;
    let s = await writeSummary(world, review.reference, ["en", "cy"]);

    expect(await problems(api.setEnglishOnly({ reviewId: s.id, version: s.version, englishOnly: true }))).toEqual([{ field: "englishOnly", key: "errors.reviews.publication.hasTranslations" }]);
    await api.publish({ reviewId: s.id, version: s.version });
    s = await api.summary({ reference: review.reference });

    // Removing the only translation of a published summary would leave Welsh readers an unexplained English page.
    expect(await refusal(api.removeTranslation({ reviewId: s.id, version: s.version, language: "cy" }))).toBe("errors.reviews.publication.wouldUnpublish");
    expect(await refusal(api.removeTranslation({ reviewId: s.id, version: s.version, language: "ar" }))).toBe("errors.notFound");
    expect(await refusal(api.removeTranslation({ reviewId: s.id, version: s.version, language: "en" }))).toBe("BAD_REQUEST");

    await api.saveSummary({ reviewId: s.id, version: s.version, language: "ar", headline: "إصلاحات في وقت يناسبك", youSaid: "أخبرتمونا أن المواعيد فاتت.", weDid: "نقدم الآن مواعيد صباحية ومسائية." });
    s = await api.summary({ reference: review.reference });
    await api.removeTranslation({ reviewId: s.id, version: s.version, language: "cy" });
    s = await api.summary({ reference: review.reference });
    expect(s.summaries.map((x) => x.language)).toEqual(["en", "ar"]);
  });

  it("reports every problem with the text against its field and saves nothing", async () => {
    const world = await publicationWorld(db());
    const review = await world.review("reporting");
    const api = world.asOfficer.reviewPublication;
    const s = await api.summary({ reference: review.reference });
    const rambling = `${Array.from({ length: 35 }, () => "very").join(" ")} long.`;

    expect(await problems(api.saveSummary({ reviewId: s.id, version: s.version, language: "en", headline: "Two\nlines", youSaid: " ", weDid: rambling }))).toEqual([
      { field: "headline", key: "errors.reviews.publication.headlineMultiline" },
      { field: "youSaid", key: "errors.reviews.publication.youSaidRequired" },
      { field: "weDid", key: "errors.reviews.publication.weDidLongSentence" },
    ]);
    expect(await problems(api.saveSummary({ reviewId: s.id, version: s.version, language: "cy", ...WELSH, headline: "x".repeat(151) }))).toEqual([
      { field: "headline", key: "errors.reviews.publication.headlineTooLong" },
    ]);
    expect(await problems(api.saveSummary({ reviewId: s.id, version: s.version, language: "fr" as "en", ...ENGLISH }))).toEqual([
      { field: "language", key: "errors.reviews.publication.languageRequired" },
    ]);
    const after = await api.summary({ reference: review.reference });
    expect(after.summaries).toEqual([]);
    expect(after.version).toBe(s.version);
  });

  it("trims what it stores and refuses a form drawn from an older version", async () => {
    const world = await publicationWorld(db());
    const review = await world.review("reporting");
    const api = world.asOfficer.reviewPublication;
    const s = await api.summary({ reference: review.reference });
    await api.saveSummary({ reviewId: s.id, version: s.version, language: "en", headline: `  ${ENGLISH.headline}  `, youSaid: ENGLISH.youSaid, weDid: ENGLISH.weDid });
    expect((await api.summary({ reference: review.reference })).summaries[0]?.headline).toBe(ENGLISH.headline);
    expect(await refusal(api.saveSummary({ reviewId: s.id, version: s.version, language: "en", ...ENGLISH }))).toBe("errors.reviews.changedMeanwhile");
  });

  it("allows no summary before reporting and none after the impact assessment", async () => {
    const world = await publicationWorld(db());
    const api = world.asOfficer.reviewPublication;
    for (const stage of ["fieldwork", "impact_assessed"] as const) {
      const review = await world.review(stage);
      const s = await api.summary({ reference: review.reference });
      expect(s.editable).toBe(false);
      expect(await refusal(api.saveSummary({ reviewId: s.id, version: s.version, language: "en", ...ENGLISH }))).toBe("errors.reviews.notEditable");
    }
  });

  it("lets scrutiny members and admins read settled summaries only, and change nothing", async () => {
    const world = await publicationWorld(db());
    const settled = await world.review("approved");
    const drafting = await world.review("reporting");
    const s = await writeSummary(world, settled.reference, ["en"]);

    const seen = await world.asPanel.reviewPublication.summary({ reference: settled.reference });
    expect(seen.editable).toBe(false);
    expect(seen.summaries[0]?.headline).toBe(ENGLISH.headline);
    expect(await refusal(world.asPanel.reviewPublication.summary({ reference: drafting.reference }))).toBe("errors.notFound");
    expect(await refusal(world.asPanel.reviewPublication.coverReport({ reference: drafting.reference }))).toBe("errors.notFound");
    expect((await world.asAdmin.reviewPublication.summary({ reference: drafting.reference })).editable).toBe(false);

    for (const caller of [world.asPanel, world.asAdmin, world.asResident, world.asAnyone]) {
      const api = caller.reviewPublication;
      for (const call of [
        api.saveSummary({ reviewId: s.id, version: s.version, language: "en", ...ENGLISH }),
        api.setEnglishOnly({ reviewId: s.id, version: s.version, englishOnly: true }),
        api.removeTranslation({ reviewId: s.id, version: s.version, language: "cy" }),
        api.publish({ reviewId: s.id, version: s.version }),
      ]) {
        expect(["FORBIDDEN", "UNAUTHORIZED"]).toContain(await refusal(call));
      }
    }
    expect(["FORBIDDEN"]).toContain(await refusal(world.asResident.reviewPublication.summary({ reference: settled.reference })));
    expect((await world.asOfficer.reviewPublication.summary({ reference: settled.reference })).version).toBe(s.version);
  });
});
