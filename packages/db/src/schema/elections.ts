import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, stamps } from "./columns.js";
import { landlords, neighbourhoods, residents, users } from "./identity.js";

export const votingSystemEnum = pgEnum("voting_system", ["fptp", "approval", "stv-scottish", "stv-meek"]);
export const electorateEnum = pgEnum("electorate", ["tenancies", "college"]);
export const candidateStatusEnum = pgEnum("candidate_status", ["nominated", "eligible", "ineligible", "shortlisted", "not_shortlisted", "withdrawn"]);
export const rollSourceEnum = pgEnum("roll_source", ["tenancy", "college", "officer"]);
export const voteChannelEnum = pgEnum("vote_channel", ["online", "code", "paper"]);
export const paperBatchStatusEnum = pgEnum("paper_batch_status", ["keyed", "confirmed", "rejected"]);

/**
 * A board or committee election. The system, seats, candidates and roll are
 * fixed once `voting_opened_at` is set; triggers in migration 0005 refuse any
 * change to them after that, whatever code tries.
 */
export const elections = pgTable(
  "elections",
  {
    id: id(),
    landlordId: uuid().notNull().references(() => landlords.id),
    reference: text().notNull().unique(),
    title: text().notNull(),
    body: text().notNull(),
    seats: smallint().notNull(),
    system: votingSystemEnum().notNull(),
    nominationsOpenAt: timestamp({ withTimezone: true }).notNull(),
    nominationsCloseAt: timestamp({ withTimezone: true }).notNull(),
    shortlistingBy: timestamp({ withTimezone: true }),
    votingOpenAt: timestamp({ withTimezone: true }).notNull(),
    votingCloseAt: timestamp({ withTimezone: true }).notNull(),
    countAt: timestamp({ withTimezone: true }).notNull(),
    electorate: electorateEnum().notNull().default("tenancies"),
    cutoffOn: date().notNull(),
    tenants: boolean().notNull().default(true),
    leaseholders: boolean().notNull().default(true),
    /** Empty = every neighbourhood. */
    neighbourhoodIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    collegeName: text(),
    votingOpenedAt: timestamp({ withTimezone: true }),
    votingOpenedByUserId: uuid().references(() => users.id),
    votingClosedAt: timestamp({ withTimezone: true }),
    votingClosedByUserId: uuid().references(() => users.id),
    publishedAt: timestamp({ withTimezone: true }),
    /** Start of the ballot list's hash chain, fixed when voting opens. */
    chainGenesis: text(),
    version: integer().notNull().default(1),
    createdByUserId: uuid().notNull().references(() => users.id),
    updatedByUserId: uuid().references(() => users.id),
    ...stamps(),
  },
  (t) => [index().on(t.landlordId), check("elections_seats_check", sql`${t.seats} between 1 and 50`)],
);

export const electionCandidates = pgTable(
  "election_candidates",
  {
    id: id(),
    electionId: uuid().notNull().references(() => elections.id),
    residentId: uuid().notNull().references(() => residents.id),
    ballotName: text().notNull(),
    /** Order on the ballot paper (0-based), set when the shortlist is final. */
    position: smallint(),
    status: candidateStatusEnum().notNull().default("nominated"),
    /** Answers to the skills questions, keyed by question id. */
    skills: jsonb().$type<Record<string, string>>().notNull().default({}),
    eligibilityNote: text().notNull().default(""),
    outcomeNotifiedAt: timestamp({ withTimezone: true }),
    ...stamps(),
  },
  (t) => [uniqueIndex().on(t.electionId, t.residentId), uniqueIndex("election_candidates_position").on(t.electionId, t.position)],
);

/** A candidate's statement, in each language they wrote one in. */
export const electionStatements = pgTable(
  "election_statements",
  {
    candidateId: uuid().notNull().references(() => electionCandidates.id, { onDelete: "cascade" }),
    language: text().notNull(),
    statement: text().notNull(),
    ...stamps(),
  },
  (t) => [primaryKey({ columns: [t.candidateId, t.language] })],
);

