// A small landlord with residents, an officer and one election at a chosen
// point of its life, for the ballot, nomination and voting tests. Rows are
// written in the order the database triggers allow: candidates and roll
// before voting opens, ballots after.
import { eq } from "drizzle-orm";
import { schema, type Database } from "@hearth/db";
import { formatTenancyReference } from "@hearth/domain/identity";
import { chainBallots, chainGenesis, countScottishStv, formatFixed, stageToJson, type VotingSystem } from "@hearth/domain/elections";
import { sha256 } from "@oslojs/crypto/sha2";
import type { Locale } from "@hearth/domain/identity";
import { createCaller } from "../../caller.js";
import { createSession } from "../../auth/session.js";
import { hashToken } from "../../auth/tokens.js";
import { loadSessionUser } from "../../repositories/users.js";
import { contextFor, createLandlord, createUser } from "../../testing/index.js";
import { hashVotingCode, newVotingCode } from "../../repositories/elections/voting-codes.js";

const DAY = 86_400_000;
let serial = 0;
const nextSerial = () => 100_000 + Math.floor(Math.random() * 800_000) + (serial++ % 1000);

export interface ResidentOptions {
  firstName?: string;
  lastName?: string;
  ended?: boolean;
  tenancyRole?: "lead-tenant" | "joint-tenant" | "household-member";
  tenure?: "secure" | "assured" | "starter" | "leasehold" | "shared-ownership";
  /** Give them a portal account. */
  account?: boolean;
  /** resident_profiles.preferred_language. */
  language?: string;
}

export async function addResident(db: Database, landlordId: string, neighbourhoodId: string, options: ResidentOptions = {}) {
  const n = nextSerial();
  const [home] = await db.insert(schema.homes).values({ landlordId, neighbourhoodId, addressLine1: `${n} Heol y Llan`, town: "Cardiff", postcode: "CF10 1AA", bedrooms: 2 }).returning();
  const [tenancy] = await db
    .insert(schema.tenancies)
    .values({ homeId: home!.id, reference: formatTenancyReference(n), tenure: options.tenure ?? "assured", startDate: "2019-04-01", endDate: options.ended ? "2024-03-31" : null })
    .returning();
  const [resident] = await db
    .insert(schema.residents)
    .values({ landlordId, tenancyId: tenancy!.id, tenancyRole: options.tenancyRole ?? "lead-tenant", firstName: options.firstName ?? "Nia", lastName: options.lastName ?? `Voter${n}` })
    .returning();
  if (options.language) await db.insert(schema.residentProfiles).values({ residentId: resident!.id, preferredLanguage: options.language });
  const user = options.account === false ? null : await createUser(db, { roles: ["resident"], residentId: resident!.id, name: `${resident!.firstName} ${resident!.lastName}` });
  return { resident: resident!, user, tenancy: tenancy! };
}

/** Closing, counting and publishing come after votes: see `closeCountPublish`. */
export type WorldPhase = "nominations" | "ready" | "voting";

export interface WorldOptions {
  phase?: WorldPhase;
  system?: VotingSystem;
  seats?: number;
  candidates?: number;
  /** Residents on the roll, each with an account. */
  voters?: number;
  /** Statements written in these languages, first one first, for every candidate. */
  statementLanguages?: string[];
  /** An existing landlord to hold the election (the portal shows only its installation's first landlord). */
  place?: Place;
}

export interface Place {
  landlord: Awaited<ReturnType<typeof createLandlord>>["landlord"];
  neighbourhood: Awaited<ReturnType<typeof createLandlord>>["neighbourhood"];
  officer: Awaited<ReturnType<typeof createUser>>;
}

/** A landlord with one neighbourhood and an election officer. */
export async function createPlace(db: Database): Promise<Place> {
  const { landlord, neighbourhood } = await createLandlord(db);
  return { landlord, neighbourhood, officer: await createUser(db, { roles: ["election_officer"] }) };
}

