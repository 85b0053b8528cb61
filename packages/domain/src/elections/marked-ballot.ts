/**
 * Turning what a voter marked into a ballot, with problems in plain words.
 * Online and keyed-in ballots are checked strictly so the voter (or the
 * officer keying a paper) can correct them before anything is stored.
 */
export type VotingSystem = "fptp" | "approval" | "stv-scottish" | "stv-meek";

export type BallotProblem =
  | { code: "elections.ballot.empty" }
  | { code: "elections.ballot.notANumber"; candidate: string }
  | { code: "elections.ballot.outOfRange"; candidate: string; max: number }
  | { code: "elections.ballot.repeatedPreference"; preference: number }
  | { code: "elections.ballot.missingPreference"; preference: number }
  | { code: "elections.ballot.tooManyChoices"; max: number }
  | { code: "elections.ballot.unknownCandidate" };

export type MarkedBallot = { ok: true; ranking: string[] } | { ok: false; problems: BallotProblem[] };

/**
 * STV: preferences 1, 2, 3… typed against candidates (blank = no preference).
 * A voter need not rank everyone, but the numbers they use must start at 1,
 * each be used once, and leave no gaps, so the order is never a guess.
 */
export function rankFromPreferences(marks: Readonly<Record<string, string>>, candidates: readonly string[]): MarkedBallot {
  const problems: BallotProblem[] = [];
  if (Object.keys(marks).some((candidate) => !candidates.includes(candidate))) problems.push({ code: "elections.ballot.unknownCandidate" });
  const byPreference = new Map<number, string[]>();
  for (const candidate of candidates) {
    const raw = (marks[candidate] ?? "").trim();
    if (raw === "") continue;
    if (!/^\d+$/.test(raw)) {
      problems.push({ code: "elections.ballot.notANumber", candidate });
      continue;
    }
    const preference = Number(raw);
    if (preference < 1 || preference > candidates.length) {
      problems.push({ code: "elections.ballot.outOfRange", candidate, max: candidates.length });
      continue;
    }
    byPreference.set(preference, [...(byPreference.get(preference) ?? []), candidate]);
  }
  if (problems.length) return { ok: false, problems };
  if (byPreference.size === 0) return { ok: false, problems: [{ code: "elections.ballot.empty" }] };
  const highest = Math.max(...byPreference.keys());
  for (let preference = 1; preference <= highest; preference++) {
    const marked = byPreference.get(preference);
    if (!marked) problems.push({ code: "elections.ballot.missingPreference", preference });
    else if (marked.length > 1) problems.push({ code: "elections.ballot.repeatedPreference", preference });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, ranking: Array.from({ length: highest }, (_, i) => byPreference.get(i + 1)![0]!) };
}

/**
 * First past the post and approval: crosses against candidates. First past
 * the post allows up to one cross per seat; approval any number but none.
 */
export function choicesFromCrosses(selected: readonly string[], candidates: readonly string[], options: { system: "fptp" | "approval"; seats: number }): MarkedBallot {
  const unique = [...new Set(selected)];
  if (unique.some((candidate) => !candidates.includes(candidate))) return { ok: false, problems: [{ code: "elections.ballot.unknownCandidate" }] };
  if (unique.length === 0) return { ok: false, problems: [{ code: "elections.ballot.empty" }] };
  if (options.system === "fptp" && unique.length > options.seats) return { ok: false, problems: [{ code: "elections.ballot.tooManyChoices", max: options.seats }] };
  // Keep the ballot paper's order: crosses carry no ranking.
  return { ok: true, ranking: candidates.filter((candidate) => unique.includes(candidate)) };
}
