import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { countElection, parseBlt } from "@hearth/domain/elections";
import { callerAs, useTestDatabase } from "../testing/index.js";
import { DEMO_ACCOUNTS } from "./demo-landlord.js";
import { SECOND_OFFICER } from "./elections.js";
import { seedDemoData } from "./seed.js";

const NOW = new Date("2026-11-24T12:00:00Z");

describe("demo elections", () => {
  const db = useTestDatabase();

  it("has last year's board election published with a real count, and this year's open for nominations", async () => {
    await seedDemoData(db(), { now: NOW });
    const [bethan] = await db().select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, DEMO_ACCOUNTS[0].email));
    const resident = await callerAs(db(), bethan!.id, { now: () => NOW });
    const list = await resident.voting.list();
    expect(list.map((e) => [e.reference, e.phase])).toEqual([
      ["EL-2026-001", "nominations"],
      ["EL-2025-001", "published"],
    ]);

    const results = await resident.voting.results({ reference: "EL-2025-001" });
    expect(results.table).toMatchObject({ kind: "stv", seats: 3 });
    expect(results.table!.elected).toHaveLength(3);
    expect(results.turnout.ballots).toBeGreaterThan(200);
    expect(results.turnout.voted).toBe(results.turnout.ballots);

    const [gareth] = await db().select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, DEMO_ACCOUNTS[3].email));
    const officer = await callerAs(db(), gareth!.id, { app: "console", now: () => NOW });
    expect(await officer.electionCount.verifyChain({ reference: "EL-2025-001" })).toMatchObject({ ok: true, entries: results.turnout.ballots });
    const status = await officer.electionCount.status({ reference: "EL-2025-001" });
    expect(status.certifications.map((c) => c.name)).toEqual(["Gareth Lloyd", SECOND_OFFICER.name]);
    expect(status.paper).toMatchObject({ returns: 40, confirmedPapers: 40, awaitingBatches: 0 });
    const blt = await officer.electionCount.blt({ reference: "EL-2025-001" });
    const [recorded] = await db().select().from(schema.electionResults);
    expect(countElection(parseBlt(blt.text), "stv-scottish")).toEqual(recorded!.result);

    const open = await resident.nominations.open();
    expect(open.map((e) => e.reference)).toContain("EL-2026-001");
  });
});
