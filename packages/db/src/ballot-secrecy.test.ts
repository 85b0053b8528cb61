import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import postgres from "postgres";
import { cloneDatabase, dropDatabase, uniqueName } from "./testing/server.js";

// Secrecy of the ballot, asserted on the schema itself: whatever the code
// does, the tables give no column that would join a ballot to a voter.
const server = inject("testServerUrl");
const name = uniqueName("hearth_ballot_secrecy");
let sql: postgres.Sql;

const VOTER_SIDE = ["election_voters", "election_voting_codes", "election_roll"];

async function columns(table: string) {
  return sql<{ column_name: string; data_type: string }[]>`select column_name, data_type from information_schema.columns where table_schema = 'public' and table_name = ${table}`;
}

describe("ballot secrecy in the schema", () => {
  beforeAll(async () => {
    sql = postgres(await cloneDatabase(server, inject("templateDatabase"), name), { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await sql.end();
    await dropDatabase(server, name);
  });

  it("gives ballots no time of any kind", async () => {
    const ballot = await columns("election_ballots");
    expect(ballot.length).toBeGreaterThan(0);
    expect(ballot.filter((c) => /time|date/.test(c.data_type)).map((c) => c.column_name)).toEqual([]);
  });

  it("gives no voter-side table a time, a ballot id or a receipt", async () => {
    for (const table of VOTER_SIDE) {
      const cols = await columns(table);
      expect(cols.length, table).toBeGreaterThan(0);
      expect(cols.filter((c) => /time|date/.test(c.data_type) && c.column_name !== "cutoff_on").map((c) => c.column_name), table).toEqual([]);
      expect(cols.map((c) => c.column_name), table).not.toContain("ballot_id");
      expect(cols.map((c) => c.column_name), table).not.toContain("receipt");
    }
  });

  it("shares only the election between ballots and the voter side", async () => {
    const ballot = new Set((await columns("election_ballots")).map((c) => c.column_name));
    for (const table of VOTER_SIDE) {
      const shared = (await columns(table)).map((c) => c.column_name).filter((c) => ballot.has(c));
      expect(shared, table).toEqual(["election_id"]);
    }
  });

  it("has no foreign key from ballots to residents, voters or codes, or back", async () => {
    const keys = await sql<{ from_table: string; to_table: string }[]>`
      select tc.table_name as from_table, ccu.table_name as to_table
      from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
      where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'`;
    const ballotKeys = keys.filter((k) => k.from_table === "election_ballots").map((k) => k.to_table);
    expect(ballotKeys.sort()).toEqual(["election_paper_batches", "elections"]);
    expect(keys.filter((k) => k.to_table === "election_ballots")).toEqual([]);
  });
});
