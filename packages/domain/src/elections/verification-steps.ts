/**
 * The recipe printed at the top of a verification bundle, in the order a
 * person follows it: save the .blt, check its fingerprint, recount it with
 * hearth-count, compare, then check the ballot list's hash chain and find
 * their own receipt. Returned as translation keys (counting:verification.*)
 * so the file is written in the reader's language.
 */
export interface VerificationFacts {
  file: string;
  sha256: string;
  command: string;
  genesisInput: string;
  head: string;
}

export const VERIFICATION_STEPS = ["saveBlt", "checkSha", "recount", "compare", "chain", "receipt"] as const;

export function verificationSteps(facts: VerificationFacts): { key: string; params: Record<string, string> }[] {
  const params: Record<(typeof VERIFICATION_STEPS)[number], Record<string, string>> = {
    saveBlt: { file: facts.file },
    checkSha: { file: facts.file, sha256: facts.sha256 },
    recount: { command: facts.command },
    compare: {},
    chain: { genesisInput: facts.genesisInput, head: facts.head },
    receipt: {},
  };
  return VERIFICATION_STEPS.map((step) => ({ key: `verification.${step}`, params: params[step] }));
}
