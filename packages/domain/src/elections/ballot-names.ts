/**
 * Names on a ballot paper must tell candidates apart: voters choose by name,
 * and the .blt file a recount reads refuses two candidates with one name. A
 * candidate whose name is already on the paper is described by their
 * neighbourhood, as printed ballots do with an address, and numbered only if
 * that is not enough.
 */
const key = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("en-GB");

export function distinctBallotName(name: string, neighbourhood: string, taken: readonly string[]): string {
  const used = new Set(taken.map(key));
  const plain = name.trim().replace(/\s+/g, " ");
  if (!used.has(key(plain))) return plain;
  const described = `${plain} (${neighbourhood})`;
  if (!used.has(key(described))) return described;
  for (let n = 2; ; n++) {
    const numbered = `${plain} (${neighbourhood}, ${n})`;
    if (!used.has(key(numbered))) return numbered;
  }
}

/** Names that appear more than once (ignoring case and spacing), for the opening checks. */
export function repeatedBallotNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const name of names) seen.set(key(name), (seen.get(key(name)) ?? 0) + 1);
  return names.filter((name, index) => (seen.get(key(name)) ?? 0) > 1 && names.findIndex((other) => key(other) === key(name)) === index);
}
