// The roll: built from tenancies on the cut-off day (or, for an electoral
// college, made of the members an officer adds), reviewed page by page with
// counts by neighbourhood, changed only with a reason, and exported. Every
// change is refused once voting opens (the database refuses it too).
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@hearth/db";
import { writeAudit } from "../../audit.js";
import { refuse } from "../../errors.js";
import { assertNotLocked, changeElection } from "../../repositories/elections/election.js";
import {
  ROLL_PAGE_SIZE,
  findResidents,
  killUnusedCodes,
  notCurrent,
  rebuildRoll,
  rollCountsByNeighbourhood,
  rollEntry,
  rollPage,
  rollPeople,
  rollRows,
} from "../../repositories/elections/roll.js";
import { electionChangeShape, electionReferenceInput, reasonInput, residentSearchInput, rollQueryInput } from "./inputs.js";
import { electionByReference, headerOf, officerProcedure } from "./officer.js";

const { electionRoll } = schema;

const rollChangeInput = z.object({ ...electionChangeShape, residentId: z.uuid({ error: "errors.notFound" }), reason: reasonInput });

export const rollProcedures = {
  /** Draws the roll from tenancies current on the cut-off day; not for an electoral college. */
  buildRoll: officerProcedure.input(z.object(electionChangeShape)).mutation(async ({ ctx, input }) => {
    return changeElection(ctx, input, "election.rollBuilt", async (tx, election) => {
      assertNotLocked(election);
      if (election.row.electorate === "college") throw refuse("CONFLICT", "errors.elections.roll.collegeIsAdded");
      const result = await rebuildRoll(tx, election.row);
      return { result, details: { ...result, cutoffOn: election.row.cutoffOn } };
    });
  }),

  /** One page of the roll, with totals and counts by neighbourhood; removed entries show their reasons. */
  roll: officerProcedure.input(rollQueryInput).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    const { rows, total } = await rollPage(ctx.db, election.row.id, input, input.page);
    const byNeighbourhood = await rollCountsByNeighbourhood(ctx.db, election.row.id);
    return {
      header: headerOf(election),
      cutoffOn: election.row.cutoffOn,
      rows,
      total,
      page: input.page,
      pages: Math.max(1, Math.ceil(total / ROLL_PAGE_SIZE)),
      byNeighbourhood,
      totals: { onRoll: byNeighbourhood.reduce((n, b) => n + b.onRoll, 0), removed: byNeighbourhood.reduce((n, b) => n + b.removed, 0) },
    };
  }),

  /** Residents matching a search, for adding someone to the roll. */
  findResidents: officerProcedure.input(residentSearchInput).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    return findResidents(ctx.db, election.row, input.search);
  }),

  /** Adds someone (or puts a removed entry back), with a reason. Former tenants never. */
  addToRoll: officerProcedure.input(rollChangeInput).mutation(async ({ ctx, input }) => {
    return changeElection(ctx, input, "election.rollAdded", async (tx, election) => {
      assertNotLocked(election);
      const why = await notCurrent(tx, election.row, input.residentId);
      if (why === "unknown") throw refuse("NOT_FOUND", "errors.notFound", { field: "residentId" });
      if (why) throw refuse("CONFLICT", `errors.elections.roll.${why === "former-tenant" ? "formerTenant" : "notStarted"}`, { field: "residentId" });
      const existing = await rollEntry(tx, election.row.id, input.residentId);
      if (existing && !existing.removed) throw refuse("CONFLICT", "errors.elections.roll.alreadyOn", { field: "residentId" });
      const [person] = await rollPeople(tx, election.row.landlordId, { residentId: input.residentId });
      const change = { removed: false, reason: input.reason, changedByUserId: ctx.user.id };
      if (existing) {
        await tx.update(electionRoll).set(change).where(and(eq(electionRoll.electionId, election.row.id), eq(electionRoll.residentId, input.residentId)));
      } else {
        const source = election.row.electorate === "college" ? ("college" as const) : ("officer" as const);
        await tx.insert(electionRoll).values({ electionId: election.row.id, residentId: input.residentId, neighbourhoodId: person!.neighbourhoodId, source, ...change });
      }
      return { result: { residentId: input.residentId }, details: { residentId: input.residentId, reason: input.reason, restored: Boolean(existing) } };
    });
  }),

  /** Takes someone off, with a reason; the entry stays, marked removed, and any unused code dies. */
  removeFromRoll: officerProcedure.input(rollChangeInput).mutation(async ({ ctx, input }) => {
    return changeElection(ctx, input, "election.rollRemoved", async (tx, election) => {
      assertNotLocked(election);
      const existing = await rollEntry(tx, election.row.id, input.residentId);
      if (!existing || existing.removed) throw refuse("CONFLICT", "errors.elections.roll.notOn", { field: "residentId" });
      await tx
        .update(electionRoll)
        .set({ removed: true, reason: input.reason, changedByUserId: ctx.user.id })
        .where(and(eq(electionRoll.electionId, election.row.id), eq(electionRoll.residentId, input.residentId)));
      await killUnusedCodes(tx, election.row.id, [input.residentId]);
      return { result: { residentId: input.residentId }, details: { residentId: input.residentId, reason: input.reason } };
    });
  }),

  /** Every entry of the roll, removed ones too, for the CSV export (the console words the columns). Audited: it is personal data leaving the system. */
  rollExport: officerProcedure.input(z.object({ reference: electionReferenceInput })).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    const rows = await rollRows(ctx.db, election.row.id);
    await writeAudit(ctx.db, { actorUserId: ctx.user.id, action: "election.rollExported", subjectType: "election", subjectId: election.row.id, details: { rows: rows.length }, address: ctx.address }, ctx.now());
    return {
      reference: election.row.reference,
      rows: rows.map((r) => ({ name: `${r.firstName} ${r.lastName}`, tenancyReference: r.tenancyReference, neighbourhood: r.neighbourhood, source: r.source, removed: r.removed, reason: r.reason })),
    };
  }),
};
