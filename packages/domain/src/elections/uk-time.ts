/**
 * Election times are set and read as UK wall-clock times ("voting closes at
 * 5pm on 1 March"), but stored as instants. These convert between the two
 * across the clock changes, using the platform's time-zone data.
 */
const ZONE = "Europe/London";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** The UK wall-clock date ("YYYY-MM-DD") and time ("HH:MM") of an instant. */
export function ukDateTime(instant: Date | string): { date: string; time: string } {
  const at = typeof instant === "string" ? new Date(instant) : instant;
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.formatToParts(at).find((p) => p.type === type)!.value;
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}

/** Minutes the UK is ahead of UTC at an instant (0 in winter, 60 in summer). */
function offsetMinutes(epochMs: number): number {
  const { date, time } = ukDateTime(new Date(epochMs));
  const wall = Date.parse(`${date}T${time}:00Z`);
  return Math.round((wall - Math.floor(epochMs / 60_000) * 60_000) / 60_000);
}

/** "9:30", "09:30" or "9.30" as "09:30"; null when it is not a time of day. */
export function parseTimeOfDay(typed: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(typed.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${match[2]}`;
}

/**
 * The instant (ISO, UTC) of a UK wall-clock date and time. A time the clocks
 * skip in spring is read as the same time after the change; a time that
 * happens twice in autumn is read as the first (summer) one.
 */
export function ukInstant(date: string, time: string): string {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // Try summer time first so an autumn time that happens twice resolves to the first.
  for (const offset of [offsetMinutes(wall - 60 * 60_000), offsetMinutes(wall)].sort((a, b) => b - a)) {
    const candidate = wall - offset * 60_000;
    if (offsetMinutes(candidate) === offset) return new Date(candidate).toISOString();
  }
  return new Date(wall - offsetMinutes(wall) * 60_000).toISOString();
}
