import { asc, sql } from "drizzle-orm";
import { schema } from "@hearth/db";
import { publicProcedure, router } from "../trpc.js";

export const systemRouter = router({
  /** For load balancers and /healthz: answers only when the database does. */
  health: publicProcedure.query(async ({ ctx }) => {
    const started = performance.now();
    await ctx.db.execute(sql`select 1`);
    return { status: "ok" as const, database: "ok" as const, latencyMs: Math.round(performance.now() - started) };
  }),

  /** The landlord this installation serves, for page headers. */
  landlord: publicProcedure.query(async ({ ctx }) => {
    const [landlord] = await ctx.db
      .select({ name: schema.landlords.name })
      .from(schema.landlords)
      .orderBy(asc(schema.landlords.createdAt))
      .limit(1);
    return { name: landlord?.name ?? null };
  }),
});
