import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RECEIPT_CODE, VOTING_CODE, makeCode, normaliseCode } from "./codes.js";

const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });

describe("voting and receipt codes", () => {
  it("prints a voting code as four groups of four", () => {
    const code = makeCode(new Uint8Array(15).fill(7), VOTING_CODE);
    expect(code).toMatch(/^[0-9A-Z*~$=]{4}-[0-9A-Z*~$=]{4}-[0-9A-Z*~$=]{4}-[0-9A-Z*~$=]{4}$/);
    expect(code.startsWith("7777-7777")).toBe(true);
  });

  it("reads a code back however it was typed", () => {
    fc.assert(
      fc.property(bytes(15), (random) => {
        const code = makeCode(random, VOTING_CODE);
        const typed = code.toLowerCase().replace(/-/g, " ").replace(/0/g, "o").replace(/1/g, "l");
        expect(normaliseCode(typed, VOTING_CODE)).toBe(code);
      }),
    );
  });

  it("catches any single mistyped character", () => {
    fc.assert(
      fc.property(bytes(15), fc.nat(15), fc.constantFrom(..."0123456789ABCDEFGHJKMNPQRSTVWXYZ"), (random, position, replacement) => {
        const compact = makeCode(random, VOTING_CODE).replace(/-/g, "");
        fc.pre(compact[position] !== replacement && position < 15);
        const typed = compact.slice(0, position) + replacement + compact.slice(position + 1);
        expect(normaliseCode(typed, VOTING_CODE)).toBeNull();
      }),
    );
  });

  it("catches two neighbours swapped", () => {
    fc.assert(
      fc.property(bytes(15), fc.nat(13), (random, position) => {
        const compact = makeCode(random, VOTING_CODE).replace(/-/g, "");
        fc.pre(compact[position] !== compact[position + 1]);
        const typed = compact.slice(0, position) + compact[position + 1] + compact[position] + compact.slice(position + 2);
        expect(normaliseCode(typed, VOTING_CODE)).toBeNull();
      }),
    );
  });

  it("refuses codes of the wrong length or with foreign characters", () => {
    const code = makeCode(new Uint8Array(11).fill(200), RECEIPT_CODE);
    expect(normaliseCode(code, RECEIPT_CODE)).toBe(code);
    expect(normaliseCode(code, VOTING_CODE)).toBeNull();
    expect(normaliseCode(`${code}X`, RECEIPT_CODE)).toBeNull();
    expect(normaliseCode("ÄÄÄÄ-ÄÄÄÄ-ÄÄÄÄ", RECEIPT_CODE)).toBeNull();
    expect(() => makeCode(new Uint8Array(3), RECEIPT_CODE)).toThrow(/needs 11 random bytes/);
  });
});
