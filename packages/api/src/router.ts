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
});

export type AppRouter = typeof appRouter;
