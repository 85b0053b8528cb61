import { appRouter } from "./router.js";
import { createCallerFactory } from "./trpc.js";

/** Server-side calls (Remix loaders and actions): no HTTP hop, same authorisation. */
export const createCaller = createCallerFactory(appRouter);
