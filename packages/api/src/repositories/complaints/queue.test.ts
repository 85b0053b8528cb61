import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../testing/index.js";
import { complaintsWorld, makeComplaint, testClock } from "../../routers/complaints/test-support.js";
import { queueCount, queuePage, type QueueFilters } from "./queue.js";

// The queue picks its page from `complaints` alone and joins the names to that
// page afterwards; these pin down that the pages, their order and the joined
// names are those of the whole sorted queue.
describe("the staff queue's page and count", () => {
  const db = useTestDatabase();

  it("pages every sort without losing or repeating a row, with each row's names, and counts what it filters", async () => {
    const clock = testClock("2026-03-02");
    const world = await complaintsWorld(db(), clock);
    const made: string[] = [];
    for (const [day, area] of [["2026-03-02", "repairs"], ["2026-03-03", "damp-and-mould"], ["2026-03-03", "repairs"], ["2026-03-05", "repairs"], ["2026-03-06", "damp-and-mould"]] as const) {
      clock.set(day);
      made.push((await makeComplaint(world, area)).reference);
    }
    const handled = made[2]!;
    const c = await world.asOfficer.complaintCases.get({ reference: handled });
    await world.asOfficer.complaintCases.acknowledge({ reference: handled, version: c.version, handlerId: world.manager.id, points: ["Boiler"] });
    clock.set("2026-03-09");
    const day = { today: "2026-03-09", calendar: { calendar: "england-and-wales" as const } };
    const here = world.resident.neighbourhood;

    for (const sort of ["due", "received", "reference"] as const) {
      for (const direction of ["asc", "desc"] as const) {
        const filters: QueueFilters = { sort, direction, neighbourhood: here.slug };
        const whole = await queuePage(db(), filters, { ...day, limit: 100, offset: 0 });
        expect(whole.total).toBe(5);
        const pages = [];
        for (let offset = 0; offset < 5; offset += 2) pages.push(...(await queuePage(db(), filters, { ...day, limit: 2, offset })).rows);
        expect(pages).toEqual(whole.rows);
      }
    }

    const byReference = await queuePage(db(), { sort: "reference", direction: "asc", neighbourhood: here.slug }, { ...day, limit: 100, offset: 0 });
    expect(byReference.rows.map((r) => r.reference)).toEqual([...made].sort());
    const { firstName, lastName } = world.resident.resident;
    expect(byReference.rows.find((r) => r.reference === handled)).toMatchObject({
      residentName: `${firstName} ${lastName}`,
      neighbourhood: here.name,
      serviceArea: "repairs",
      serviceAreaName: "Responsive repairs",
      stage: 1,
      status: "stage1-acknowledged",
      handlerName: "Manager Two",
    });
    expect(byReference.rows.filter((r) => r.handlerName !== null)).toHaveLength(1);

    const count = (filters: Omit<QueueFilters, "sort" | "direction">) => queueCount(db(), { sort: "due", direction: "asc", ...filters }, day);
    expect(await count({ neighbourhood: here.slug, serviceArea: "damp-and-mould" })).toBe(2);
    expect(await count({ neighbourhood: here.slug, serviceArea: "repairs", stage: 1 })).toBe(3);
    expect(await count({ neighbourhood: here.slug, handler: world.manager.id })).toBe(1);
    expect(await count({ neighbourhood: "nowhere" })).toBe(0);
    expect(await queuePage(db(), { sort: "due", direction: "asc", neighbourhood: "nowhere" }, { ...day, limit: 25, offset: 0 })).toEqual({ rows: [], total: 0 });
  });
});
