// The election officer's router for everything after voting opens: paper
// ballots, closing, the count, certification and publication, the ballot
// file and verification bundle (public once published).
import { router } from "../../trpc.js";
import { countProcedures } from "./count.js";
import { downloadProcedures } from "./downloads.js";
import { paperProcedures } from "./paper.js";

export const electionCountRouter = router({
  ...paperProcedures,
  ...countProcedures,
  ...downloadProcedures,
});