/** One landlord, an officer, residents on the roll and an election in the given phase. */
export async function electionWorld(db: Database, options: WorldOptions = {}) {
  const phase = options.phase ?? "voting";
  const { landlord, neighbourhood, officer } = options.place ?? (await createPlace(db));
  const now = Date.now();
  // Nominations open now for "nominations"; everything else has its nominations in the past.
  const start = phase === "nominations" ? now - DAY : now - 30 * DAY;
  const [election] = await db
    .insert(schema.elections)
    .values({
      landlordId: landlord.id,
      reference: `EL-2027-${String(nextSerial()).slice(-3)}${nextSerial()}`,
      title: "Resident board 2027",
      body: "Resident board",
      seats: options.seats ?? 2,
      system: options.system ?? "stv-scottish",
      nominationsOpenAt: new Date(start),
      nominationsCloseAt: new Date(phase === "nominations" ? now + 7 * DAY : now - 20 * DAY),
      votingOpenAt: new Date(phase === "nominations" ? now + 14 * DAY : now - 10 * DAY),
      votingCloseAt: new Date(now + 20 * DAY),
      countAt: new Date(now + 21 * DAY),
      cutoffOn: "2026-01-01",
      createdByUserId: officer.id,
    })
    .returning();
  const electionId = election!.id;

  const candidates = [];
  for (let i = 0; i < (options.candidates ?? (phase === "nominations" ? 0 : 4)); i++) {
    const { resident } = await addResident(db, landlord.id, neighbourhood.id, { firstName: `Candidate${i}`, lastName: `Person${i}` });
    const [candidate] = await db
      .insert(schema.electionCandidates)
      .values({ electionId, residentId: resident.id, ballotName: `${resident.firstName} ${resident.lastName}`, position: i, status: "shortlisted" })
      .returning();
    for (const language of options.statementLanguages ?? ["en"]) {
      await db.insert(schema.electionStatements).values({ candidateId: candidate!.id, language, statement: `Statement of ${candidate!.ballotName} in ${language}` });
    }
    candidates.push(candidate!);
  }

  const voters = [];
  for (let i = 0; i < (options.voters ?? 3); i++) {
    const voter = await addResident(db, landlord.id, neighbourhood.id);
    await db.insert(schema.electionRoll).values({ electionId, residentId: voter.resident.id, neighbourhoodId: neighbourhood.id, source: "tenancy" });
    voters.push({ resident: voter.resident, user: voter.user! });
  }

  if (phase !== "nominations" && phase !== "ready") {
    await db
      .update(schema.elections)
      .set({ votingOpenedAt: new Date(now - 10 * DAY), votingOpenedByUserId: officer.id, chainGenesis: chainGenesis(electionId, sha256) })
      .where(eq(schema.elections.id, electionId));
  }
  return { landlord, neighbourhood, officer, election: election!, candidates, voters };
}

export type ElectionWorld = Awaited<ReturnType<typeof electionWorld>>;

/** A single-use code for one resident, as the officer's mail-out would issue it; returns the printed code. */
export async function issueCode(db: Database, electionId: string, residentId: string): Promise<string> {
  const code = newVotingCode();
  await db.insert(schema.electionVotingCodes).values({ codeHash: hashVotingCode(code)!, electionId, residentId });
  return code;
}

export async function countRows(db: Database, electionId: string) {
  const ballots = await db.select().from(schema.electionBallots).where(eq(schema.electionBallots.electionId, electionId));
  const voters = await db.select().from(schema.electionVoters).where(eq(schema.electionVoters.electionId, electionId));
  return { ballots: ballots.length, voters: voters.length, ballotRows: ballots, voterRows: voters };
}

/**
 * What the count helper (E3's console) does at the end, done directly: close
 * voting, chain the ballot list in receipt order, record the count in the
 * form `hearth-count` prints, two certifications, and publish.
 */
export async function closeCountPublish(db: Database, world: ElectionWorld): Promise<void> {
  const electionId = world.election.id;
  const now = new Date();
  await db.update(schema.elections).set({ votingClosedAt: now, votingClosedByUserId: world.officer.id }).where(eq(schema.elections.id, electionId));
  const ballots = (await db.select().from(schema.electionBallots).where(eq(schema.electionBallots.electionId, electionId))).sort((a, b) => a.receipt.localeCompare(b.receipt));
  const [row] = await db.select({ genesis: schema.elections.chainGenesis }).from(schema.elections).where(eq(schema.elections.id, electionId));
  const chained = chainBallots(row!.genesis!, ballots, sha256);
  for (const [i, entry] of chained.entries()) {
    await db.update(schema.electionBallots).set({ chainPosition: i, chainHash: entry.hash }).where(eq(schema.electionBallots.id, ballots[i]!.id));
  }
  const names = world.candidates.map((c) => c.ballotName);
  const result = countScottishStv({ title: "Board", candidates: names, seats: world.election.seats, withdrawn: [], ballots: ballots.map((b) => ({ weight: 1, ranking: b.ranking })) });
  const stored = {
    rules: result.rules,
    seats: result.seats,
    validVotes: result.validVotes,
    quota: formatFixed(result.quota, result.decimals),
    elected: [...result.elected],
    stages: result.stages.map((stage) => stageToJson(stage, result.decimals)),
  };
  const second = await createUser(db, { roles: ["election_officer"] });
  await db.insert(schema.electionResults).values({ electionId, result: stored, ballots: ballots.length, chainHead: chained.at(-1)?.hash ?? row!.genesis!, bltSha256: "0".repeat(64), countedByUserId: world.officer.id, countedAt: now });
  await db.insert(schema.electionCertifications).values([
    { electionId, userId: world.officer.id, certifiedAt: now },
    { electionId, userId: second.id, certifiedAt: now },
  ]);
  await db.update(schema.elections).set({ publishedAt: now }).where(eq(schema.elections.id, electionId));
}

/** A caller reading pages in `locale` (signed in as `userId`, or anonymous when null). */
export async function callerIn(db: Database, userId: string | null, locale: Locale, now?: () => Date) {
  if (!userId) return createCaller(contextFor(db, { locale, now }));
  const session = await createSession(db, userId, "portal", new Date());
  const user = await loadSessionUser(db, userId);
  return createCaller(contextFor(db, { user, sessionId: hashToken(session.token), locale, now }));
}
