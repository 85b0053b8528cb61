import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chainBallots, chainGenesis, firstBrokenLink } from "./ballot-chain.js";

const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash("sha256").update(bytes).digest());
const genesis = chainGenesis("election-1", sha256);
const ballots = [
  { receipt: "AAAA-BBBB-CCC1", ranking: [2, 0, 1] },
  { receipt: "DDDD-EEEE-FFF2", ranking: [1] },
  { receipt: "GGGG-HHHH-JJJ3", ranking: [0, 2] },
];

describe("the hash-chained ballot list", () => {
  it("checks out as written", () => {
    const chain = chainBallots(genesis, ballots, sha256);
    expect(chain).toHaveLength(3);
    expect(chain[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(firstBrokenLink(genesis, chain, sha256)).toBeNull();
  });

  it("starts from the election, so the same ballots elsewhere hash differently", () => {
    const other = chainBallots(chainGenesis("election-2", sha256), ballots, sha256);
    expect(other[0]!.hash).not.toBe(chainBallots(genesis, ballots, sha256)[0]!.hash);
  });

  it("finds an altered ranking, receipt, a removed ballot and a swap", () => {
    const chain = chainBallots(genesis, ballots, sha256);
    expect(firstBrokenLink(genesis, chain.map((e, i) => (i === 1 ? { ...e, ranking: [0] } : e)), sha256)).toBe(1);
    expect(firstBrokenLink(genesis, chain.map((e, i) => (i === 2 ? { ...e, receipt: "XXXX-XXXX-XXX9" } : e)), sha256)).toBe(2);
    expect(firstBrokenLink(genesis, [chain[0]!, chain[2]!], sha256)).toBe(1);
    expect(firstBrokenLink(genesis, [chain[1]!, chain[0]!, chain[2]!], sha256)).toBe(0);
  });

  it("detects any single change to any ranking", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(5), { maxLength: 4 }), { minLength: 1, maxLength: 20 }), fc.nat(), fc.nat(5), (rankings, at, extra) => {
        const chain = chainBallots(genesis, rankings.map((ranking, i) => ({ receipt: `R${i}`, ranking })), sha256);
        const index = at % chain.length;
        const tampered = chain.map((entry, i) => (i === index ? { ...entry, ranking: [...entry.ranking, extra] } : entry));
        expect(firstBrokenLink(genesis, tampered, sha256)).toBe(index);
      }),
    );
  });
});
