/**
 * The order of candidates on the ballot paper, fixed when voting opens:
 * alphabetical by surname, then by forenames, compared as a reader would
 * (case and accents do not decide; "de Souza" sorts under d). Two candidates
 * with identical names fall back to their ids, so the order never depends on
 * the order rows come out of the database. Everyone sees the same order: the
 * ballot, the results and the `.blt` file all use these positions.
 */
export interface BallotName {
  id: string;
  surname: string;
  forenames: string;
}

const collator = new Intl.Collator("en-GB", { sensitivity: "base", ignorePunctuation: true, numeric: true });

/** The candidates' ids in ballot-paper order (position 0 first). */
export function ballotOrder(candidates: readonly BallotName[]): string[] {
  return [...candidates]
    .sort((a, b) => collator.compare(a.surname.trim(), b.surname.trim()) || collator.compare(a.forenames.trim(), b.forenames.trim()) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => c.id);
}
