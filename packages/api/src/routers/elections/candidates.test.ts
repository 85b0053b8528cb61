import { desc, eq } from "drizzle-orm";
import pino from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { startJobWorker } from "../../jobs/worker.js";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { createElection, electionsWorld, nominate, sheet, type ElectionsWorld } from "./elections-test-support.js";

const { electionCandidates, electionShortlistScores, residentMessages, residentProfiles, auditLog } = schema;

describe("candidates and shortlisting", () => {
  const db = useTestDatabase();
  let world: ElectionsWorld;
  beforeAll(async () => {
    world = await electionsWorld(db());
  });

  async function withCandidates(seats = 1) {
    const election = await createElection(world, { seats: String(seats) });
    const p = world.people;
    const candidates = {
      amina: await nominate(db(), election.id, p.amina, { en: "Twenty years on the estate.", ar: "عشرون عامًا في الحي." }),
      dai: await nominate(db(), election.id, p.dai),
      ewa: await nominate(db(), election.id, p.ewa, { pl: "Mieszkam tu od dziesięciu lat." }),
      sara: await nominate(db(), election.id, p.sara),
    };
    let version = election.version;
    const step = async <T>(call: (version: number) => Promise<T>) => {
      const result = await call(version);
      version += 1;
      return result;
    };
    return { election, candidates, step, version: () => version };
  }

  it("lists candidates with statements in every language, skills answers and status", async () => {
    const { election } = await withCandidates();
    const { candidates } = await world.asOfficer.elections.candidates({ reference: election.reference });
    expect(candidates.map((c) => c.ballotName)).toEqual(["Sara Ahmed", "Dai Jones", "Ewa Nowak", "Amina Yusuf"]);
    expect(candidates[3]).toMatchObject({
      status: "nominated",
      neighbourhood: "Glan-yr-Afon",
      skills: { experience: "Tenants' association secretary" },
      statements: [
        { language: "ar", statement: "عشرون عامًا في الحي." },
        { language: "en", statement: "Twenty years on the estate." },
      ],
    });
  });

  it("records eligibility with a note, needing one for a candidate found not eligible", async () => {
    const { election, candidates, step } = await withCandidates();
    expect(await problems(world.asOfficer.elections.setEligibility({ electionId: election.id, version: 1, candidateId: candidates.dai.id, eligible: "ineligible", note: "" }))).toEqual([
      { field: "note", key: "errors.elections.candidates.noteRequired" },
    ]);
    await step((version) => world.asOfficer.elections.setEligibility({ electionId: election.id, version, candidateId: candidates.dai.id, eligible: "ineligible", note: "Rent arrears over the limit in the rules" }));
    await step((version) => world.asOfficer.elections.setEligibility({ electionId: election.id, version, candidateId: candidates.amina.id, eligible: "eligible" }));
    const [dai] = await db().select().from(electionCandidates).where(eq(electionCandidates.id, candidates.dai.id));
    expect(dai).toMatchObject({ status: "ineligible", eligibilityNote: "Rent arrears over the limit in the rules" });
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.subjectId, election.id)).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ action: "election.candidateChecked", details: { candidateId: candidates.amina.id, from: "nominated", to: "eligible" } });
    expect(await refusal(world.asOfficer.elections.setEligibility({ electionId: election.id, version: 3, candidateId: crypto.randomUUID(), eligible: "eligible" }))).toBe("errors.notFound");
  });

  it("takes each panel member's scores with reasons, replacing their own earlier sheet only", async () => {
    const { election, candidates, step } = await withCandidates();
    await step((version) => world.asOfficer.elections.setEligibility({ electionId: election.id, version, candidateId: candidates.amina.id, eligible: "eligible" }));
    expect(
      await problems(world.asOfficer.elections.scoreCandidate({ electionId: election.id, version: 2, candidateId: candidates.amina.id, scores: { ...sheet(3), lifeSkills: { score: 7, reason: "x" }, decisions: { score: 2, reason: "" } } })),
    ).toEqual([
      { field: "scores.score.lifeSkills", key: "errors.elections.candidates.scoreOutOfRange" },
      { field: "scores.reason.decisions", key: "errors.elections.candidates.reasonRequired" },
    ]);
    await step((version) => world.asOfficer.elections.scoreCandidate({ electionId: election.id, version, candidateId: candidates.amina.id, scores: sheet(2) }));
    await step((version) => world.asOfficer.elections.scoreCandidate({ electionId: election.id, version, candidateId: candidates.amina.id, scores: sheet(4) }));
    await step((version) => world.asSecond.elections.scoreCandidate({ electionId: election.id, version, candidateId: candidates.amina.id, scores: sheet(3) }));
    const rows = await db().select().from(electionShortlistScores).where(eq(electionShortlistScores.candidateId, candidates.amina.id));
    expect(rows).toHaveLength(10);
    const { candidate, myScores } = await world.asOfficer.elections.candidate({ reference: election.reference, candidateId: candidates.amina.id });
    expect(candidate.total).toMatchObject({ total: 35, scorers: 2, average: 17.5 });
    expect(myScores.lifeSkills).toEqual({ score: 4, reason: "Answered with clear examples" });
    // Only eligible candidates are scored.
    expect(await refusal(world.asOfficer.elections.scoreCandidate({ electionId: election.id, version: 5, candidateId: candidates.dai.id, scores: sheet(3) }))).toBe("errors.elections.candidates.notEligible");
  });

  it("suggests a shortlist by average score and applies the panel's decision", async () => {
    const { election, candidates, step } = await withCandidates(1);
    const c = candidates;
    for (const [candidate, score] of [
      [c.amina, 4],
      [c.dai, 3],
      [c.ewa, 3],
      [c.sara, 1],
    ] as const) {
      await step((version) => world.asOfficer.elections.setEligibility({ electionId: election.id, version, candidateId: candidate.id, eligible: "eligible" }));
      await step((version) => world.asOfficer.elections.scoreCandidate({ electionId: election.id, version, candidateId: candidate.id, scores: sheet(score) }));
    }
    const { suggestion } = await world.asOfficer.elections.candidates({ reference: election.reference });
    // Seats + 1 = 2 places; Dai and Ewa are level for the second, so both are suggested and the tie is reported.
    expect(suggestion.size).toBe(2);
    expect(new Set(suggestion.suggested)).toEqual(new Set([c.amina.id, c.dai.id, c.ewa.id]));
    expect(new Set(suggestion.tiedAtBoundary)).toEqual(new Set([c.dai.id, c.ewa.id]));

    expect(await problems(step((version) => world.asOfficer.elections.shortlist({ electionId: election.id, version, candidateIds: [] })))).toEqual([
      { field: "candidateIds", key: "errors.elections.candidates.shortlistEmpty" },
    ]);
  });

  it("shortlists only scored, eligible candidates and tells every candidate the outcome in their language", async () => {
    const { election, candidates, step } = await withCandidates(1);
    const c = candidates;
    await db().insert(residentProfiles).values({ residentId: world.people.ewa.id, preferredLanguage: "pl" }).onConflictDoNothing();
    await step((version) => world.asOfficer.elections.setEligibility({ electionId: election.id, version, candidateId: c.dai.id, eligible: "ineligible", note: "Not a tenant of Afon Homes" }));
    for (const candidate of [c.amina, c.ewa, c.sara]) {
      await step((version) => world.asOfficer.elections.setEligibility({ electionId: election.id, version, candidateId: candidate.id, eligible: "eligible" }));
    }
    await step((version) => world.asOfficer.elections.scoreCandidate({ electionId: election.id, version, candidateId: c.amina.id, scores: sheet(4) }));
    await step((version) => world.asOfficer.elections.scoreCandidate({ electionId: election.id, version, candidateId: c.ewa.id, scores: sheet(3) }));
    expect(await refusal(world.asOfficer.elections.shortlist({ electionId: election.id, version: 7, candidateIds: [c.amina.id, c.sara.id] }))).toBe("errors.elections.candidates.notScored");
    expect(await refusal(world.asOfficer.elections.shortlist({ electionId: election.id, version: 7, candidateIds: [c.dai.id] }))).toBe("errors.elections.candidates.notEligible");
    await world.asOfficer.elections.shortlist({ electionId: election.id, version: 7, candidateIds: [c.amina.id, c.ewa.id] });
    const statuses = Object.fromEntries((await db().select().from(electionCandidates).where(eq(electionCandidates.electionId, election.id))).map((r) => [r.id, r.status]));
    expect(statuses).toEqual({ [c.amina.id]: "shortlisted", [c.ewa.id]: "shortlisted", [c.sara.id]: "not_shortlisted", [c.dai.id]: "ineligible" });

    expect(await world.asOfficer.elections.notifyCandidates({ electionId: election.id, version: 8 })).toEqual({ notified: 4 });
    expect(await refusal(world.asOfficer.elections.notifyCandidates({ electionId: election.id, version: 9 }))).toBe("errors.elections.candidates.nobodyToNotify");
    await startJobWorker({ db: db(), log: pino({ level: "silent" }), mailer: null, pollMs: null }).runOnce();
    const messages = await db().select().from(residentMessages).where(eq(residentMessages.topic, { type: "election", id: election.id, reference: election.reference }));
    const byResident = Object.fromEntries(messages.map((m) => [m.residentId, m]));
    expect(messages).toHaveLength(4);
    expect(byResident[world.people.amina.id]!.body).toContain("shortlist");
    expect(byResident[world.people.dai.id]!.body).toContain("Not a tenant of Afon Homes");
    expect(byResident[world.people.ewa.id]).toMatchObject({ language: "pl" });
    expect(byResident[world.people.ewa.id]!.subject).toContain(election.reference);

    // A changed decision is told again; an unchanged one is not.
    await world.asOfficer.elections.shortlist({ electionId: election.id, version: 9, candidateIds: [c.amina.id] });
    expect(await world.asOfficer.elections.notifyCandidates({ electionId: election.id, version: 10 })).toEqual({ notified: 1 });
  });

  it("admits election officers only", async () => {
    const { election, candidates } = await withCandidates();
    for (const caller of [world.asStaff, world.asAdmin, world.asResident]) {
      expect(await refusal(caller.elections.candidates({ reference: election.reference }))).toBe("FORBIDDEN");
      expect(await refusal(caller.elections.setEligibility({ electionId: election.id, version: 1, candidateId: candidates.amina.id, eligible: "eligible" }))).toBe("FORBIDDEN");
      expect(await refusal(caller.elections.scoreCandidate({ electionId: election.id, version: 1, candidateId: candidates.amina.id, scores: sheet(5) }))).toBe("FORBIDDEN");
      expect(await refusal(caller.elections.shortlist({ electionId: election.id, version: 1, candidateIds: [candidates.amina.id] }))).toBe("FORBIDDEN");
      expect(await refusal(caller.elections.notifyCandidates({ electionId: election.id, version: 1 }))).toBe("FORBIDDEN");
    }
    expect(await refusal(world.asAnonymous.elections.candidates({ reference: election.reference }))).toBe("UNAUTHORIZED");
  });
});
