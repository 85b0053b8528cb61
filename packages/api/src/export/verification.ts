// The verification bundle as a downloaded file, the same for officers and the
// public: the recipe for checking it comes first, in the reader's language.
import { verificationSteps } from "@hearth/domain/elections";

export interface VerificationBundle {
  election: { reference: string };
  chain: { genesisInput: string; head: string };
  blt: { fileName: string; sha256: string };
  recount: { command: string };
}

/** `translate` reads keys in the counting namespace. */
export function verificationFile(bundle: VerificationBundle, translate: (key: string, params: Record<string, string>) => string, cacheControl: string): Response {
  const instructions = verificationSteps({
    file: bundle.blt.fileName,
    sha256: bundle.blt.sha256,
    command: bundle.recount.command,
    genesisInput: bundle.chain.genesisInput,
    head: bundle.chain.head,
  }).map((step) => translate(step.key, step.params));
  return new Response(`${JSON.stringify({ instructions, ...bundle }, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${bundle.election.reference}-verification.json"`,
      "Cache-Control": cacheControl,
    },
  });
}
