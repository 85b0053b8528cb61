// The verification bundle as a downloaded file: the API's bundle with the
// recipe for checking it written first, in the reader's language.
import { verificationSteps } from "@hearth/domain/elections";
import type { TFunction } from "i18next";

interface Bundle {
  election: { reference: string };
  chain: { genesisInput: string; head: string };
  blt: { fileName: string; sha256: string };
  recount: { command: string };
}

/** `t` translates in the counting namespace. */
export function verificationFile<B extends Bundle>(bundle: B, t: TFunction, cacheControl: string): Response {
  const instructions = verificationSteps({ file: bundle.blt.fileName, sha256: bundle.blt.sha256, command: bundle.recount.command, genesisInput: bundle.chain.genesisInput, head: bundle.chain.head }).map((step) =>
    t(step.key, step.params),
  );
  return new Response(`${JSON.stringify({ instructions, ...bundle }, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${bundle.election.reference}-verification.json"`,
      "Cache-Control": cacheControl,
    },
  });
}
