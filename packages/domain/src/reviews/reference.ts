// A service review's reference: SR, the financial year it sits in on the
// programme, and a sequence within that year, e.g. SR-2026-004. Three digits
// are plenty (a landlord reviews a handful of services a year) but more are
// accepted so the sequence never runs out.
const PATTERN = /^SR-(\d{4})-(\d{3,})$/;

export function formatReviewReference(year: number, sequence: number): string {
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Not a year: ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Not a sequence number: ${sequence}`);
  return `SR-${year}-${String(sequence).padStart(3, "0")}`;
}

export interface ReviewReferenceParts {
  /** The reference as stored (upper case, no spaces). */
  reference: string;
  year: number;
  sequence: number;
}

/**
 * Reads what a person types or a URL carries (any case, spaces around).
 * Null when it is not a review reference, so callers can answer "not found".
 */
export function parseReviewReference(input: string): ReviewReferenceParts | null {
  const reference = input.trim().toUpperCase();
  const match = PATTERN.exec(reference);
  if (!match) return null;
  const sequence = Number(match[2]);
  if (!Number.isSafeInteger(sequence) || sequence < 1) return null;
  return { reference, year: Number(match[1]), sequence };
}

/** The reference after the highest one already used in a year (the first when none is). */
export function nextReviewReference(year: number, existing: readonly string[]): string {
  let highest = 0;
  for (const reference of existing) {
    const parts = parseReviewReference(reference);
    if (parts && parts.year === year) highest = Math.max(highest, parts.sequence);
  }
  return formatReviewReference(year, highest + 1);
}
