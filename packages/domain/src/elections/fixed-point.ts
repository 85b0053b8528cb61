// Vote values are held as integers scaled by 10^decimals (Scottish STV: 5,
// Meek STV: 9) so every published figure is exact and reproducible.

export function scaleOf(decimals: number): bigint {
  return 10n ** BigInt(decimals);
}

/** Formats a scaled integer as a decimal string with exactly `decimals` places. */
export function formatFixed(value: bigint, decimals: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const digits = abs.toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  return `${negative ? "-" : ""}${whole}${decimals > 0 ? `.${fraction}` : ""}`;
}

/**
 * Parses a decimal string into an integer scaled by 10^decimals. Throws when
 * the text has more places than `decimals`, so nothing is silently rounded.
 */
export function parseFixed(text: string, decimals: number): bigint {
  const match = /^(-?)(\d+)(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) throw new RangeError(`not a decimal number: ${JSON.stringify(text)}`);
  const fraction = match[3] ?? "";
  if (fraction.length > decimals) {
    throw new RangeError(`${JSON.stringify(text)} has more than ${decimals} decimal places`);
  }
  const value = BigInt(`${match[2]}${fraction.padEnd(decimals, "0")}`);
  return match[1] === "-" ? -value : value;
}
