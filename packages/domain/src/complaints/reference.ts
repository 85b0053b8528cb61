// A complaint reference residents can read out on the phone: year received and
// a sequence, e.g. CMP-2026-00042. Five digits leave room for 99,999 a year.
const PATTERN = /^CMP-(\d{4})-(\d{5,})$/;

export function formatComplaintReference(year: number, sequence: number): string {
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Not a year: ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Not a sequence number: ${sequence}`);
  return `CMP-${year}-${String(sequence).padStart(5, "0")}`;
}

/** Accepts what a person types (any case, spaces around); null when it is not a reference. */
export function parseComplaintReference(input: string): string | null {
  const normal = input.trim().toUpperCase();
  return PATTERN.test(normal) ? normal : null;
}
