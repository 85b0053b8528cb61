// The election officer's router: setting an election up, its roll, the
// candidates and shortlisting, opening voting, single-use codes and live
// turnout. Every change goes through changeElection (locked row, version
// check, audit entry); anything a ballot depends on is refused once voting opens.
import { z } from "zod";
import { router } from "../../trpc.js";
import { candidateProcedures } from "./candidates.js";
import { electionReferenceInput } from "./inputs.js";
import { electionByReference, headerOf, officerProcedure } from "./officer.js";
import { openingProcedures } from "./opening.js";
import { rollProcedures } from "./roll.js";
import { setupProcedures } from "./setup.js";

export const electionsRouter = router({
  /** What every election page shows above its content. */
  header: officerProcedure.input(z.object({ reference: electionReferenceInput })).query(async ({ ctx, input }) => {
    return headerOf(await electionByReference(ctx.db, input.reference, ctx.now()));
  }),
  ...setupProcedures,
  ...rollProcedures,
  ...candidateProcedures,
  ...openingProcedures,
});
