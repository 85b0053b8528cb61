// Opening voting (which fixes everything a ballot depends on), the
// single-use code mail-out, and live turnout while voting is open.
import { sha256 } from "@oslojs/crypto/sha2";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@hearth/db";
import { ballotOrder, chainGenesis, type ElectionPhase } from "@hearth/domain/elections";
import { DEFAULT_LOCALE, isLocale } from "@hearth/domain/identity";
import { refuse, refuseAll } from "../../errors.js";
import { candidateRows } from "../../repositories/elections/candidates.js";
import { assertNotLocked, changeElection } from "../../repositories/elections/election.js";
import { rollSize, turnoutFigures } from "../../repositories/elections/roll.js";
import { hashVotingCode, newVotingCode } from "../../repositories/elections/voting-codes.js";
import { electionChangeShape, electionReferenceInput, issueCodesInput } from "./inputs.js";
import { electionByReference, headerOf, officerProcedure } from "./officer.js";
import { openingCheck } from "./setup.js";

const { elections, electionCandidates, electionRoll, electionVotingCodes, residents, residentProfiles, tenancies, homes, neighbourhoods, users } = schema;

const CLOSED: readonly ElectionPhase[] = ["closed", "counted", "certified", "published"];

export const openingProcedures = {
  /**
   * Opens voting: checks every opening rule, fixes the ballot-paper order
   * (alphabetical by surname), starts the ballot list's hash chain and
   * records who opened it. From here the database refuses any change to the
   * system, seats, candidates or roll.
   */
  open: officerProcedure.input(z.object(electionChangeShape)).mutation(async ({ ctx, input }) => {
    return changeElection(ctx, input, "election.opened", async (tx, election) => {
      assertNotLocked(election);
      const problems = await openingCheck(tx, election, ctx.now());
      if (problems.length) throw refuseAll("CONFLICT", problems.map((p) => ({ key: `errors.${p.key}`, ...("params" in p ? { params: p.params } : {}) })));
      const shortlisted = (await candidateRows(tx, election.row.id)).filter((c) => c.status === "shortlisted");
      const order = ballotOrder(shortlisted.map((c) => ({ id: c.id, surname: c.lastName, forenames: c.firstName })));
      // Positions are unique per election: clear them all, then number the shortlist.
      await tx.update(electionCandidates).set({ position: null }).where(eq(electionCandidates.electionId, election.row.id));
      for (const [position, id] of order.entries()) await tx.update(electionCandidates).set({ position }).where(eq(electionCandidates.id, id));
      const now = ctx.now();
      const genesis = chainGenesis(election.row.id, sha256);
      await tx.update(elections).set({ votingOpenedAt: now, votingOpenedByUserId: ctx.user.id, chainGenesis: genesis }).where(eq(elections.id, election.row.id));
      return {
        result: { reference: election.row.reference },
        details: { ballotOrder: order, rollSize: await rollSize(tx, election.row.id), chainGenesis: genesis },
      };
    });
  }),

  /**
   * Single-use codes for the printed mail-out: for everyone on the roll with
   * no portal account (or everyone, if the officer chooses) who has no code
   * yet, or a replacement for one person with a reason, which kills the old
   * code. The codes are returned this once; only their hashes are kept.
   */
  issueCodes: officerProcedure.input(issueCodesInput).mutation(async ({ ctx, input }) => {
    return changeElection(ctx, input, input.mode === "reissue" ? "election.codeReissued" : "election.codesIssued", async (tx, election) => {
      if (CLOSED.includes(election.phase)) throw refuse("CONFLICT", "errors.elections.codes.closed");
      const { row } = election;
      const hasCode = sql`exists (select 1 from ${electionVotingCodes} where ${electionVotingCodes.electionId} = ${row.id} and ${electionVotingCodes.residentId} = ${electionRoll.residentId})`;
      const people = await tx
        .select({
          residentId: electionRoll.residentId,
          firstName: residents.firstName,
          lastName: residents.lastName,
          addressLine1: homes.addressLine1,
          addressLine2: homes.addressLine2,
          town: homes.town,
          postcode: homes.postcode,
          neighbourhood: neighbourhoods.name,
          // The letter is printed in the resident's own language where they told us one.
          language: residentProfiles.preferredLanguage,
          hasCode: sql<boolean>`${hasCode}`,
        })
        .from(electionRoll)
        .innerJoin(residents, eq(residents.id, electionRoll.residentId))
        .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
        .innerJoin(homes, eq(homes.id, tenancies.homeId))
        .innerJoin(neighbourhoods, eq(neighbourhoods.id, electionRoll.neighbourhoodId))
        .leftJoin(users, eq(users.residentId, residents.id))
        .leftJoin(residentProfiles, eq(residentProfiles.residentId, residents.id))
        .where(
          and(
            eq(electionRoll.electionId, row.id),
            eq(electionRoll.removed, false),
            input.mode === "reissue" ? eq(electionRoll.residentId, input.residentId) : undefined,
            input.mode === "without-account" ? isNull(users.id) : undefined,
          ),
        )
        .orderBy(asc(neighbourhoods.name), asc(homes.postcode), asc(homes.addressLine1), asc(residents.lastName), asc(residents.firstName));

      let recipients = people.filter((p) => !p.hasCode);
      if (input.mode === "reissue") {
        const person = people[0];
        if (!person) throw refuse("CONFLICT", "errors.elections.roll.notOn", { field: "residentId" });
        const [old] = await tx.select().from(electionVotingCodes).where(and(eq(electionVotingCodes.electionId, row.id), eq(electionVotingCodes.residentId, person.residentId)));
        if (old?.used) throw refuse("CONFLICT", "errors.elections.codes.alreadyUsed", { field: "residentId" });
        if (old) await tx.delete(electionVotingCodes).where(eq(electionVotingCodes.codeHash, old.codeHash));
        recipients = [person];
      } else if (recipients.length === 0) {
        throw refuse("CONFLICT", "errors.elections.codes.nobodyNeedsOne");
      }

      const letters = recipients.map(({ hasCode: _had, language, ...person }) => ({ ...person, language: language && isLocale(language) ? language : DEFAULT_LOCALE, code: newVotingCode() }));
      for (let i = 0; i < letters.length; i += 1000) {
        const chunk = letters.slice(i, i + 1000);
        await tx.insert(electionVotingCodes).values(chunk.map((l) => ({ codeHash: hashVotingCode(l.code)!, electionId: row.id, residentId: l.residentId })));
      }
      return {
        result: { reference: row.reference, title: row.title, votingOpenAt: row.votingOpenAt.toISOString(), votingCloseAt: row.votingCloseAt.toISOString(), letters },
        details: input.mode === "reissue" ? { residentId: input.residentId, reason: input.reason } : { mode: input.mode, issued: letters.length },
      };
    });
  }),

  /** Who has voted so far against the roll, by channel and neighbourhood. Never anything about the ballots. */
  turnout: officerProcedure.input(z.object({ reference: electionReferenceInput })).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    const size = await rollSize(ctx.db, election.row.id);
    const { byChannel, byNeighbourhood } = await turnoutFigures(ctx.db, election.row.id);
    const of = (channel: string) => byChannel.find((c) => c.channel === channel)?.n ?? 0;
    const voted = byChannel.reduce((n, c) => n + c.n, 0);
    return {
      header: headerOf(election),
      rollSize: size,
      voted,
      byChannel: { online: of("online"), code: of("code"), paper: of("paper") },
      byNeighbourhood,
    };
  }),
};
