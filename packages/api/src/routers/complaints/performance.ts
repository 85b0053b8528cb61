import { count, eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@hearth/db";
import { complaintsPerformanceReport, financialYear, financialYearOf } from "@hearth/domain/complaints";
import { refuse } from "../../errors.js";
import { landlordCalendar, ukToday } from "../../repositories/complaints/calendar.js";
import { reportComplaints } from "../../repositories/complaints/timelines.js";
import { installationLandlordId } from "../../repositories/service-areas.js";
import { router, staffProcedure } from "../../trpc.js";

/** Staff and scrutiny panels read the same figures; no resident is named in them. */
const readers = staffProcedure.meta({ roles: ["staff", "scrutiny", "admin"] });

export const complaintPerformanceRouter = router({
  report: readers.input(z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).default({})).query(async ({ ctx, input }) => {
    const landlordId = await installationLandlordId(ctx.db);
    if (!landlordId) throw refuse("NOT_FOUND", "errors.notFound");
    const today = ukToday(ctx.now());
    const year = input.year ?? financialYearOf(today);
    const [homes] = await ctx.db.select({ n: count() }).from(schema.homes).where(eq(schema.homes.landlordId, landlordId));
    if (!homes?.n) throw refuse("NOT_FOUND", "errors.notFound");
    const calendar = await landlordCalendar(ctx.db, landlordId);
    const complaints = await reportComplaints(ctx.db, landlordId);
    const years = [...new Set(complaints.map((c) => financialYearOf(c.receivedOn)))].concat(financialYearOf(today));
    const report = complaintsPerformanceReport(complaints, { period: financialYear(year), homes: homes.n, today, ...calendar });
    return { year, years: [...new Set(years)].sort((a, b) => b - a), today, ...report };
  }),
});
