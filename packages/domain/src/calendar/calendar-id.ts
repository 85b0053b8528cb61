// The UK has three bank-holiday calendars; a landlord uses the one for the
// nation its homes are in (configuration, not code).
export const CALENDAR_IDS = ["england-and-wales", "scotland", "northern-ireland"] as const;

export type CalendarId = (typeof CALENDAR_IDS)[number];

export function isCalendarId(value: unknown): value is CalendarId {
  return typeof value === "string" && (CALENDAR_IDS as readonly string[]).includes(value);
}
