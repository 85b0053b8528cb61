import { router } from "./trpc.js";
import { auditRouter } from "./routers/identity/audit.js";
import { authRouter } from "./routers/identity/auth.js";
import { claimRouter } from "./routers/identity/claim.js";
import { profileRouter } from "./routers/identity/profile.js";
import { usersRouter } from "./routers/identity/users.js";
import { systemRouter } from "./routers/system.js";
import { caseworkRouter } from "./routers/complaints/casework.js";
import { holidaysRouter } from "./routers/complaints/holidays.js";
import { complaintPerformanceRouter } from "./routers/complaints/performance.js";
import { complaintsRouter } from "./routers/complaints/resident.js";
import { messagesRouter } from "./routers/messaging/messages.js";
import { reviewEvidenceRouter } from "./routers/reviews/evidence.js";
import { fourCsRouter } from "./routers/reviews/four-cs.js";
import { reviewPublicationRouter } from "./routers/reviews/publication.js";
import { publishedReviewsRouter } from "./routers/reviews/published.js";
import { reviewWorkspaceRouter } from "./routers/reviews/workspace.js";
import { reviewProgrammeRouter } from "./routers/reviews/programme.js";
import { starsRouter } from "./routers/reviews/stars.js";
import { marketTestRouter } from "./routers/reviews/market-test.js";
import { reviewPlanRouter } from "./routers/reviews/plan.js";
import { electionsRouter } from "./routers/elections/elections.js";
import { nominationsRouter } from "./routers/elections/nominations.js";
import { votingRouter } from "./routers/elections/voting.js";
import { electionCountRouter } from "./routers/elections/election-count.js";

export const appRouter = router({
  system: systemRouter,
  auth: authRouter,
  claim: claimRouter,
  profile: profileRouter,
  users: usersRouter,
  audit: auditRouter,
  complaints: complaintsRouter,
  complaintCases: caseworkRouter,
  complaintPerformance: complaintPerformanceRouter,
  holidays: holidaysRouter,
  messages: messagesRouter,
  reviewEvidence: reviewEvidenceRouter,
  fourCs: fourCsRouter,
  reviewPublication: reviewPublicationRouter,
  publishedReviews: publishedReviewsRouter,
  reviews: reviewWorkspaceRouter,
  reviewProgramme: reviewProgrammeRouter,
  stars: starsRouter,
  marketTest: marketTestRouter,
  reviewPlan: reviewPlanRouter,
  elections: electionsRouter,
  nominations: nominationsRouter,
  voting: votingRouter,
  electionCount: electionCountRouter,
});

export type AppRouter = typeof appRouter;