/** The shortlisting panel's scores (the hybrid route of People First), each with a reason. */
export const electionShortlistScores = pgTable(
  "election_shortlist_scores",
  {
    candidateId: uuid().notNull().references(() => electionCandidates.id, { onDelete: "cascade" }),
    scorerUserId: uuid().notNull().references(() => users.id),
    criterion: text().notNull(),
    score: smallint().notNull(),
    reason: text().notNull(),
    ...stamps(),
  },
  (t) => [primaryKey({ columns: [t.candidateId, t.scorerUserId, t.criterion] }), check("election_shortlist_scores_check", sql`${t.score} between 0 and 5`)],
);

/** Who may vote. Officer changes carry a reason (and an audit entry); removals are kept, marked removed. */
export const electionRoll = pgTable(
  "election_roll",
  {
    electionId: uuid().notNull().references(() => elections.id),
    residentId: uuid().notNull().references(() => residents.id),
    neighbourhoodId: uuid().notNull().references(() => neighbourhoods.id),
    source: rollSourceEnum().notNull(),
    removed: boolean().notNull().default(false),
    reason: text().notNull().default(""),
    changedByUserId: uuid().references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.electionId, t.residentId] }), index().on(t.electionId, t.neighbourhoodId)],
);

/**
 * The marked register: that a voter has voted, and by which channel, never
 * what or when. Its primary key is what makes one vote per voter hold under
 * any concurrency. Nothing here (no id, no time) can be matched to a ballot.
 */
export const electionVoters = pgTable(
  "election_voters",
  {
    electionId: uuid().notNull().references(() => elections.id),
    residentId: uuid().notNull().references(() => residents.id),
    channel: voteChannelEnum().notNull(),
  },
  (t) => [primaryKey({ columns: [t.electionId, t.residentId] })],
);

/** Single-use codes for residents without an account; only a hash is kept. */
export const electionVotingCodes = pgTable(
  "election_voting_codes",
  {
    codeHash: text().primaryKey(),
    electionId: uuid().notNull().references(() => elections.id),
    residentId: uuid().notNull().references(() => residents.id),
    used: boolean().notNull().default(false),
  },
  (t) => [uniqueIndex().on(t.electionId, t.residentId)],
);

/**
 * Ballots: a random id, the receipt and the ranking (ballot-paper positions).
 * No voter, no time, no channel. Paper ballots belong to a batch that counts
 * once a second officer confirms it. The chain columns are filled at the close,
 * in receipt order, so the list's order says nothing about when anyone voted.
 */
export const electionBallots = pgTable(
  "election_ballots",
  {
    id: uuid().primaryKey().defaultRandom(),
    electionId: uuid().notNull().references(() => elections.id),
    receipt: text().notNull(),
    ranking: smallint().array().notNull(),
    batchId: uuid().references(() => electionPaperBatches.id),
    chainPosition: integer(),
    chainHash: text(),
  },
  (t) => [uniqueIndex().on(t.electionId, t.receipt), index().on(t.batchId)],
);

export const electionPaperBatches = pgTable(
  "election_paper_batches",
  {
    id: id(),
    electionId: uuid().notNull().references(() => elections.id),
    label: text().notNull(),
    papers: integer().notNull(),
    status: paperBatchStatusEnum().notNull().default("keyed"),
    keyedByUserId: uuid().notNull().references(() => users.id),
    confirmedByUserId: uuid().references(() => users.id),
    ...stamps(),
  },
  (t) => [index().on(t.electionId), check("election_paper_batches_second_officer", sql`${t.confirmedByUserId} is null or ${t.confirmedByUserId} <> ${t.keyedByUserId}`)],
);

/** The count as run by the counting engine, and the two officers who certified it. */
export const electionResults = pgTable("election_results", {
  electionId: uuid()
    .primaryKey()
    .references(() => elections.id),
  result: jsonb().$type<Record<string, unknown>>().notNull(),
  ballots: integer().notNull(),
  chainHead: text().notNull(),
  bltSha256: text().notNull(),
  countedByUserId: uuid().notNull().references(() => users.id),
  countedAt: timestamp({ withTimezone: true }).notNull(),
});

export const electionCertifications = pgTable(
  "election_certifications",
  {
    electionId: uuid().notNull().references(() => elections.id),
    userId: uuid().notNull().references(() => users.id),
    certifiedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.electionId, t.userId] })],
);
