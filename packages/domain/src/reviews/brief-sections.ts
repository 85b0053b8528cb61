import { daysFromCivil, daysInMonth, formatIsoDate } from "../calendar/iso-date.js";
import { BRIEF_FIELDS, BRIEF_TEXTAREA_MAX, BRIEF_TEXT_MAX, type BriefField } from "./brief-fields.js";
import type { BriefSection } from "./vocabulary.js";

/**
 * Checking one cover-report section as staff save it. A section may be saved
 * half-filled (the brief is written over weeks), but never with a value that
 * is wrong: a date that does not exist, an amount that is not money, a choice
 * that is not offered, or text past its limit.
 */
export type BriefFieldProblem = "tooLong" | "invalidDate" | "invalidAmount" | "invalidChoice";

export interface BriefFieldError {
  field: string;
  problem: BriefFieldProblem;
  /** For `tooLong`: the limit in characters. */
  max?: number;
}

export type SectionCheck = { ok: true; fields: Record<string, string> } | { ok: false; errors: BriefFieldError[] };

/** Largest amount a field holds: £99,999,999.99, well past any service budget, and safe as an integer of pence. */
const MAX_PENCE = 9_999_999_999;

/** Day, month and year as typed (one or two digit day and month), e.g. "2026-3-7"; strict ISO as well. */
const LOOSE_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function normaliseDate(value: string): string | null {
  const match = LOOSE_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return formatIsoDate(daysFromCivil(year, month, day));
}

/** "£1,250.50", "1250.5" or "1250" → "125050" (pence, as a string); null when it is not an amount. */
export function poundsToPence(value: string): string | null {
  const cleaned = value.replace(/^£\s*/, "").replace(/,(?=\d{3}(\D|$))/g, "");
  const match = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const pence = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return pence <= MAX_PENCE ? String(pence) : null;
}

/** Stored pence back to what a form shows ("125050" → "1250.50"); anything else as it was. */
export function penceToPounds(pence: string): string {
  if (!/^\d+$/.test(pence)) return pence;
  const value = Number(pence);
  return `${Math.floor(value / 100)}.${String(value % 100).padStart(2, "0")}`;
}

function checkField(field: BriefField, raw: string): { value: string } | { problem: BriefFieldProblem; max?: number } {
  // Browsers send new lines as CRLF; count and store them as one character.
  const value = raw.replace(/\r\n?/g, "\n").trim();
  if (value === "") return { value };
  switch (field.kind) {
    case "text":
      return value.length > BRIEF_TEXT_MAX ? { problem: "tooLong", max: BRIEF_TEXT_MAX } : { value };
    case "textarea":
      return value.length > BRIEF_TEXTAREA_MAX ? { problem: "tooLong", max: BRIEF_TEXTAREA_MAX } : { value };
    case "date": {
      const date = normaliseDate(value);
      return date ? { value: date } : { problem: "invalidDate" };
    }
    case "pounds": {
      const pence = poundsToPence(value);
      return pence ? { value: pence } : { problem: "invalidAmount" };
    }
    case "yes-no":
      return value === "yes" || value === "no" ? { value } : { problem: "invalidChoice" };
    case "level":
      return value === "high" || value === "medium" || value === "low" ? { value } : { problem: "invalidChoice" };
  }
}

/**
 * Normalised fields of `section` from what was submitted (fields the section
 * does not have are ignored; empty ones are left out), or every problem found.
 */
export function checkSection(section: BriefSection, submitted: Readonly<Record<string, string | undefined>>): SectionCheck {
  const fields: Record<string, string> = {};
  const errors: BriefFieldError[] = [];
  for (const field of BRIEF_FIELDS[section]) {
    const outcome = checkField(field, submitted[field.id] ?? "");
    if ("problem" in outcome) errors.push({ field: field.id, problem: outcome.problem, ...(outcome.max ? { max: outcome.max } : {}) });
    else if (outcome.value !== "") fields[field.id] = outcome.value;
  }
  return errors.length ? { ok: false, errors } : { ok: true, fields };
}

/** Every required field of the section has a value. */
export function isSectionComplete(section: BriefSection, fields: Readonly<Record<string, string | undefined>>): boolean {
  return BRIEF_FIELDS[section].every((field) => !field.required || (fields[field.id] ?? "").trim() !== "");
}

/** Something has been written in the section. */
export function isSectionStarted(section: BriefSection, fields: Readonly<Record<string, string | undefined>>): boolean {
  return BRIEF_FIELDS[section].some((field) => (fields[field.id] ?? "").trim() !== "");
}
