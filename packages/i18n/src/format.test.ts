import { describe, expect, it } from "vitest";
import { formatDate, formatNumber } from "./index.js";

// Formatters are reused across calls, so each language and set of options must keep its own.
describe("formatDate and formatNumber", () => {
  it("keep each language and each set of options apart when called again", () => {
    for (let round = 0; round < 2; round++) {
      expect(formatDate("en", "2026-03-29T00:30:00Z")).toBe("29 March 2026");
      expect(formatDate("en", "2026-03-29T00:30:00Z", { dateStyle: "medium" })).toBe("29 Mar 2026");
      expect(formatDate("cy", "2026-03-29T00:30:00Z")).toBe("29 Mawrth 2026");
      expect(formatDate("en", "2026-07-01T23:30:00Z", { dateStyle: "long", timeStyle: "short" })).toBe("2 July 2026 at 00:30");
      expect(formatNumber("en", 1234.5)).toBe("1,234.5");
      expect(formatNumber("en", 1234.5, { style: "currency", currency: "GBP" })).toBe("£1,234.50");
      expect(formatNumber("pl", 1234.5)).toBe("1234,5");
    }
  });
});
