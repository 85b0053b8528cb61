// An election's reference: EL, the year voting opens, and a sequence within
// that year, e.g. EL-2027-001. A landlord holds a few elections a year, so
// three digits are shown, but longer sequences are accepted.
const PATTERN = /^EL-(\d{4})-(\d{3,})$/;

export function formatElectionReference(year: number, sequence: number): string {
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Not a year: ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Not a sequence number: ${sequence}`);
  return `EL-${year}-${String(sequence).padStart(3, "0")}`;
}

/** The stored form of what a person typed or a URL carried (any case, spaces around), or null when it is not one. */
export function parseElectionReference(input: string): string | null {
  const reference = input.trim().toUpperCase();
  const match = PATTERN.exec(reference);
  if (!match || Number(match[2]) < 1) return null;
  return reference;
}

/** The reference after the highest already used in `year` (the first when there is none). */
export function nextElectionReference(year: number, existing: readonly string[]): string {
  let highest = 0;
  for (const reference of existing) {
    const match = PATTERN.exec(reference);
    if (match && Number(match[1]) === year) highest = Math.max(highest, Number(match[2]));
  }
  return formatElectionReference(year, highest + 1);
}
