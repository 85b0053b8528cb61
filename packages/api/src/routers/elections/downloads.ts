// The anonymised ballots as a .blt file and the verification bundle: for
// officers once the count is recorded, and for anyone once the result is
// published (the portal serves those). Both are rebuilt from the chained
// list; a file that no longer matches the SHA-256 recorded at the count
// would show the list had changed.
import type { Executor } from "@hearth/db";
import { refuse } from "../../errors.js";
import type { LoadedElection } from "../../repositories/elections/election.js";
import { countedBlt, verificationBundle } from "../../repositories/elections/verification.js";
import { installationLandlordId } from "../../repositories/service-areas.js";
import { publicProcedure } from "../../trpc.js";
import { referenceInput } from "./count-inputs.js";
import { electionByReference, officerProcedure } from "./officer.js";

const COUNTED = ["counted", "certified", "published"];

function assertCounted(election: LoadedElection): void {
  if (!COUNTED.includes(election.phase)) throw refuse("CONFLICT", "errors.elections.counting.notCounted");
}

/** A published election of this installation, or NOT_FOUND: nothing is public before publication. */
async function publishedElection(db: Executor, reference: string, now: Date): Promise<LoadedElection> {
  const election = await electionByReference(db, reference, now);
  if (election.phase !== "published" || election.row.landlordId !== (await installationLandlordId(db))) throw refuse("NOT_FOUND", "errors.notFound");
  return election;
}

export const downloadProcedures = {
  blt: officerProcedure.input(referenceInput).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    assertCounted(election);
    return countedBlt(ctx.db, election.row);
  }),

  bundle: officerProcedure.input(referenceInput).query(async ({ ctx, input }) => {
    const election = await electionByReference(ctx.db, input.reference, ctx.now());
    assertCounted(election);
    return verificationBundle(ctx.db, election.row);
  }),

  publishedBlt: publicProcedure.input(referenceInput).query(async ({ ctx, input }) => {
    return countedBlt(ctx.db, (await publishedElection(ctx.db, input.reference, ctx.now())).row);
  }),

  publishedBundle: publicProcedure.input(referenceInput).query(async ({ ctx, input }) => {
    return verificationBundle(ctx.db, (await publishedElection(ctx.db, input.reference, ctx.now())).row);
  }),
};
