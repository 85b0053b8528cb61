import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import postgres from "postgres";
import { cloneDatabase, dropDatabase, uniqueName } from "./testing/server.js";

// The locks live in the database (migration 0005), so they are tested there
// with plain SQL: no code path, however written, gets round them.
const server = inject("testServerUrl");
const name = uniqueName("hearth_election_locks");
let sql: postgres.Sql;

async function world() {
  const [landlord] = await sql`insert into landlords (slug, name) values (${uniqueName("l")}, 'Afon Homes') returning id`;
  const [area] = await sql`insert into neighbourhoods (landlord_id, slug, name) values (${landlord!.id}, 'maes', 'Maes y Coed') returning id`;
  const [home] = await sql`insert into homes (landlord_id, neighbourhood_id, address_line1, town, postcode, bedrooms) values (${landlord!.id}, ${area!.id}, '1 Coed Glas', 'Cardiff', 'CF14 1AA', 2) returning id`;
  const [tenancy] = await sql`insert into tenancies (home_id, reference, tenure, start_date) values (${home!.id}, ${uniqueName("t")}, 'assured', '2020-01-01') returning id`;
  const residents = await sql`insert into residents (landlord_id, tenancy_id, tenancy_role, first_name, last_name)
    values (${landlord!.id}, ${tenancy!.id}, 'lead-tenant', 'Amira', 'Hassan'), (${landlord!.id}, ${tenancy!.id}, 'joint-tenant', 'Bryn', 'Evans') returning id`;
  const [officer] = await sql`insert into users (email, name, password_hash) values (${`${uniqueName("o")}@example.test`}, 'Officer', 'x') returning id`;
  const [election] = await sql`insert into elections (landlord_id, reference, title, body, seats, system, nominations_open_at, nominations_close_at,
      voting_open_at, voting_close_at, count_at, cutoff_on, created_by_user_id)
    values (${landlord!.id}, ${uniqueName("EL")}, 'Board 2027', 'Board', 3, 'stv-scottish', '2027-01-01', '2027-01-20', '2027-02-01', '2027-02-20', '2027-02-21', '2027-01-01', ${officer!.id})
    returning id`;
  const [candidate] = await sql`insert into election_candidates (election_id, resident_id, ballot_name, position) values (${election!.id}, ${residents[0]!.id}, 'Amira Hassan', 0) returning id`;
  await sql`insert into election_roll (election_id, resident_id, neighbourhood_id, source) values (${election!.id}, ${residents[0]!.id}, ${area!.id}, 'tenancy')`;
  return { election: election!.id as string, candidate: candidate!.id as string, residents: residents.map((r) => r.id as string), area: area!.id as string, officer: officer!.id as string };
}

const refused = /locked|not taking votes|can only grow|cannot be changed|final/;

