// Shared set-up for the officer's election tests: one landlord with two
// neighbourhoods and residents of every kind the roll rules care about,
// officers and the other roles, a clock tests can move, and candidates put
// straight into the tables (nominating is the resident side's job).
import { schema, type Database } from "@hearth/db";
import { formatTenancyReference } from "@hearth/domain/identity";
import { callerAs, createUser } from "../../testing/index.js";

const { landlords, neighbourhoods, homes, tenancies, residents, electionCandidates, electionStatements } = schema;

// Each test file has its own database, so a counter from a random start keeps references unique.
let sequence = Math.floor(Math.random() * 500_000);
const next = () => String(++sequence);

/** A clock set to an ISO instant; `set` moves it. */
export function testClock(iso: string) {
  let current = new Date(iso);
  return { now: () => current, set: (next: string) => (current = new Date(next)) };
}

type Tenure = "secure" | "assured" | "starter" | "leasehold" | "shared-ownership";

export async function residentIn(
  db: Database,
  place: { landlordId: string; neighbourhoodId: string },
  options: { firstName: string; lastName: string; tenure?: Tenure; role?: "lead-tenant" | "joint-tenant" | "household-member"; startDate?: string; endDate?: string | null },
) {
  const n = next();
  const [home] = await db
    .insert(homes)
    .values({ landlordId: place.landlordId, neighbourhoodId: place.neighbourhoodId, addressLine1: `${n} Heol y Felin`, town: "Caerdydd", postcode: "CF24 1AB", bedrooms: 2 })
    .returning();
  const [tenancy] = await db
    .insert(tenancies)
    .values({ homeId: home!.id, reference: formatTenancyReference(Number(n)), tenure: options.tenure ?? "assured", startDate: options.startDate ?? "2019-04-01", endDate: options.endDate ?? null })
    .returning();
  const [resident] = await db
    .insert(residents)
    .values({ landlordId: place.landlordId, tenancyId: tenancy!.id, tenancyRole: options.role ?? "lead-tenant", firstName: options.firstName, lastName: options.lastName })
    .returning();
  return resident!;
}

/** Settings as the create form sends them: a three-seat STV election in early 2027. */
export function settingsForm(overrides: Record<string, unknown> = {}) {
  return {
    title: "Resident board member election 2027",
    body: "Three resident places on the board of Afon Homes.",
    seats: "3",
    system: "stv-scottish" as const,
    nominationsOpenAtDate: "2027-01-04",
    nominationsOpenAtTime: "09:00",
    nominationsCloseAtDate: "2027-01-25",
    nominationsCloseAtTime: "17:00",
    shortlistingByDate: "2027-02-05",
    shortlistingByTime: "17:00",
    votingOpenAtDate: "2027-02-15",
    votingOpenAtTime: "09:00",
    votingCloseAtDate: "2027-03-01",
    votingCloseAtTime: "17:00",
    countAtDate: "2027-03-02",
    countAtTime: "10:00",
    electorate: "tenancies" as const,
    cutoffOn: "2027-01-04",
    tenants: true,
    leaseholders: true,
    neighbourhoodIds: [] as string[],
    collegeName: "",
    ...overrides,
  };
}

/**
 * The world: landlord (the installation's, made first), neighbourhoods
 * Glan-yr-Afon and Maes-y-Coed, and residents: current tenants and a
 * leaseholder on the roll; a former tenant, a household member and a tenant
 * who moved in after the cut-off, never on it.
 */
export async function electionsWorld(db: Database, clock = testClock("2027-01-10T12:00:00Z")) {
  const [landlord] = await db.insert(landlords).values({ slug: `afon-${next()}`, name: "Afon Homes" }).returning();
  const [river] = await db.insert(neighbourhoods).values({ landlordId: landlord!.id, slug: `glan-${next()}`, name: "Glan-yr-Afon" }).returning();
  const [wood] = await db.insert(neighbourhoods).values({ landlordId: landlord!.id, slug: `maes-${next()}`, name: "Maes-y-Coed" }).returning();
  const inRiver = { landlordId: landlord!.id, neighbourhoodId: river!.id };
  const inWood = { landlordId: landlord!.id, neighbourhoodId: wood!.id };
  const people = {
    amina: await residentIn(db, inRiver, { firstName: "Amina", lastName: "Yusuf" }),
    dai: await residentIn(db, inRiver, { firstName: "Dai", lastName: "Jones", role: "joint-tenant" }),
    ewa: await residentIn(db, inWood, { firstName: "Ewa", lastName: "Nowak" }),
    sara: await residentIn(db, inWood, { firstName: "Sara", lastName: "Ahmed", tenure: "leasehold" }),
    former: await residentIn(db, inRiver, { firstName: "Gwyn", lastName: "Price", endDate: "2026-12-01" }),
    household: await residentIn(db, inRiver, { firstName: "Tom", lastName: "Jones", role: "household-member" }),
    newcomer: await residentIn(db, inWood, { firstName: "Ola", lastName: "Kowalska", startDate: "2027-01-05" }),
  };
  // Sara has a portal account; the others vote by code or paper.
  const saraUser = await createUser(db, { roles: ["resident"], residentId: people.sara.id });
  const officer = await createUser(db, { roles: ["election_officer"], name: "Rhian Davies" });
  const second = await createUser(db, { roles: ["election_officer"], name: "Owain Evans" });
  const staff = await createUser(db, { roles: ["staff"] });
  const admin = await createUser(db, { roles: ["admin"] });
  const now = clock.now;
  return {
    clock,
    landlord: landlord!,
    river: river!,
    wood: wood!,
    people,
    saraUser,
    officer,
    asOfficer: await callerAs(db, officer.id, { app: "console", now }),
    asSecond: await callerAs(db, second.id, { app: "console", now }),
    asStaff: await callerAs(db, staff.id, { app: "console", now }),
    asAdmin: await callerAs(db, admin.id, { app: "console", now }),
    asResident: await callerAs(db, saraUser.id, { now }),
    asAnonymous: await callerAs(db, null, { now }),
  };
}

export type ElectionsWorld = Awaited<ReturnType<typeof electionsWorld>>;

/** Creates the election and returns its header (id, reference, version…). */
export async function createElection(world: ElectionsWorld, overrides: Record<string, unknown> = {}) {
  const { reference } = await world.asOfficer.elections.create(settingsForm(overrides));
  return world.asOfficer.elections.header({ reference });
}

/** A nomination as the portal would store it, with a statement in each language given. */
export async function nominate(db: Database, electionId: string, resident: { id: string; firstName: string; lastName: string }, statements: Record<string, string> = { en: "I have lived here for twenty years." }) {
  const [candidate] = await db
    .insert(electionCandidates)
    .values({ electionId, residentId: resident.id, ballotName: `${resident.firstName} ${resident.lastName}`, skills: { experience: "Tenants' association secretary" } })
    .returning();
  const rows = Object.entries(statements).map(([language, statement]) => ({ candidateId: candidate!.id, language, statement }));
  if (rows.length) await db.insert(electionStatements).values(rows);
  return candidate!;
}

/** One panel member's sheet with the same score for every criterion. */
export function sheet(score: number) {
  const entry = { score, reason: "Answered with clear examples" };
  return { experience: entry, lifeSkills: entry, decisions: entry, wholeOrganisation: entry, commitment: entry };
}
