// Elections benchmark (issue 6), against a real PostgreSQL server:
//
//   1. ballots cast per second through the API (`voting.cast` on the tRPC
//      caller: the same authorisation, roll and one-vote checks, ballot
//      reading and transaction as the portal) with 50 voters voting at once;
//   2. the count of 100,000 ballots under Scottish STV: from the database rows
//      (the officer's `electionCount.count`: load the sealed list, check its
//      hash chain from the genesis, run the engine, write the .blt and its
//      SHA-256, record the result) and from the counting engine alone.
//
// Uses TEST_DATABASE_URL's server (or starts a throwaway cluster, as the
// tests do), in a database of its own that is dropped afterwards.
//
//   node --import tsx tooling/bench/elections.ts     (HEARTH_BENCH_RUNS=5 for more engine runs)
import { createHash } from "node:crypto";
import { createDb, migrate, schema, type Database } from "@hearth/db";
import { databaseUrl, dropDatabase, testServerUrl, uniqueName, withAdmin } from "@hearth/db/testing";
import { createCaller, type SessionUser } from "@hearth/api/server";
import { contextFor } from "@hearth/api/testing";
import { RECEIPT_CODE, chainGenesis, countElection, makeCode, type Election } from "../../packages/domain/src/elections/index.js";
import { formatTenancyReference } from "../../packages/domain/src/identity/index.js";
import { percentile, report, type Row } from "./_harness.js";

const VOTERS = 2000;
const CONCURRENCY = 50;
const BALLOTS = 100_000;
const CANDIDATES = 8;
const runs = Math.max(1, Number(process.env["HEARTH_BENCH_RUNS"] ?? 3) || 3);
const DAY = 86_400_000;
const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash("sha256").update(bytes).digest());
let benchUrl = "";

