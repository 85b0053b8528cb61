import { describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { callerAs, createResidentUser, createUser, refusal, useTestDatabase } from "../../testing/index.js";
import { complaintsWorld, makeComplaint, testClock } from "./test-support.js";

describe("complaints performance", () => {
  const db = useTestDatabase();

  it("reports CH01 and CH02 for a reporting year to staff and scrutiny, naming no resident", async () => {
    const clock = testClock("2026-04-06");
    const world = await complaintsWorld(db(), clock); // first landlord: the installation's, with one home
    const cases = world.asOfficer.complaintCases;
    const onTime = await makeComplaint(world);
    const late = await makeComplaint(world, "damp-and-mould");
    clock.set("2026-04-08");
    for (const { reference } of [onTime, late]) {
      const c = await cases.get({ reference });
      await cases.acknowledge({ reference, version: c.version, handlerId: world.officer.id, points: ["Point"] });
    }
    const answer = async (reference: string) => {
      const c = await cases.get({ reference });
      await cases.respond({ reference, version: c.version, decisions: [{ pointId: c.stages[0]!.points[0]!.id, decision: "upheld", reasons: "Because" }], summary: "Answer", compensation: "20" });
    };
    clock.set("2026-04-15");
    await answer(onTime.reference);
    clock.set("2026-05-20");
    await answer(late.reference);

    const scrutiny = await createResidentUser(db(), { extraRoles: ["scrutiny"] });
    const asScrutiny = await callerAs(db(), scrutiny.user.id, { app: "console", now: clock.now });
    const report = await asScrutiny.complaintPerformance.report({ year: 2026 });
    expect(report.homes).toBe(1);
    expect(report.ch01.stage1).toEqual({ complaints: 2, per1000Homes: 2000 });
    expect(report.ch02.stage1).toEqual({ responded: 2, withinTimescale: 1, percent: 50 });
    expect(report.compensationPence).toBe(4000);
    expect(report.byServiceArea.map((a) => [a.serviceArea, a.received])).toEqual([["damp-and-mould", 1], ["repairs", 1]]);
    expect(JSON.stringify(report)).not.toContain(world.resident.resident.lastName);

    const asResident = await callerAs(db(), world.resident.user.id);
    expect(await refusal(asResident.complaintPerformance.report({ year: 2026 }))).toBe("FORBIDDEN");
    const officer = await createUser(db(), { roles: ["election_officer"] });
    expect(await refusal((await callerAs(db(), officer.id, { app: "console" })).complaintPerformance.report({}))).toBe("FORBIDDEN");
  });

  it("gives every complaint its own reference when many arrive at once", async () => {
    const clock = testClock("2026-06-01");
    await complaintsWorld(db(), clock);
    const residents = await Promise.all(Array.from({ length: 8 }, () => createResidentUser(db())));
    const sent = await Promise.all(
      residents.map(async (r) => {
        await db().insert(schema.serviceAreas).values({ landlordId: r.landlord.id, slug: "repairs", name: "Repairs" });
        const c = (await callerAs(db(), r.user.id, { now: clock.now })).complaints;
        await c.saveStep({ step: "about", serviceArea: "repairs" });
        await c.saveStep({ step: "what-happened", whatHappened: "Leak" });
        await c.saveStep({ step: "put-right", putRight: "Fix" });
        await c.saveStep({ step: "contact", contactMethod: "post" });
        return c.submit();
      }),
    );
    const refs = sent.map((s) => s.reference);
    expect(new Set(refs).size).toBe(refs.length);
  });
});
