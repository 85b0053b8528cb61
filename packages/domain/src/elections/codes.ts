/**
 * Single-use voting codes (for residents voting without an account) and
 * ballot receipt codes. Both are read aloud and typed from paper, so they use
 * Crockford's base-32 alphabet (no I, L, O or U), are printed in groups of
 * four, and end with a check symbol that catches any one mistyped character
 * and any swap of two neighbours before the code reaches the database.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
// Crockford's extra check symbols make a prime modulus (37) possible.
const CHECK_SYMBOLS = `${ALPHABET}*~$=U`;
const MODULUS = 37;

export interface CodeShape {
  /** Random symbols before the check symbol. */
  symbols: number;
}

/** 15 random symbols = 75 bits: far beyond guessing, with the check symbol 16 characters in four groups. */
export const VOTING_CODE: CodeShape = { symbols: 15 };
/** Receipts need only be unique within one election's ballot list. */
export const RECEIPT_CODE: CodeShape = { symbols: 11 };

function checkSymbol(body: string): string {
  let remainder = 0;
  for (const char of body) remainder = (remainder * 32 + ALPHABET.indexOf(char)) % MODULUS;
  return CHECK_SYMBOLS[remainder]!;
}

/**
 * A code from random bytes (one byte per symbol; the caller supplies them from
 * a cryptographic source). 256 is a multiple of 32, so every symbol is equally likely.
 */
export function makeCode(randomBytes: Uint8Array, shape: CodeShape): string {
  if (randomBytes.length < shape.symbols) throw new RangeError(`makeCode needs ${shape.symbols} random bytes, got ${randomBytes.length}`);
  const body = Array.from(randomBytes.subarray(0, shape.symbols), (byte) => ALPHABET[byte % 32]!).join("");
  return groupCode(body + checkSymbol(body));
}

function groupCode(compact: string): string {
  return compact.match(/.{1,4}/g)!.join("-");
}

/**
 * What a person typed, as the canonical code: case, spaces and dashes do not
 * matter, and the letters people confuse with digits (O, I, L) are read as
 * Crockford reads them. Null when it cannot be a code of this shape.
 */
export function normaliseCode(typed: string, shape: CodeShape): string | null {
  const compact = typed
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (compact.length !== shape.symbols + 1) return null;
  const body = compact.slice(0, -1);
  if (![...body].every((char) => ALPHABET.includes(char))) return null;
  return checkSymbol(body) === compact.slice(-1) ? groupCode(compact) : null;
}