describe("election locks in the database", () => {
  beforeAll(async () => {
    sql = postgres(await cloneDatabase(server, inject("templateDatabase"), name), { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await sql.end();
    await dropDatabase(server, name);
  });

  it("lets officers change everything before voting opens, and takes no votes yet", async () => {
    const w = await world();
    await sql`update elections set seats = 2, system = 'stv-meek' where id = ${w.election}`;
    await sql`update election_candidates set ballot_name = 'Amira H.' where id = ${w.candidate}`;
    await expect(sql`insert into election_voters (election_id, resident_id, channel) values (${w.election}, ${w.residents[0]!}, 'online')`).rejects.toThrow(refused);
    await expect(sql`insert into election_ballots (election_id, receipt, ranking) values (${w.election}, 'R1', '{0}')`).rejects.toThrow(refused);
  });

  it("fixes the system, seats, candidates, statements and roll once voting opens", async () => {
    const w = await world();
    await sql`update elections set voting_opened_at = now(), chain_genesis = 'g' where id = ${w.election}`;
    await expect(sql`update elections set seats = 4 where id = ${w.election}`).rejects.toThrow(refused);
    await expect(sql`update elections set system = 'fptp' where id = ${w.election}`).rejects.toThrow(refused);
    await expect(sql`update elections set voting_opened_at = null where id = ${w.election}`).rejects.toThrow(refused);
    await expect(sql`update elections set cutoff_on = '2027-01-02' where id = ${w.election}`).rejects.toThrow(refused);
    await expect(sql`update election_candidates set ballot_name = 'Someone else' where id = ${w.candidate}`).rejects.toThrow(refused);
    await expect(sql`insert into election_candidates (election_id, resident_id, ballot_name) values (${w.election}, ${w.residents[1]!}, 'Bryn Evans')`).rejects.toThrow(refused);
    await expect(sql`insert into election_statements (candidate_id, language, statement) values (${w.candidate}, 'en', 'Late words')`).rejects.toThrow(refused);
    await expect(sql`delete from election_roll where election_id = ${w.election}`).rejects.toThrow(refused);
    await expect(sql`insert into election_roll (election_id, resident_id, neighbourhood_id, source) values (${w.election}, ${w.residents[1]!}, ${w.area}, 'officer')`).rejects.toThrow(refused);
    // The timetable may still move (an officer extends voting, say).
    await sql`update elections set voting_close_at = '2027-02-27' where id = ${w.election}`;
  });

  it("keeps one mark per voter, and ballots only grow", async () => {
    const w = await world();
    await sql`update elections set voting_opened_at = now(), chain_genesis = 'g' where id = ${w.election}`;
    await sql`insert into election_voters (election_id, resident_id, channel) values (${w.election}, ${w.residents[0]!}, 'online')`;
    await expect(sql`insert into election_voters (election_id, resident_id, channel) values (${w.election}, ${w.residents[0]!}, 'code')`).rejects.toThrow(/duplicate key/);
    await expect(sql`delete from election_voters where election_id = ${w.election}`).rejects.toThrow(refused);
    const [ballot] = await sql`insert into election_ballots (election_id, receipt, ranking) values (${w.election}, 'R1', '{0}') returning id`;
    await expect(sql`update election_ballots set ranking = '{1}' where id = ${ballot!.id}`).rejects.toThrow(refused);
    await expect(sql`update election_ballots set chain_hash = 'h', chain_position = 0 where id = ${ballot!.id}`).rejects.toThrow(refused);
    await expect(sql`delete from election_ballots where id = ${ballot!.id}`).rejects.toThrow(refused);
  });

  it("after the close takes only paper, writes the chain once, and freezes at the count", async () => {
    const w = await world();
    await sql`update elections set voting_opened_at = now(), chain_genesis = 'g' where id = ${w.election}`;
    const [ballot] = await sql`insert into election_ballots (election_id, receipt, ranking) values (${w.election}, 'R1', '{0}') returning id`;
    await sql`update elections set voting_closed_at = now() where id = ${w.election}`;
    await expect(sql`update elections set voting_closed_at = null where id = ${w.election}`).rejects.toThrow(/closed/);
    await expect(sql`insert into election_voters (election_id, resident_id, channel) values (${w.election}, ${w.residents[1]!}, 'online')`).rejects.toThrow(refused);
    await sql`insert into election_voters (election_id, resident_id, channel) values (${w.election}, ${w.residents[1]!}, 'paper')`;
    const [batch] = await sql`insert into election_paper_batches (election_id, label, papers, keyed_by_user_id) values (${w.election}, 'Batch 1', 1, ${w.officer}) returning id`;
    await expect(sql`update election_paper_batches set confirmed_by_user_id = ${w.officer} where id = ${batch!.id}`).rejects.toThrow(/second_officer/);
    await sql`insert into election_ballots (election_id, receipt, ranking, batch_id) values (${w.election}, 'R2', '{0}', ${batch!.id})`;
    await sql`update election_ballots set chain_hash = 'h1', chain_position = 0 where id = ${ballot!.id}`;
    await expect(sql`update election_ballots set chain_hash = 'h9' where id = ${ballot!.id}`).rejects.toThrow(refused);
    await sql`insert into election_results (election_id, result, ballots, chain_head, blt_sha256, counted_by_user_id, counted_at) values (${w.election}, '{}', 2, 'h2', 's', ${w.officer}, now())`;
    await expect(sql`insert into election_ballots (election_id, receipt, ranking, batch_id) values (${w.election}, 'R3', '{0}', ${batch!.id})`).rejects.toThrow(refused);
    await expect(sql`update election_results set ballots = 3 where election_id = ${w.election}`).rejects.toThrow(refused);
  });
});
