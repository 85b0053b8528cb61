// Single-use voting codes are kept only as a hash, so a copy of the table
// cannot be used to vote. Issuing (the officer's mail-out) and voting with a
// code must hash the same way: both go through `hashVotingCode`.
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";

/**
 * SHA-256 of the canonical code (as `makeCode` prints it and `normaliseCode`
 * returns it: upper case, groups of four joined by dashes). A code carries 75
 * random bits, so an unsalted fast hash cannot be reversed by guessing.
 */
export function hashVotingCode(canonicalCode: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(canonicalCode)));
}