/** A small seeded generator, so every run counts the same ballots. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A preference order leaning on earlier candidates, with a random length, as real papers are. */
function ranking(random: () => number): number[] {
  const left = Array.from({ length: CANDIDATES }, (_, i) => i);
  const length = 1 + Math.floor(random() * CANDIDATES);
  const out: number[] = [];
  while (out.length < length) {
    const weights = left.map((c) => CANDIDATES + 2 - c);
    let roll = random() * weights.reduce((a, b) => a + b, 0);
    const at = weights.findIndex((w) => (roll -= w) < 0);
    out.push(left.splice(at === -1 ? left.length - 1 : at, 1)[0]!);
  }
  return out;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const seconds = (from: number) => (performance.now() - from) / 1000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A landlord, an officer, `voters` residents on the roll (each with an account) and an election open for voting. */
async function openElection(db: Database, reference: string, voters: number, serialFrom: number) {
  const [landlord] = await db.insert(schema.landlords).values({ slug: `bench-${reference.toLowerCase()}`, name: "Bench Homes" }).returning();
  const [area] = await db.insert(schema.neighbourhoods).values({ landlordId: landlord!.id, slug: `area-${reference.toLowerCase()}`, name: "Bench Park" }).returning();
  // Accounts are written directly: hashing thousands of passwords would time the setup, not the votes.
  const [officer] = await db.insert(schema.users).values({ email: `officer-${reference}@bench.example`, name: "Bench Officer", passwordHash: "unused" }).returning();
  await db.insert(schema.userRoles).values({ userId: officer!.id, role: "election_officer" });
  const now = Date.now();
  const [election] = await db
    .insert(schema.elections)
    .values({
      landlordId: landlord!.id,
      reference,
      title: "Benchmark board election",
      body: "Benchmark",
      seats: 3,
      system: "stv-scottish",
      nominationsOpenAt: new Date(now - 30 * DAY),
      nominationsCloseAt: new Date(now - 20 * DAY),
      votingOpenAt: new Date(now - 10 * DAY),
      votingCloseAt: new Date(now + 10 * DAY),
      countAt: new Date(now + 11 * DAY),
      cutoffOn: "2026-01-01",
      createdByUserId: officer!.id,
    })
    .returning();

  const people: { residentId: string; userId: string }[] = [];
  for (const part of chunks(Array.from({ length: voters + CANDIDATES }, (_, i) => i), 1000)) {
    const homes = await db.insert(schema.homes).values(part.map((i) => ({ landlordId: landlord!.id, neighbourhoodId: area!.id, addressLine1: `${i + 1} Bench Street`, town: "Cardiff", postcode: "CF10 1AA", bedrooms: 2 }))).returning({ id: schema.homes.id });
    const tenancies = await db
      .insert(schema.tenancies)
      .values(homes.map((h, j) => ({ homeId: h.id, reference: formatTenancyReference(serialFrom + people.length + j), tenure: "assured" as const, startDate: "2020-01-01" })))
      .returning({ id: schema.tenancies.id });
    const residents = await db
      .insert(schema.residents)
      .values(tenancies.map((t, j) => ({ landlordId: landlord!.id, tenancyId: t.id, tenancyRole: "lead-tenant" as const, firstName: "Voter", lastName: `Number ${people.length + j + 1}` })))
      .returning({ id: schema.residents.id });
    const users = await db
      .insert(schema.users)
      .values(residents.map((r, j) => ({ email: `voter-${reference}-${people.length + j}@bench.example`, name: "Bench Voter", passwordHash: "unused", residentId: r.id })))
      .returning({ id: schema.users.id });
    await db.insert(schema.userRoles).values(users.map((u) => ({ userId: u.id, role: "resident" as const })));
    people.push(...residents.map((r, j) => ({ residentId: r.id, userId: users[j]!.id })));
  }
  const candidates = people.splice(0, CANDIDATES);
  await db.insert(schema.electionCandidates).values(candidates.map((c, i) => ({ electionId: election!.id, residentId: c.residentId, ballotName: `Candidate ${String.fromCharCode(65 + i)}`, position: i, status: "shortlisted" as const })));
  for (const part of chunks(people, 1000)) {
    await db.insert(schema.electionRoll).values(part.map((p) => ({ electionId: election!.id, residentId: p.residentId, neighbourhoodId: area!.id, source: "tenancy" as const })));
  }
  // Opening, as the officer's `open` would leave it (this package reaches the database through postgres.js alone).
  await withAdmin(benchUrl, (sql) => sql`update elections set voting_opened_at = ${new Date(now - 10 * DAY)}, voting_opened_by_user_id = ${officer!.id}, chain_genesis = ${chainGenesis(election!.id, sha256)} where id = ${election!.id}`);
  const candidateIds = (await db.select({ id: schema.electionCandidates.id, position: schema.electionCandidates.position, electionId: schema.electionCandidates.electionId }).from(schema.electionCandidates))
    .filter((c) => c.electionId === election!.id)
    .sort((a, b) => a.position! - b.position!)
    .map((c) => c.id);
  const asUser = (userId: string, residentId: string | null, roles: SessionUser["roles"]): SessionUser => ({
    id: userId,
    email: "bench@bench.example",
    name: "Bench",
    roles,
    residentId,
    landlordId: landlord!.id,
    mustChangePassword: false,
    preferredLanguage: null,
  });
  const officerCaller = createCaller(contextFor(db, { app: "console", user: asUser(officer!.id, null, ["election_officer"]) }));
  return { election: election!, people, candidateIds, officerCaller, voterCaller: (p: { userId: string; residentId: string }) => createCaller(contextFor(db, { user: asUser(p.userId, p.residentId, ["resident"]) })) };
}

async function castingBenchmark(db: Database): Promise<Row> {
  const { election, people, candidateIds, voterCaller } = await openElection(db, "EL-2099-001", VOTERS, 1);
  const random = seeded(6);
  const queue = people.map((p) => ({ p, marks: Object.fromEntries(ranking(random).map((position, i) => [candidateIds[position]!, String(i + 1)])) }));
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < queue.length) {
        const { p, marks } = queue[next++]!;
        const t0 = performance.now();
        try {
          await voterCaller(p).voting.cast({ reference: election.reference, marks });
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const wall = seconds(started);
  const stored = await withAdmin(benchUrl, async (sql) => Number((await sql`select count(*) as n from election_ballots where election_id = ${election.id}`)[0]!.n));
  if (stored !== VOTERS - errors) throw new Error(`expected ${VOTERS - errors} ballots, found ${stored}`);
  latencies.sort((a, b) => a - b);
  return {
    benchmark: "voting.cast through the API (ballot read, one-vote mark, ballot stored)",
    ballots: VOTERS,
    concurrency: CONCURRENCY,
    seconds: +wall.toFixed(2),
    "per second": Math.round(VOTERS / wall),
    "p50 ms": +percentile(latencies, 50).toFixed(1),
    "p95 ms": +percentile(latencies, 95).toFixed(1),
    errors,
  };
}

async function countingBenchmark(db: Database): Promise<Row[]> {
  const { election, candidateIds, officerCaller } = await openElection(db, "EL-2099-002", 0, 500_000);
  const random = seeded(100_000);
  const rankings = Array.from({ length: BALLOTS }, () => ranking(random));
  // The ballots go straight into the table (as many votes as this would take hours through the API).
  let started = performance.now();
  for (const part of chunks(rankings, 5000)) {
    await db.insert(schema.electionBallots).values(part.map((r) => ({ electionId: election.id, receipt: makeCode(crypto.getRandomValues(new Uint8Array(RECEIPT_CODE.symbols)), RECEIPT_CODE), ranking: r })));
  }
  const insert = seconds(started);
  const version = async () => (await officerCaller.elections.header({ reference: election.reference })).version;

  started = performance.now();
  await officerCaller.electionCount.close({ electionId: election.id, version: await version() });
  const close = seconds(started);

  started = performance.now();
  const counted = await officerCaller.electionCount.count({ electionId: election.id, version: await version() });
  const fromDatabase = seconds(started);
  if (counted.ballots !== BALLOTS || counted.elected.length !== 3) throw new Error(`unexpected count: ${JSON.stringify(counted)}`);

  const inMemory: Election = { title: "Benchmark", candidates: candidateIds.map((_, i) => `Candidate ${String.fromCharCode(65 + i)}`), seats: 3, withdrawn: [], ballots: rankings.map((r) => ({ weight: 1, ranking: r })) };
  const engine: number[] = [];
  for (let run = 0; run < runs; run++) {
    started = performance.now();
    const result = countElection(inMemory, "stv-scottish");
    engine.push(seconds(started));
    if (result.elected.join() !== counted.elected.join()) throw new Error("the engine alone elected someone else");
  }
  const row = (benchmark: string, wall: number): Row => ({ benchmark, ballots: BALLOTS, concurrency: 1, seconds: +wall.toFixed(3), "per second": Math.round(BALLOTS / wall), "p50 ms": "", "p95 ms": "", errors: 0 });
  return [
    row("insert 100,000 ballots (setup, 5,000 a statement, through the ballot triggers)", insert),
    row("electionCount.close: seal the hash chain over 100,000 ballots, then rewrite the table in receipt order", close),
    row("electionCount.count from the database (load, verify chain, Scottish STV, .blt + SHA-256, record)", fromDatabase),
    row(`Scottish STV engine alone over the same ballots (median of ${runs})`, median(engine)),
  ];
}

const server = await testServerUrl();
const name = uniqueName("hearth_bench");
await withAdmin(server, (sql) => sql.unsafe(`CREATE DATABASE "${name}"`));
benchUrl = databaseUrl(server, name);
const handle = await createDb({ url: benchUrl, maxConnections: CONCURRENCY });
try {
  await migrate(handle);
  const rows = [await castingBenchmark(handle.db), ...(await countingBenchmark(handle.db))];
  report("elections", rows, { database: `PostgreSQL at ${new URL(server).host}`, pool: CONCURRENCY, voters: VOTERS, candidates: CANDIDATES, seats: 3 });
} finally {
  await handle.close();
  await dropDatabase(server, name);
}
