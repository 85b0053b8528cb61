// What anyone needs to check a count without trusting Hearth: the settings,
// the ballot paper, every ballot with its receipt and chain hash, how the
// chain is made, the recorded result, and the .blt file (with its SHA-256)
// that `hearth-count` recounts. The words telling a person what to do are
// added by the app that serves the file, in the reader's language.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";
import { recountArguments } from "@hearth/domain/elections";
import { refuse } from "../../errors.js";
import { ballotPaper, bltOf, chainedBallots, electionOf, genesisOf } from "./ballot-list.js";
import type { ElectionRow } from "./election.js";
import { rollSize, votersMarked } from "./resident-elections.js";

const { electionResults, electionCertifications } = schema;

export const BUNDLE_FORMAT = "hearth-verification/1";

async function recordedResult(db: Executor, electionId: string) {
  const [result] = await db.select().from(electionResults).where(eq(electionResults.electionId, electionId));
  if (!result) throw refuse("CONFLICT", "errors.elections.counting.notCounted");
  return result;
}

/** The file name a download of this election's ballots goes by. */
export function bltFileName(row: ElectionRow): string {
  return `${row.reference}-ballots.blt`;
}

/** The .blt of the counted list, as written at the count (the same bytes, so the same SHA-256). */
export async function countedBlt(db: Executor, row: ElectionRow) {
  const result = await recordedResult(db, row.id);
  const names = (await ballotPaper(db, row.id)).map((c) => c.name);
  const blt = bltOf(electionOf(row, names, await chainedBallots(db, row.id)));
  return { fileName: bltFileName(row), text: blt.text, sha256: blt.sha256, recordedSha256: result.bltSha256 };
}

export async function verificationBundle(db: Executor, row: ElectionRow) {
  const result = await recordedResult(db, row.id);
  const candidates = await ballotPaper(db, row.id);
  const list = await chainedBallots(db, row.id);
  const blt = bltOf(electionOf(row, candidates.map((c) => c.name), list));
  const certifications = await db.select({ certifiedAt: electionCertifications.certifiedAt }).from(electionCertifications).where(eq(electionCertifications.electionId, row.id));
  const fileName = bltFileName(row);
  return {
    format: BUNDLE_FORMAT,
    election: {
      reference: row.reference,
      title: row.title,
      system: row.system,
      seats: row.seats,
      votingOpenedAt: row.votingOpenedAt?.toISOString() ?? null,
      votingClosedAt: row.votingClosedAt?.toISOString() ?? null,
      countedAt: result.countedAt.toISOString(),
      certifications: certifications.length,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      roll: await rollSize(db, row.id),
      voted: await votersMarked(db, row.id),
    },
    /** In ballot-paper order: candidate 1 in the .blt is the first here. */
    candidates: candidates.map((c) => ({ number: c.position + 1, name: c.name })),
    chain: {
      algorithm: "SHA-256",
      electionId: row.id,
      genesisInput: `hearth-ballots:${row.id}`,
      genesis: genesisOf(row),
      link: "hex(SHA-256(previousHash + '|' + receipt + '|' + ranking joined with ','))",
      rankingNote: "ranking lists 0-based ballot-paper positions, first preference first; an empty ranking is a void paper",
      head: list.at(-1)?.hash ?? genesisOf(row),
      recordedHead: result.chainHead,
    },
    ballots: list.map((b) => ({ position: b.position + 1, receipt: b.receipt, ranking: b.ranking, hash: b.hash })),
    result: result.result,
    ballotsCounted: result.ballots,
    blt: { fileName, sha256: blt.sha256, recordedSha256: result.bltSha256, text: blt.text },
    recount: { command: ["pnpm", "-s", "hearth-count", ...recountArguments(row.system, row.seats, fileName)].join(" ") },
  };
}

export type VerificationBundle = Awaited<ReturnType<typeof verificationBundle>>;
