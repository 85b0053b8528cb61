// An election's settings between the form and the row: checked by the
// domain rules (with each problem pointed at its form field), turned into
// instants in UK time, and given back as the form shows them.
import { and, desc, eq, inArray, like } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { nextElectionReference, settingsProblems, ukDateTime, ukInstant, type ElectionSettings, type SettingsField } from "@hearth/domain/elections";
import { refuseAll } from "../../errors.js";
import type { SettingsInput } from "../../routers/elections/inputs.js";
import type { ElectionRow } from "./election.js";

const { elections, neighbourhoods } = schema;

/** The form field a settings problem is shown beside. */
function formField(field: SettingsField): string {
  if (field === "seats" || field === "system" || field === "cutoffOn" || field === "collegeName" || field === "tenure") return field;
  return `${field}Date`;
}

export type SettingsValues = Pick<
  typeof elections.$inferInsert,
  | "title"
  | "body"
  | "seats"
  | "system"
  | "nominationsOpenAt"
  | "nominationsCloseAt"
  | "shortlistingBy"
  | "votingOpenAt"
  | "votingCloseAt"
  | "countAt"
  | "electorate"
  | "cutoffOn"
  | "tenants"
  | "leaseholders"
  | "neighbourhoodIds"
  | "collegeName"
>;

/**
 * Checks the settings as a whole and returns the row's values. Neighbourhoods
 * must be the landlord's own; a college keeps no tenure or neighbourhood rule,
 * and a roll from tenancies keeps no college name, so the row says one thing.
 */
export async function checkedSettings(db: Executor, landlordId: string, input: SettingsInput): Promise<SettingsValues> {
  const at = (field: "nominationsOpenAt" | "nominationsCloseAt" | "votingOpenAt" | "votingCloseAt" | "countAt") =>
    ukInstant(input[`${field}Date`], input[`${field}Time`]);
  const shortlistingBy = input.shortlistingByDate ? ukInstant(input.shortlistingByDate, input.shortlistingByTime) : null;
  const college = input.electorate === "college";
  const settings: ElectionSettings = {
    seats: input.seats,
    system: input.system,
    timetable: {
      nominationsOpenAt: at("nominationsOpenAt"),
      nominationsCloseAt: at("nominationsCloseAt"),
      shortlistingBy,
      votingOpenAt: at("votingOpenAt"),
      votingCloseAt: at("votingCloseAt"),
      countAt: at("countAt"),
    },
    electorate: input.electorate,
    cutoffOn: input.cutoffOn,
    tenants: college ? false : input.tenants,
    leaseholders: college ? false : input.leaseholders,
    neighbourhoodIds: college ? [] : [...new Set(input.neighbourhoodIds)],
    collegeName: college ? input.collegeName : null,
  };
  const problems = settingsProblems(settings).map((p) => ({ field: formField(p.field), key: `errors.${p.key}` }));
  if (settings.neighbourhoodIds.length) {
    const known = await db
      .select({ id: neighbourhoods.id })
      .from(neighbourhoods)
      .where(and(eq(neighbourhoods.landlordId, landlordId), inArray(neighbourhoods.id, [...settings.neighbourhoodIds])));
    if (known.length !== settings.neighbourhoodIds.length) problems.push({ field: "neighbourhoodIds", key: "errors.elections.setup.neighbourhoodUnknown" });
  }
  if (problems.length) throw refuseAll("BAD_REQUEST", problems);
  const t = settings.timetable;
  return {
    title: input.title,
    body: input.body,
    seats: settings.seats,
    system: settings.system,
    nominationsOpenAt: new Date(t.nominationsOpenAt),
    nominationsCloseAt: new Date(t.nominationsCloseAt),
    shortlistingBy: t.shortlistingBy ? new Date(t.shortlistingBy) : null,
    votingOpenAt: new Date(t.votingOpenAt),
    votingCloseAt: new Date(t.votingCloseAt),
    countAt: new Date(t.countAt),
    electorate: settings.electorate,
    cutoffOn: settings.cutoffOn,
    tenants: settings.tenants,
    leaseholders: settings.leaseholders,
    neighbourhoodIds: [...settings.neighbourhoodIds],
    collegeName: settings.collegeName,
  };
}

/** The settings as the form shows them: UK dates and times, ids of neighbourhoods. */
export function settingsView(row: ElectionRow) {
  const moment = (at: Date | null) => (at ? ukDateTime(at) : { date: "", time: "" });
  return {
    title: row.title,
    body: row.body,
    seats: row.seats,
    system: row.system,
    nominationsOpenAt: moment(row.nominationsOpenAt),
    nominationsCloseAt: moment(row.nominationsCloseAt),
    shortlistingBy: moment(row.shortlistingBy),
    votingOpenAt: moment(row.votingOpenAt),
    votingCloseAt: moment(row.votingCloseAt),
    countAt: moment(row.countAt),
    electorate: row.electorate,
    cutoffOn: row.cutoffOn,
    tenants: row.tenants,
    leaseholders: row.leaseholders,
    neighbourhoodIds: row.neighbourhoodIds,
    collegeName: row.collegeName ?? "",
  };
}

/** The next free reference in the year voting opens (UK time). */
export async function nextReference(db: Executor, votingOpenAt: Date): Promise<string> {
  const year = Number(ukDateTime(votingOpenAt).date.slice(0, 4));
  const used = await db.select({ reference: elections.reference }).from(elections).where(like(elections.reference, `EL-${year}-%`)).orderBy(desc(elections.reference));
  return nextElectionReference(
    year,
    used.map((r) => r.reference),
  );
}
