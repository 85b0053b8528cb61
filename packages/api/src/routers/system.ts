import { sql } from "drizzle-orm";
import { publicProcedure, router } from "../trpc.js";

export const systemRouter = router({
  /** For load balancers and /healthz: answers only when the database does. */
  health: publicProcedure.query(async ({ ctx }) => {
    const started = performance.now();
    await ctx.db.execute(sql`select 1`);
    return { status: "ok" as const, database: "ok" as const, latencyMs: Math.round(performance.now() - started) };
  }),
});
