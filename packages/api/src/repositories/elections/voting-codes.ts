// Single-use voting codes for residents voting without an account. Only a
// hash of each code is stored; the code itself exists on the printed letter.
// Issuing (officer) and voting with a code (public) both hash through here,
// so the two sides always agree on what is stored.
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";
import { VOTING_CODE, makeCode, normaliseCode } from "@hearth/domain/elections";

/**
 * What the database keeps for a code: lower-case hex SHA-256 of the code in
 * its canonical form (upper case, groups of four joined by dashes, as
 * `normaliseCode` returns it). Null when the text cannot be a voting code.
 */
export function hashVotingCode(typed: string): string | null {
  const code = normaliseCode(typed, VOTING_CODE);
  return code ? encodeHexLowerCase(sha256(new TextEncoder().encode(code))) : null;
}

/** A fresh code from the platform's cryptographic random source. */
export function newVotingCode(): string {
  const bytes = new Uint8Array(VOTING_CODE.symbols);
  crypto.getRandomValues(bytes);
  return makeCode(bytes, VOTING_CODE);
}
