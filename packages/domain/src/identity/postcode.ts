// UK postcodes: outward code (area + district) and inward code (sector + unit).
// Residents type them in every shape ("cf10 1aa", "CF101AA", " CF10  1AA ").
const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$/;

/** Canonical form "CF10 1AA", or null when the text is not a UK postcode. */
export function normalisePostcode(input: string): string | null {
  const compact = input.toUpperCase().replace(/\s+/g, "");
  const match = POSTCODE.exec(compact);
  if (!match) return null;
  return `${match[1]} ${match[2]}`;
}
