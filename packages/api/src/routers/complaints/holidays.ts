// A landlord's own closures (e.g. a Christmas shutdown day) extend every
// complaint deadline that crosses them; bank holidays themselves are data in
// @hearth/domain/calendar.
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "@hearth/db";
import { writeAudit } from "../../audit.js";
import { refuse } from "../../errors.js";
import { landlordCalendar } from "../../repositories/complaints/calendar.js";
import { refreshDueDates } from "../../repositories/complaints/timelines.js";
import { installationLandlordId } from "../../repositories/service-areas.js";
import { router, staffProcedure } from "../../trpc.js";
import { isoDateInput } from "./inputs.js";

const { landlordHolidays } = schema;
const admin = staffProcedure.meta({ roles: ["admin"] });

async function landlordOrRefuse(db: Parameters<typeof installationLandlordId>[0]): Promise<string> {
  const id = await installationLandlordId(db);
  if (!id) throw refuse("NOT_FOUND", "errors.notFound");
  return id;
}

export const holidaysRouter = router({
  list: staffProcedure.meta({ roles: ["staff", "admin"] }).query(async ({ ctx }) => {
    const landlordId = await landlordOrRefuse(ctx.db);
    const [landlord] = await ctx.db.select({ calendar: schema.landlords.calendar }).from(schema.landlords).where(eq(schema.landlords.id, landlordId));
    const days = await ctx.db.select({ on: landlordHolidays.on, name: landlordHolidays.name }).from(landlordHolidays).where(eq(landlordHolidays.landlordId, landlordId)).orderBy(asc(landlordHolidays.on));
    return { calendar: landlord!.calendar, days };
  }),

  add: admin
    .input(z.object({ on: isoDateInput("errors.holidays.dateRequired"), name: z.string().trim().min(1, { error: "errors.holidays.nameRequired" }).max(120, { error: "errors.holidays.nameTooLong" }) }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const landlordId = await landlordOrRefuse(ctx.db);
      return ctx.db.transaction(async (tx) => {
        const inserted = await tx.insert(landlordHolidays).values({ landlordId, on: input.on, name: input.name, createdByUserId: ctx.user.id }).onConflictDoNothing().returning();
        if (inserted.length === 0) throw refuse("CONFLICT", "errors.holidays.exists", { field: "on" });
        await refreshDueDates(tx, landlordId, await landlordCalendar(tx, landlordId));
        await writeAudit(tx, { actorUserId: ctx.user.id, action: "calendar.holiday-added", subjectType: "landlord", subjectId: landlordId, details: input, address: ctx.address }, now);
        return { on: input.on };
      });
    }),

  remove: admin.input(z.object({ on: isoDateInput("errors.holidays.dateRequired") })).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const landlordId = await landlordOrRefuse(ctx.db);
    return ctx.db.transaction(async (tx) => {
      const removed = await tx.delete(landlordHolidays).where(and(eq(landlordHolidays.landlordId, landlordId), eq(landlordHolidays.on, input.on))).returning();
      if (removed.length === 0) throw refuse("NOT_FOUND", "errors.notFound");
      await refreshDueDates(tx, landlordId, await landlordCalendar(tx, landlordId));
      await writeAudit(tx, { actorUserId: ctx.user.id, action: "calendar.holiday-removed", subjectType: "landlord", subjectId: landlordId, details: input, address: ctx.address }, now);
      return { on: input.on };
    });
  }),
});
