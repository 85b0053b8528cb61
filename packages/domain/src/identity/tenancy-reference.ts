// Tenancy references are printed on rent statements as "TEN-004217"; residents
// copy them with or without the dash, in any case, sometimes with spaces.
const REFERENCE = /^TEN-?(\d{6})$/;

export function normaliseTenancyReference(input: string): string | null {
  const compact = input.toUpperCase().replace(/\s+/g, "");
  const match = REFERENCE.exec(compact);
  return match ? `TEN-${match[1]}` : null;
}

export function formatTenancyReference(sequence: number): string {
  return `TEN-${String(sequence).padStart(6, "0")}`;
}
