import { router } from "./trpc.js";
import { auditRouter } from "./routers/identity/audit.js";
import { authRouter } from "./routers/identity/auth.js";
import { claimRouter } from "./routers/identity/claim.js";
import { profileRouter } from "./routers/identity/profile.js";
import { usersRouter } from "./routers/identity/users.js";
import { systemRouter } from "./routers/system.js";

export const appRouter = router({
  system: systemRouter,
  auth: authRouter,
  claim: claimRouter,
  profile: profileRouter,
  users: usersRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
