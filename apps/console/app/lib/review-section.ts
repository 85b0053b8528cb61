// A cover-report section's form: the names its inputs use and the moves
// between stored fields, posted form values and the API's fields (safe for
// the browser bundle).
import { BRIEF_FIELDS, BRIEF_SECTIONS, penceToPounds, type BriefSection } from "@hearth/domain/reviews";

export const DATE_PARTS = ["day", "month", "year"] as const;

export function isBriefSection(value: string | undefined): value is BriefSection {
  return (BRIEF_SECTIONS as readonly string[]).includes(value ?? "");
}

/** Every input name the section's form posts (a date posts three). */
export function sectionInputNames(section: BriefSection): string[] {
  return BRIEF_FIELDS[section].flatMap((field) => (field.kind === "date" ? DATE_PARTS.map((part) => `${field.id}-${part}`) : [field.id]));
}

/** Stored fields as the form shows them: pence as pounds, dates split into day, month and year. */
export function formValuesFromStored(section: BriefSection, fields: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of BRIEF_FIELDS[section]) {
    const stored = fields[field.id] ?? "";
    if (field.kind === "date") {
      const [year = "", month = "", day = ""] = stored ? stored.split("-") : [];
      values[`${field.id}-day`] = day ? String(Number(day)) : "";
      values[`${field.id}-month`] = month ? String(Number(month)) : "";
      values[`${field.id}-year`] = year;
    } else {
      values[field.id] = field.kind === "pounds" && stored ? penceToPounds(stored) : stored;
    }
  }
  return values;
}

/**
 * Posted values as the API takes them. A date's three boxes become
 * "year-month-day" when any is filled, so a half-typed date is refused with a
 * message rather than silently dropped.
 */
export function fieldsFromForm(section: BriefSection, values: Record<string, string>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const field of BRIEF_FIELDS[section]) {
    if (field.kind === "date") {
      const [day, month, year] = DATE_PARTS.map((part) => (values[`${field.id}-${part}`] ?? "").trim());
      fields[field.id] = day || month || year ? `${year}-${month}-${day}` : "";
    } else {
      fields[field.id] = values[field.id] ?? "";
    }
  }
  return fields;
}

/** Where a field's message sits on the form: a date's on its day box. */
export function sectionErrorTarget(section: BriefSection, field: string): string | undefined {
  const found = BRIEF_FIELDS[section].find((f) => f.id === field);
  if (!found) return undefined;
  return found.kind === "date" ? `${field}-day` : field;
}
