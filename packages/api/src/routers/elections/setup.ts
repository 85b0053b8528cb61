// Setting an election up: the list, the form's options, one election with
// its next steps, creating it and changing its settings (refused once voting
// opens, when the database refuses too).
import { asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@hearth/db";
import { openingProblems, setupTasks, type ElectionPhase } from "@hearth/domain/elections";
import { writeAudit } from "../../audit.js";
import { refuse } from "../../errors.js";
import { candidateCounts, awaitingNotice, candidateRows } from "../../repositories/elections/candidates.js";
import { assertNotLocked, changeElection, phasesOf } from "../../repositories/elections/election.js";
import { needingCodes, rollSize } from "../../repositories/elections/roll.js";
import { checkedSettings, nextReference, settingsView } from "../../repositories/elections/settings.js";
import { installationLandlordId } from "../../repositories/service-areas.js";
import type { Executor } from "@hearth/db";
import type { LoadedElection } from "../../repositories/elections/election.js";
import { electionChangeShape, electionReferenceInput, settingsInput } from "./inputs.js";
import { electionByReference, headerOf, officerProcedure } from "./officer.js";

const { elections, electionVotingCodes, neighbourhoods } = schema;

async function landlordOf(db: Executor): Promise<string> {
  const landlordId = await installationLandlordId(db);
  if (!landlordId) throw refuse("NOT_FOUND", "errors.notFound");
  return landlordId;
}

/** What opening voting would need now, from the rows as they stand. */
export async function openingCheck(db: Executor, election: LoadedElection, now: Date) {
  const { row } = election;
  const candidates = await candidateRows(db, row.id);
  return openingProblems({
    seats: row.seats,
    rollSize: await rollSize(db, row.id),
    shortlisted: candidates.filter((c) => c.status === "shortlisted").map((c) => ({ name: c.ballotName, statements: c.statements.length })),
    timetable: {
      nominationsOpenAt: row.nominationsOpenAt.toISOString(),
      nominationsCloseAt: row.nominationsCloseAt.toISOString(),
      shortlistingBy: row.shortlistingBy?.toISOString() ?? null,
      votingOpenAt: row.votingOpenAt.toISOString(),
      votingCloseAt: row.votingCloseAt.toISOString(),
      countAt: row.countAt.toISOString(),
    },
    now: now.toISOString(),
  });
}

const AFTER_CLOSE: readonly ElectionPhase[] = ["closed", "counted", "certified", "published"];

export const setupProcedures = {
  /** Every election, newest first. */
  list: officerProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db.select().from(elections).orderBy(desc(elections.votingOpenAt), desc(elections.reference));
    const phases = await phasesOf(ctx.db, rows, ctx.now());
    return rows.map((row) => ({
      reference: row.reference,
      title: row.title,
      seats: row.seats,
      system: row.system,
      phase: phases.get(row.id)!,
      votingOpenAt: row.votingOpenAt.toISOString(),
      votingCloseAt: row.votingCloseAt.toISOString(),
    }));
  }),

  /** The landlord's neighbourhoods, for the eligibility question. */
  neighbourhoods: officerProcedure.query(async ({ ctx }) => {
    const landlordId = await landlordOf(ctx.db);
    return ctx.db.select({ id: neighbourhoods.id, name: neighbourhoods.name }).from(neighbourhoods).where(eq(neighbourhoods.landlordId, landlordId)).orderBy(asc(neighbourhoods.name));
  }),

  /** One election: its settings as the form shows them, counts and the officer's next steps. */
  get: officerProcedure.input(z.object({ reference: electionReferenceInput })).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    const { row } = election;
    const counts = await candidateCounts(ctx.db, row.id);
    const size = await rollSize(ctx.db, row.id);
    const [codes] = await ctx.db
      .select({ issued: sql<number>`count(*)`.mapWith(Number), used: sql<number>`count(*) filter (where ${electionVotingCodes.used})`.mapWith(Number) })
      .from(electionVotingCodes)
      .where(eq(electionVotingCodes.electionId, row.id));
    const header = headerOf(election);
    const problems = header.locked ? [] : await openingCheck(ctx.db, election, ctx.now());
    const needing = await needingCodes(ctx.db, row.id);
    const chosen = row.neighbourhoodIds.length
      ? (await ctx.db.select({ id: neighbourhoods.id, name: neighbourhoods.name }).from(neighbourhoods).orderBy(asc(neighbourhoods.name))).filter((n) => row.neighbourhoodIds.includes(n.id))
      : [];
    return {
      header,
      settings: settingsView(row),
      neighbourhoods: chosen,
      rollSize: size,
      candidates: counts,
      codes: { issued: codes?.issued ?? 0, used: codes?.used ?? 0, needing },
      openingProblems: problems,
      tasks: setupTasks({
        opened: header.locked,
        closed: AFTER_CLOSE.includes(election.phase),
        rollSize: size,
        candidates: counts,
        awaitingNotice: (await awaitingNotice(ctx.db, row.id)).length,
        readyToOpen: problems.length === 0,
        needingCodes: needing,
        codesIssued: codes?.issued ?? 0,
      }),
    };
  }),

  create: officerProcedure.input(settingsInput).mutation(async ({ ctx, input }) => {
    const landlordId = await landlordOf(ctx.db);
    return ctx.db.transaction(async (tx) => {
      const values = await checkedSettings(tx, landlordId, input);
      // One reference at a time, so two officers creating at once never draw the same one.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('hearth:election-reference'))`);
      const reference = await nextReference(tx, values.votingOpenAt!);
      const now = ctx.now();
      const [row] = await tx
        .insert(elections)
        .values({ ...values, landlordId, reference, createdByUserId: ctx.user.id, createdAt: now, updatedAt: now })
        .returning({ id: elections.id, reference: elections.reference });
      await writeAudit(tx, { actorUserId: ctx.user.id, action: "election.created", subjectType: "election", subjectId: row!.id, details: { reference, seats: values.seats, system: values.system }, address: ctx.address }, now);
      return row!;
    });
  }),

  /** Changes the settings; refused as a whole once voting has opened. */
  update: officerProcedure.input(settingsInput.and(z.object(electionChangeShape))).mutation(async ({ ctx, input }) => {
    const landlordId = await landlordOf(ctx.db);
    return changeElection(ctx, input, "election.settingsChanged", async (tx, election) => {
      assertNotLocked(election);
      const values = await checkedSettings(tx, landlordId, input);
      await tx.update(elections).set(values).where(eq(elections.id, election.row.id));
      const before = settingsView(election.row);
      const after = settingsView({ ...election.row, ...values } as typeof election.row);
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
      return { result: { reference: election.row.reference }, details: { changed } };
    });
  }),
};
