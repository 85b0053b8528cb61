import { eq } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import type { CalendarOptions } from "@hearth/domain/complaints";

/** The landlord's working-day calendar: its nation's bank holidays plus its own one-off closures. */
export async function landlordCalendar(db: Executor, landlordId: string): Promise<CalendarOptions> {
  const [landlord] = await db.select({ calendar: schema.landlords.calendar }).from(schema.landlords).where(eq(schema.landlords.id, landlordId));
  if (!landlord) throw new Error(`No landlord ${landlordId}`);
  const extra = await db.select({ on: schema.landlordHolidays.on }).from(schema.landlordHolidays).where(eq(schema.landlordHolidays.landlordId, landlordId));
  return { calendar: landlord.calendar, extraHolidays: extra.map((h) => h.on) };
}

// Built once: an Intl formatter costs far more to build than to use.
const ukDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in the UK, where every deadline is counted. */
export function ukToday(now: Date): string {
  return ukDate.format(now);
}
