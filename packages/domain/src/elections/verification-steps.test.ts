import { describe, expect, it } from "vitest";
import { verificationSteps } from "./verification-steps.js";

describe("the verification recipe", () => {
  it("walks from the file to the recount, the chain and the voter's receipt, with the figures each step needs", () => {
    const steps = verificationSteps({ file: "EL-2026-001-ballots.blt", sha256: "ab12", command: "pnpm -s hearth-count stv EL-2026-001-ballots.blt --rules scottish", genesisInput: "hearth-ballots:x", head: "cd34" });
    expect(steps.map((s) => s.key)).toEqual(["verification.saveBlt", "verification.checkSha", "verification.recount", "verification.compare", "verification.chain", "verification.receipt"]);
    expect(steps[1]!.params).toEqual({ file: "EL-2026-001-ballots.blt", sha256: "ab12" });
    expect(steps[2]!.params.command).toContain("--rules scottish");
    expect(steps[4]!.params).toEqual({ genesisInput: "hearth-ballots:x", head: "cd34" });
  });
});
