import { describe, expect, it } from "vitest";
import { verificationFile } from "./verification.js";

const bundle = {
  election: { reference: "EL-2026-001" },
  chain: { genesisInput: "hearth:EL-2026-001", head: "ab12" },
  blt: { fileName: "EL-2026-001.blt", sha256: "ff00" },
  recount: { command: "hearth-count EL-2026-001.blt" },
  ballots: 3,
};

describe("verificationFile", () => {
  it("downloads the whole bundle as JSON named after the election, instructions first", async () => {
    const response = verificationFile(bundle, (key, params) => `${key} ${JSON.stringify(params)}`, "private, no-store");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="EL-2026-001-verification.json"');
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const body = await response.text();
    expect(Object.keys(JSON.parse(body))).toEqual(["instructions", "election", "chain", "blt", "recount", "ballots"]);
    const { instructions } = JSON.parse(body) as { instructions: string[] };
    expect(instructions).toContain('verification.checkSha {"file":"EL-2026-001.blt","sha256":"ff00"}');
    expect(instructions).toContain('verification.chain {"genesisInput":"hearth:EL-2026-001","head":"ab12"}');
  });
});
