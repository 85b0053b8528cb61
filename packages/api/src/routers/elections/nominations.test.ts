import { beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { schema } from "@hearth/db";
import { SKILLS_QUESTIONS } from "@hearth/domain/elections";
import { callerAs, problems, refusal, useTestDatabase } from "../../testing/index.js";
import { addResident, createPlace, electionWorld, type Place } from "./voting-test-support.js";

const answers = Object.fromEntries(SKILLS_QUESTIONS.map((q) => [q, `I would bring what I learned running our tenants' group to ${q}.`]));
const english = "I have lived on Heol y Llan for twelve years and chair our tenants' group, which meets every month.";
const welsh = "Rwyf wedi byw ar Heol y Llan ers deuddeg mlynedd ac yn cadeirio ein grŵp tenantiaid bob mis.";

describe("standing for the board", () => {
  const db = useTestDatabase();
  let home: Place;
  beforeAll(async () => {
    home = await createPlace(db());
  });
  const nominating = (options: Parameters<typeof electionWorld>[1] = {}) => electionWorld(db(), { place: home, phase: "nominations", ...options });

  async function candidateRows(electionId: string) {
    return db().select().from(schema.electionCandidates).where(eq(schema.electionCandidates.electionId, electionId));
  }

  it("takes a nomination with statements in two languages, keeping the candidate's order, once", async () => {
    const w = await nominating();
    const { user, resident } = await addResident(db(), home.landlord.id, home.neighbourhood.id, { firstName: "Amira", lastName: "Hassan" });
    const me = await callerAs(db(), user!.id);
    const reference = w.election.reference;
    expect((await me.nominations.open()).find((e) => e.reference === reference)).toMatchObject({ eligible: true, nominated: false, exclusion: null });

    const checked = await me.nominations.check({ reference, statements: [{ language: "cy", statement: ` ${welsh}\r\n` }, { language: "en", statement: english }, { language: "pl", statement: " " }], answers, acknowledged: true });
    expect(checked.statements).toEqual([{ language: "cy", statement: welsh }, { language: "en", statement: english }]);
    expect(await candidateRows(w.election.id)).toEqual([]);

    const sent = await me.nominations.submit({ reference, statements: [{ language: "cy", statement: welsh }, { language: "en", statement: english }, { language: "pl", statement: " " }], answers, acknowledged: true });
    expect(sent).toEqual({ reference, languages: ["cy", "en"] });
    const [candidate] = await candidateRows(w.election.id);
    expect(candidate).toMatchObject({ residentId: resident.id, ballotName: "Amira Hassan", status: "nominated", position: null });
    expect(Object.keys(candidate!.skills).sort()).toEqual([...SKILLS_QUESTIONS].sort());
    const statements = await db().select().from(schema.electionStatements).where(eq(schema.electionStatements.candidateId, candidate!.id)).orderBy(asc(schema.electionStatements.createdAt));
    expect(statements.map((s) => s.language)).toEqual(["cy", "en"]);

    expect((await me.nominations.mine()).find((n) => n.reference === reference)).toMatchObject({ status: "nominated", languages: ["cy", "en"] });
    expect((await me.nominations.form({ reference })).nomination?.status).toBe("nominated");
    expect(await refusal(me.nominations.submit({ reference, statements: [{ language: "en", statement: english }], answers, acknowledged: true }))).toBe("errors.elections.nomination.alreadyNominated");
    expect(await refusal(me.nominations.check({ reference, statements: [{ language: "en", statement: english }], answers, acknowledged: true }))).toBe("errors.elections.nomination.alreadyNominated");
    expect(await candidateRows(w.election.id)).toHaveLength(1);
  });

  it("tells two candidates of the same name apart on the ballot paper by their neighbourhood", async () => {
    const w = await nominating();
    const reference = w.election.reference;
    for (const _ of [1, 2]) {
      const { user } = await addResident(db(), home.landlord.id, home.neighbourhood.id, { firstName: "John", lastName: "Smith" });
      await (await callerAs(db(), user!.id)).nominations.submit({ reference, statements: [{ language: "en", statement: english }], answers, acknowledged: true });
    }
    const names = (await candidateRows(w.election.id)).map((c) => c.ballotName).sort();
    expect(names).toEqual(["John Smith", `John Smith (${home.neighbourhood.name})`]);
  });

  it("shows every problem with the form against its field, and writes nothing", async () => {
    const w = await nominating();
    const { user } = await addResident(db(), home.landlord.id, home.neighbourhood.id);
    const me = await callerAs(db(), user!.id);
    const reference = w.election.reference;
    expect(await problems(me.nominations.submit({ reference, statements: [{ language: "en", statement: "Vote for me" }], answers: { ...answers, decisions: "" }, acknowledged: false }))).toEqual([
      { field: "statement.en", key: "errors.elections.nomination.statementTooShort" },
      { field: "skills.decisions", key: "errors.elections.nomination.answerRequired.decisions" },
      { field: "acknowledged", key: "errors.elections.nomination.acknowledgementRequired" },
    ]);
    expect(await problems(me.nominations.submit({ reference, statements: [], answers, acknowledged: true }))).toEqual([{ field: "statements", key: "errors.elections.nomination.statementRequired" }]);
    expect(await candidateRows(w.election.id)).toEqual([]);
  });

  it("refuses a nomination once nominations close", async () => {
    const w = await nominating();
    const { user } = await addResident(db(), home.landlord.id, home.neighbourhood.id);
    const late = () => new Date(w.election.nominationsCloseAt.getTime() + 1000);
    const me = await callerAs(db(), user!.id, { now: late });
    const reference = w.election.reference;
    expect((await me.nominations.open()).map((e) => e.reference)).not.toContain(reference);
    expect((await me.nominations.form({ reference })).open).toBe(false);
    expect(await refusal(me.nominations.submit({ reference, statements: [{ language: "en", statement: english }], answers, acknowledged: true }))).toBe("errors.elections.nomination.closed");
    expect(await candidateRows(w.election.id)).toEqual([]);
  });

  it("applies the election's rule to the resident's tenancy", async () => {
    const w = await nominating();
    const reference = w.election.reference;
    const nominate = async (options: Parameters<typeof addResident>[3]) => {
      const { user } = await addResident(db(), home.landlord.id, home.neighbourhood.id, options);
      const me = await callerAs(db(), user!.id);
      return refusal(me.nominations.submit({ reference, statements: [{ language: "en", statement: english }], answers, acknowledged: true }));
    };
    expect(await nominate({ ended: true })).toBe("errors.elections.nomination.notEligible.former-tenant");
    expect(await nominate({ tenancyRole: "household-member" })).toBe("errors.elections.nomination.notEligible.household-member");
    await db().update(schema.elections).set({ leaseholders: false }).where(eq(schema.elections.id, w.election.id));
    expect(await nominate({ tenure: "leasehold" })).toBe("errors.elections.nomination.notEligible.tenure");
    const { user } = await addResident(db(), home.landlord.id, home.neighbourhood.id, { ended: true });
    expect((await (await callerAs(db(), user!.id)).nominations.open()).find((e) => e.reference === reference)).toMatchObject({ eligible: false, exclusion: "former-tenant" });
    expect(await candidateRows(w.election.id)).toEqual([]);
  });

  it("does not show or take nominations for another landlord's election", async () => {
    const elsewhere = await electionWorld(db(), { phase: "nominations" });
    const { user } = await addResident(db(), home.landlord.id, home.neighbourhood.id);
    const me = await callerAs(db(), user!.id);
    const reference = elsewhere.election.reference;
    expect((await me.nominations.open()).map((e) => e.reference)).not.toContain(reference);
    expect(await refusal(me.nominations.form({ reference }))).toBe("errors.notFound");
    expect(await refusal(me.nominations.submit({ reference, statements: [{ language: "en", statement: english }], answers, acknowledged: true }))).toBe("errors.notFound");
    expect(await candidateRows(elsewhere.election.id)).toEqual([]);
  });
});
