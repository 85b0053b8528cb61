import { z } from "zod";
import { ELECTORATES, SKILLS_CRITERIA, VOTING_SYSTEMS, parseTimeOfDay } from "@hearth/domain/elections";

// Messages are translation keys in the "errors" namespace.

/** An election reference as URLs carry it (EL-2027-001); anything unknown ends as NOT_FOUND. */
export const electionReferenceInput = z.string().trim().min(1, { error: "errors.notFound" }).max(40, { error: "errors.notFound" });

export const electionVersionInput = z.coerce.number({ error: "errors.elections.changedMeanwhile" }).int().min(1, { error: "errors.elections.changedMeanwhile" });

/** Every officer change names the election by id and the version its form was drawn from. */
export const electionChangeShape = { electionId: z.uuid({ error: "errors.notFound" }), version: electionVersionInput };
export const electionChangeInput = z.object(electionChangeShape);

const text = (required: string, tooLong: string, max: number) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(max, { error: tooLong });

/** A reason an officer gives for a change to the roll or a code; kept in the audit log. */
export const reasonInput = text("errors.elections.roll.reasonRequired", "errors.elections.roll.reasonTooLong", 500);

const isoDate = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "errors.date.invalid" })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
      error: "errors.date.invalid",
    });

const timeOfDay = z
  .string({ error: "errors.elections.setup.timeInvalid" })
  .trim()
  .transform((value, issue) => {
    const time = parseTimeOfDay(value);
    if (!time) {
      issue.addIssue({ code: "custom", message: "errors.elections.setup.timeInvalid" });
      return z.NEVER;
    }
    return time;
  });

/** The timetable's moments, each a UK date and a time of day (the API turns them into instants). */
export const TIMETABLE_FIELDS = ["nominationsOpenAt", "nominationsCloseAt", "shortlistingBy", "votingOpenAt", "votingCloseAt", "countAt"] as const;
export type TimetableField = (typeof TIMETABLE_FIELDS)[number];

const when = (field: TimetableField) => isoDate(`errors.elections.setup.when.${field}`);
const seatsInput = z
  .union([z.number(), z.string()], { error: "errors.elections.setup.seatsOutOfRange" })
  .transform((value, issue) => {
    const seats = typeof value === "number" ? value : /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(seats) || seats < 1 || seats > 50) {
      issue.addIssue({ code: "custom", message: "errors.elections.setup.seatsOutOfRange" });
      return z.NEVER;
    }
    return seats;
  });

/**
 * An election's settings as the create and settings forms send them. The
 * shortlisting date is optional: both its date and time empty mean none.
 */
export const settingsInput = z
  .object({
    title: text("errors.elections.setup.titleRequired", "errors.elections.setup.titleTooLong", 150),
    body: text("errors.elections.setup.bodyRequired", "errors.elections.setup.bodyTooLong", 5000),
    seats: seatsInput,
    system: z.enum(VOTING_SYSTEMS, { error: "errors.elections.setup.systemRequired" }),
    nominationsOpenAtDate: when("nominationsOpenAt"),
    nominationsOpenAtTime: timeOfDay,
    nominationsCloseAtDate: when("nominationsCloseAt"),
    nominationsCloseAtTime: timeOfDay,
    shortlistingByDate: z.string().trim().max(20).default(""),
    shortlistingByTime: z.string().trim().max(20).default(""),
    votingOpenAtDate: when("votingOpenAt"),
    votingOpenAtTime: timeOfDay,
    votingCloseAtDate: when("votingCloseAt"),
    votingCloseAtTime: timeOfDay,
    countAtDate: when("countAt"),
    countAtTime: timeOfDay,
    electorate: z.enum(ELECTORATES, { error: "errors.elections.setup.electorateRequired" }),
    cutoffOn: isoDate("errors.elections.setup.cutoffRequired"),
    tenants: z.boolean().default(false),
    leaseholders: z.boolean().default(false),
    neighbourhoodIds: z.array(z.uuid({ error: "errors.invalid" })).max(200).default([]),
    collegeName: z.string().trim().max(150, { error: "errors.elections.setup.collegeNameTooLong" }).default(""),
  })
  .superRefine(
    (value, issue) => {
    // The optional shortlisting moment is checked by hand: blank is fine, half-filled or wrong is not.
    const date = String(value.shortlistingByDate ?? "").trim();
    const time = String(value.shortlistingByTime ?? "").trim();
    if (date === "" && time === "") return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || !new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)) {
      issue.addIssue({ code: "custom", path: ["shortlistingByDate"], message: "errors.date.invalid" });
    }
    if (!parseTimeOfDay(time)) issue.addIssue({ code: "custom", path: ["shortlistingByTime"], message: "errors.elections.setup.timeInvalid" });
    },
    // Run even when other fields are wrong, so every problem shows at once.
    { when: () => true },
  );

export type SettingsInput = z.output<typeof settingsInput>;

export const rollQueryInput = z.object({
  reference: electionReferenceInput,
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  search: z.string().trim().max(100).default(""),
  neighbourhoodId: z.union([z.uuid(), z.literal("")]).default(""),
  status: z.enum(["all", "on", "removed"]).default("all"),
  /** One person's entry (for the remove, restore and replace-code forms). */
  residentId: z.union([z.uuid(), z.literal("")]).default(""),
});

export const residentSearchInput = z.object({ reference: electionReferenceInput, search: z.string().trim().min(2, { error: "errors.elections.roll.searchTooShort" }).max(100) });

export const eligibilityInput = z.object({
  ...electionChangeShape,
  candidateId: z.uuid({ error: "errors.notFound" }),
  eligible: z.enum(["eligible", "ineligible"], { error: "errors.elections.candidates.eligibilityRequired" }),
  note: z.string().trim().max(1000, { error: "errors.elections.candidates.noteTooLong" }).default(""),
});

const scoreEntry = z.object({
  score: z.union([z.number(), z.string()]).transform((value) => (value === "" ? null : Number(value))),
  reason: z.string().trim().max(1000, { error: "errors.elections.candidates.reasonTooLong" }).default(""),
});

export const scoreInput = z.object({
  ...electionChangeShape,
  candidateId: z.uuid({ error: "errors.notFound" }),
  scores: z.object(Object.fromEntries(SKILLS_CRITERIA.map((c) => [c, scoreEntry.optional()])) as Record<(typeof SKILLS_CRITERIA)[number], z.ZodOptional<typeof scoreEntry>>),
});

export const shortlistInput = z.object({
  ...electionChangeShape,
  candidateIds: z.array(z.uuid({ error: "errors.notFound" })).max(500).default([]),
});

export const issueCodesInput = z.discriminatedUnion("mode", [
  z.object({ ...electionChangeShape, mode: z.literal("without-account") }),
  z.object({ ...electionChangeShape, mode: z.literal("all") }),
  z.object({ ...electionChangeShape, mode: z.literal("reissue"), residentId: z.uuid({ error: "errors.notFound" }), reason: reasonInput }),
]);
