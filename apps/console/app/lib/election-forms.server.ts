// Reading the election settings form: GOV.UK date inputs (day, month, year)
// and times become the API's dates, and the API's field names are pointed
// back at the form's own ids so each message sits beside its field.
import type { FieldMessage } from "@hearth/api/server";

export const MOMENTS = ["nominationsOpenAt", "nominationsCloseAt", "shortlistingBy", "votingOpenAt", "votingCloseAt", "countAt"] as const;
export type Moment = (typeof MOMENTS)[number];

const TEXT_FIELDS = ["version", "title", "body", "seats", "system", "electorate", "collegeName"] as const;

/**
 * Day, month and year as "YYYY-MM-DD"; "" when all three are blank (so the
 * API can say the date is missing); something the API will call invalid
 * when they are not numbers.
 */
export function isoFromParts(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return "";
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return "invalid";
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

export function readSettingsForm(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? "").slice(0, 6000);
  const values: Record<string, string | string[]> = {};
  for (const name of TEXT_FIELDS) values[name] = text(name);
  for (const moment of MOMENTS) for (const part of ["day", "month", "year", "time"]) values[`${moment}-${part}`] = text(`${moment}-${part}`);
  for (const part of ["day", "month", "year"]) values[`cutoffOn-${part}`] = text(`cutoffOn-${part}`);
  const tenure = form.getAll("tenure").map(String);
  const neighbourhoodIds = form.getAll("neighbourhoodIds").map(String).slice(0, 200);
  values.tenure = tenure;
  values.neighbourhoodIds = neighbourhoodIds;
  const date = (moment: string) => isoFromParts(text(`${moment}-day`), text(`${moment}-month`), text(`${moment}-year`));
  const input = {
    title: text("title"),
    body: text("body"),
    seats: text("seats"),
    system: text("system") as "fptp",
    nominationsOpenAtDate: date("nominationsOpenAt"),
    nominationsOpenAtTime: text("nominationsOpenAt-time"),
    nominationsCloseAtDate: date("nominationsCloseAt"),
    nominationsCloseAtTime: text("nominationsCloseAt-time"),
    shortlistingByDate: date("shortlistingBy"),
    shortlistingByTime: text("shortlistingBy-time"),
    votingOpenAtDate: date("votingOpenAt"),
    votingOpenAtTime: text("votingOpenAt-time"),
    votingCloseAtDate: date("votingCloseAt"),
    votingCloseAtTime: text("votingCloseAt-time"),
    countAtDate: date("countAt"),
    countAtTime: text("countAt-time"),
    electorate: text("electorate") as "tenancies",
    cutoffOn: date("cutoffOn"),
    tenants: tenure.includes("tenants"),
    leaseholders: tenure.includes("leaseholders"),
    neighbourhoodIds,
    collegeName: text("collegeName"),
  };
  return { input, values };
}

/** API field names → the form's ids. */
export function settingsFieldIds(errors: FieldMessage[]): FieldMessage[] {
  return errors.map((raw) => {
    // The API's generic date message gives an ISO example; these are day, month and year boxes.
    const error = raw.key === "errors.date.invalid" ? { ...raw, key: "errors.elections.setup.dateInvalid" } : raw;
    const field = error.field;
    if (!field) return error;
    const moment = /^(\w+?)(Date|Time)$/.exec(field);
    if (moment && (MOMENTS as readonly string[]).includes(moment[1]!)) return { ...error, field: `${moment[1]}-${moment[2] === "Date" ? "day" : "time"}` };
    if (field === "cutoffOn") return { ...error, field: "cutoffOn-day" };
    if (["title", "body", "seats", "system", "electorate", "tenure", "neighbourhoodIds", "collegeName"].includes(field)) return error;
    return { ...error, field: undefined };
  });
}
