// Demo elections: last year's resident board election, run to the end
// (roll, six shortlisted candidates, a few hundred votes online, by code and
// on paper, closed, counted, certified by two officers and published), and
// this year's, open for nominations. Rows go in in the order the database's
// election triggers allow, and the count is the real one over those ballots.
import { eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { RECEIPT_CODE, ballotOrder, chainGenesis, formatElectionReference, makeCode, rollExclusion, ukInstant, type RollRule } from "@hearth/domain/elections";
import { sha256 } from "@oslojs/crypto/sha2";
import { sealChain } from "../repositories/elections/ballot-list.js";
import { recordCount } from "../repositories/elections/results.js";
import { DEMO_ACCOUNTS } from "./demo-landlord.js";
import { seededRandom } from "./random.js";

const { elections, electionCandidates, electionStatements, electionRoll, electionVoters, electionBallots, electionPaperBatches, electionCertifications, users, userRoles, residents, tenancies, homes } = schema;

/** A second election officer, so batches and the count can be checked by someone other than Gareth. */
export const SECOND_OFFICER = { email: "nerys.thomas@afonhomes.example", name: "Nerys Thomas" } as const;

const DAY = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Statements in the candidates' own words and languages; the first is their main one. */
const STATEMENTS: Record<string, string>[] = [
  { en: "I have chaired our tenants' association for six years and want residents' repairs experience heard where budgets are set." },
  { cy: "Rwy'n byw yma ers ugain mlynedd ac eisiau i'r bwrdd glywed lleisiau tenantiaid sy'n siarad Cymraeg.", en: "I have lived here for twenty years and want the board to hear from Welsh-speaking tenants." },
  { en: "As a former school governor I know how a board holds managers to account, and I would bring that to Afon Homes." },
  { pl: "Pracuję w księgowości i chcę pomóc zarządowi pilnować, by czynsze były wydawane rozsądnie.", en: "I work in bookkeeping and want to help the board make sure rent money is spent wisely." },
  { en: "I care for my mother at home and want the board to think about older and disabled residents in every decision." },
  { en: "I run the community garden on our estate and would push for safer, greener shared spaces." },
];

/** How popular each candidate is, so the count has surpluses and exclusions to show. */
const SUPPORT = [30, 22, 18, 14, 10, 6];

function rankingFor(random: ReturnType<typeof seededRandom>, candidates: number): number[] {
  const left = Array.from({ length: candidates }, (_, i) => i);
  const length = Math.min(candidates, random.pick([1, 2, 2, 3, 3, 3, 4, 4, 5, 6]));
  const ranking: number[] = [];
  while (ranking.length < length) {
    const total = left.reduce((sum, c) => sum + SUPPORT[c]!, 0);
    let roll = random.next() * total;
    const index = left.findIndex((c) => (roll -= SUPPORT[c]!) < 0);
    ranking.push(left.splice(index === -1 ? left.length - 1 : index, 1)[0]!);
  }
  return ranking;
}

async function rollOf(tx: Executor, landlordId: string, rule: RollRule) {
  const people = await tx
    .select({
      residentId: residents.id,
      firstName: residents.firstName,
      lastName: residents.lastName,
      tenure: tenancies.tenure,
      tenancyRole: residents.tenancyRole,
      tenancyStartedOn: tenancies.startDate,
      tenancyEndedOn: tenancies.endDate,
      neighbourhoodId: homes.neighbourhoodId,
      reference: tenancies.reference,
    })
    .from(residents)
    .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
    .innerJoin(homes, eq(homes.id, tenancies.homeId))
    .where(eq(residents.landlordId, landlordId))
    .orderBy(tenancies.reference, residents.lastName, residents.firstName);
  return people.filter((person) => rollExclusion(person, rule) === null);
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function seedElections(tx: Executor, options: { landlordId: string; passwordHash: string; now: Date }) {
  const { landlordId, now } = options;
  const random = seededRandom(2027);
  const [gareth] = await tx.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS[3].email));
  if (!gareth) throw new Error("The demo election officer is missing; create users before elections");
  const [nerys] = await tx.insert(users).values({ email: SECOND_OFFICER.email, name: SECOND_OFFICER.name, passwordHash: options.passwordHash }).returning({ id: users.id });
  await tx.insert(userRoles).values({ userId: nerys!.id, role: "election_officer" });
  const officers = { gareth: gareth.id, nerys: nerys!.id };
  const demoResidents = await tx
    .select({ residentId: users.residentId })
    .from(users)
    .where(inArray(users.email, DEMO_ACCOUNTS.map((a) => a.email)));
  const demo = new Set(demoResidents.map((r) => r.residentId));

  // ── Last year's board election, published ─────────────────────────────
  const year = now.getUTCFullYear() - 1;
  const day = (month: number, date: number) => `${year}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
  const at = (iso: string, time: string) => new Date(ukInstant(iso, time));
  const rule: RollRule = { cutoffOn: day(3, 2), tenants: true, leaseholders: true };
  const past = {
    landlordId,
    reference: formatElectionReference(year, 1),
    title: `Resident board members ${year}`,
    body: "Three residents join the board of Afon Homes for three years, to bring tenants' and leaseholders' experience to its decisions.",
    seats: 3,
    system: "stv-scottish" as const,
    nominationsOpenAt: at(day(3, 2), "09:00"),
    nominationsCloseAt: at(day(3, 23), "17:00"),
    shortlistingBy: at(day(4, 6), "17:00"),
    votingOpenAt: at(day(4, 20), "09:00"),
    votingCloseAt: at(day(5, 11), "17:00"),
    countAt: at(day(5, 12), "10:00"),
    cutoffOn: rule.cutoffOn,
    createdByUserId: officers.gareth,
    createdAt: at(day(2, 16), "10:00"),
  };
  const [row] = await tx.insert(elections).values(past).returning();
  const roll = await rollOf(tx, landlordId, rule);
  for (const part of chunks(roll, 1000)) {
    await tx.insert(electionRoll).values(part.map((p) => ({ electionId: row!.id, residentId: p.residentId, neighbourhoodId: p.neighbourhoodId, source: "tenancy" as const })));
  }

  // Candidates: six lead tenants from across the estate, none of them demo accounts.
  const standing = roll.filter((p) => p.tenancyRole === "lead-tenant" && !demo.has(p.residentId)).filter((_, i) => i % 97 === 13).slice(0, STATEMENTS.length);
  const order = ballotOrder(standing.map((p) => ({ id: p.residentId, surname: p.lastName, forenames: p.firstName })));
  const candidates = await tx
    .insert(electionCandidates)
    .values(standing.map((p) => ({ electionId: row!.id, residentId: p.residentId, ballotName: `${p.firstName} ${p.lastName}`, position: order.indexOf(p.residentId), status: "shortlisted" as const, skills: { experience: "Tenants' association and community work" }, outcomeNotifiedAt: past.shortlistingBy })))
    .returning({ id: electionCandidates.id, residentId: electionCandidates.residentId, position: electionCandidates.position });
  await tx.insert(electionStatements).values(
    standing.flatMap((p, i) => {
      const candidate = candidates.find((c) => c.residentId === p.residentId)!;
      return Object.entries(STATEMENTS[i]!).map(([language, statement]) => ({ candidateId: candidate.id, language, statement }));
    }),
  );
  // Popularity follows the order candidates were chosen in, not the ballot paper.
  const supportRank = standing.map((p) => candidates.find((c) => c.residentId === p.residentId)!.position!);

  await tx.update(elections).set({ votingOpenedAt: past.votingOpenAt, votingOpenedByUserId: officers.gareth, chainGenesis: chainGenesis(row!.id, sha256) }).where(eq(elections.id, row!.id));

  // About one in five on the roll voted: most online or by code, a batch of forty on paper.
  const voters = roll.filter(() => random.next() < 0.21);
  const paperVoters = voters.slice(0, 40);
  const channelOf = (i: number) => (i < paperVoters.length ? ("paper" as const) : random.next() < 0.55 ? ("online" as const) : ("code" as const));
  await tx.insert(electionVoters).values(voters.map((p, i) => ({ electionId: row!.id, residentId: p.residentId, channel: channelOf(i) })));
  const [batch] = await tx
    .insert(electionPaperBatches)
    .values({ electionId: row!.id, label: "Post tray 1", papers: paperVoters.length, keyedByUserId: officers.gareth, createdAt: at(day(5, 12), "10:30"), updatedAt: at(day(5, 12), "11:00") })
    .returning({ id: electionPaperBatches.id });
  const ballots = voters.map((_, i) => ({
    electionId: row!.id,
    receipt: makeCode(crypto.getRandomValues(new Uint8Array(RECEIPT_CODE.symbols)), RECEIPT_CODE),
    ranking: rankingFor(random, candidates.length).map((c) => supportRank[c]!),
    batchId: i < paperVoters.length ? batch!.id : null,
  }));
  // A void paper in the batch, as real batches have.
  ballots[3] = { ...ballots[3]!, ranking: [] };
  // Stored in no particular order, so the table's physical order says nothing about the register's.
  for (let i = ballots.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [ballots[i], ballots[j]] = [ballots[j]!, ballots[i]!];
  }
  for (const part of chunks(ballots, 500)) await tx.insert(electionBallots).values(part);
  await tx.update(electionPaperBatches).set({ status: "confirmed", confirmedByUserId: officers.nerys }).where(eq(electionPaperBatches.id, batch!.id));

  const closedAt = past.votingCloseAt;
  await tx.update(elections).set({ votingClosedAt: closedAt, votingClosedByUserId: officers.gareth }).where(eq(elections.id, row!.id));
  const [closed] = await tx.select().from(elections).where(eq(elections.id, row!.id));
  await sealChain(tx, closed!);
  await recordCount(tx, closed!, { userId: officers.gareth, now: at(day(5, 12), "12:00") });
  await tx.insert(electionCertifications).values([
    { electionId: row!.id, userId: officers.gareth, certifiedAt: at(day(5, 12), "12:30") },
    { electionId: row!.id, userId: officers.nerys, certifiedAt: at(day(5, 12), "12:45") },
  ]);
  await tx.update(elections).set({ publishedAt: at(day(5, 12), "14:00"), version: 12 }).where(eq(elections.id, row!.id));

  // ── This year's, open for nominations ─────────────────────────────────
  const today = isoDay(now);
  const from = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY);
  const when = (days: number, time: string) => new Date(ukInstant(isoDay(from(days)), time));
  const openRule: RollRule = { cutoffOn: isoDay(from(-3)), tenants: true, leaseholders: true };
  const [open] = await tx
    .insert(elections)
    .values({
      landlordId,
      reference: formatElectionReference(from(32).getUTCFullYear(), 1),
      title: `Resident board members ${from(32).getUTCFullYear()}`,
      body: "Two residents join the board of Afon Homes for three years. Any tenant or leaseholder can stand: read what the role involves, then nominate yourself.",
      seats: 2,
      system: "stv-scottish",
      nominationsOpenAt: when(-3, "09:00"),
      nominationsCloseAt: when(18, "17:00"),
      shortlistingBy: when(25, "17:00"),
      votingOpenAt: when(32, "09:00"),
      votingCloseAt: when(46, "17:00"),
      countAt: when(47, "10:00"),
      cutoffOn: openRule.cutoffOn,
      createdByUserId: officers.gareth,
      createdAt: when(-10, "10:00"),
    })
    .returning({ id: elections.id });
  const openRoll = await rollOf(tx, landlordId, openRule);
  for (const part of chunks(openRoll, 1000)) {
    await tx.insert(electionRoll).values(part.map((p) => ({ electionId: open!.id, residentId: p.residentId, neighbourhoodId: p.neighbourhoodId, source: "tenancy" as const })));
  }
  // Two nominations have come in for the officer to check.
  const nominees = openRoll.filter((p) => p.tenancyRole === "lead-tenant" && !demo.has(p.residentId) && !standing.some((s) => s.residentId === p.residentId)).filter((_, i) => i % 131 === 7).slice(0, 2);
  const nominated = await tx
    .insert(electionCandidates)
    .values(nominees.map((p) => ({ electionId: open!.id, residentId: p.residentId, ballotName: `${p.firstName} ${p.lastName}`, skills: { experience: "Volunteer at the food bank and our residents' forum" } })))
    .returning({ id: electionCandidates.id });
  await tx.insert(electionStatements).values(nominated.map((c, i) => ({ candidateId: c.id, language: "en", statement: STATEMENTS[(i + 2) % STATEMENTS.length]!.en! })));

  return { published: past.reference, ballots: ballots.length };
}
