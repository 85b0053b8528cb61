import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  canUseConsole,
  checkSessionExpiry,
  decideThrottle,
  exclusiveChoiceConflict,
  negotiateLocale,
  newSessionExpiry,
  normalisePostcode,
  normaliseTenancyReference,
  formatTenancyReference,
  passwordProblem,
  textDirection,
  SIGN_IN_LIMITS,
  RESIDENT_SESSION,
} from "./index.js";

describe("postcodes", () => {
  it.each([
    ["cf10 1aa", "CF10 1AA"],
    ["CF101AA", "CF10 1AA"],
    ["  sw1a   2aa ", "SW1A 2AA"],
    ["M1 1AE", "M1 1AE"],
    ["b33 8th", "B33 8TH"],
  ])("normalises %s", (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it.each(["", "CF10", "12345", "CF10 1A", "ZZZZ 1AA"])("rejects %s", (input) => {
    expect(normalisePostcode(input)).toBeNull();
  });
});

describe("tenancy references", () => {
  it("accepts the printed form and common variants", () => {
    expect(normaliseTenancyReference("TEN-004217")).toBe("TEN-004217");
    expect(normaliseTenancyReference("ten004217")).toBe("TEN-004217");
    expect(normaliseTenancyReference(" ten - 004217")).toBe("TEN-004217");
    expect(normaliseTenancyReference("TEN-42")).toBeNull();
  });

  it("formats and parses back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        expect(normaliseTenancyReference(formatTenancyReference(n))).toBe(formatTenancyReference(n));
      }),
    );
  });
});

describe("password policy", () => {
  it("names the first problem", () => {
    expect(passwordProblem("short")).toBe("too-short");
    expect(passwordProblem("x".repeat(129))).toBe("too-long");
    expect(passwordProblem("Password123")).toBe("too-common");
    expect(passwordProblem("amina.khan-garden", { email: "amina.khan@example.org" })).toBe("contains-email");
    expect(passwordProblem("correct horse battery")).toBeNull();
  });
});

describe("sign-in throttle", () => {
  const now = new Date("2026-11-24T12:00:00Z");
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

  it("allows fewer failures than the limit", () => {
    const account = [1, 2, 3, 4].map(minutesAgo).reverse();
    expect(decideThrottle({ account, address: account }, now)).toEqual({ allowed: true });
  });

  it("blocks an account after five failures until the oldest counted one ages out", () => {
    const account = [14, 10, 6, 3, 1].map(minutesAgo);
    const decision = decideThrottle({ account, address: [] }, now);
    expect(decision).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it("blocks an address spraying many accounts", () => {
    const address = Array.from({ length: 20 }, (_, i) => minutesAgo(10 - i * 0.1));
    const decision = decideThrottle({ account: [], address }, now);
    expect(decision.allowed).toBe(false);
  });

  it("never asks anyone to wait longer than the window", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 15 * 60 - 1 }), { maxLength: 40 }), (ages) => {
        const times = ages.map((s) => new Date(now.getTime() - s * 1000)).sort((a, b) => a.getTime() - b.getTime());
        const decision = decideThrottle({ account: times, address: times }, now);
        if (!decision.allowed) {
          expect(decision.retryAfterSeconds).toBeGreaterThan(0);
          expect(decision.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_LIMITS.windowSeconds);
        } else {
          expect(times.length).toBeLessThan(SIGN_IN_LIMITS.maxFailuresPerAccount);
        }
      }),
    );
  });
});

describe("session expiry", () => {
  const now = new Date("2026-11-24T12:00:00Z");

  it("expires at or after the expiry time", () => {
    expect(checkSessionExpiry(now, now, RESIDENT_SESSION)).toEqual({ state: "expired" });
  });

  it("extends only in the second half of the lifetime", () => {
    const fresh = newSessionExpiry(now, RESIDENT_SESSION);
    expect(checkSessionExpiry(fresh, now, RESIDENT_SESSION)).toEqual({ state: "valid", expiresAt: fresh, extended: false });
    const tired = new Date(now.getTime() + 1000);
    const checked = checkSessionExpiry(tired, now, RESIDENT_SESSION);
    expect(checked).toEqual({ state: "valid", expiresAt: fresh, extended: true });
  });
});

describe("roles", () => {
  it("lets only console roles into the console", () => {
    expect(canUseConsole(["resident"])).toBe(false);
    expect(canUseConsole(["resident", "scrutiny"])).toBe(true);
    expect(canUseConsole(["admin"])).toBe(true);
    expect(canUseConsole([])).toBe(false);
  });
});

describe("exclusive choices", () => {
  it("flags prefer-not-to-say with another answer", () => {
    expect(exclusiveChoiceConflict(["none"], "none")).toBe(false);
    expect(exclusiveChoiceConflict(["none", "sight"], "none")).toBe(true);
    expect(exclusiveChoiceConflict(["sight"], "none")).toBe(false);
  });
});

describe("locales", () => {
  it("negotiates Accept-Language with q-values and regions", () => {
    expect(negotiateLocale("pl-PL,pl;q=0.9,en;q=0.8")).toBe("pl");
    expect(negotiateLocale("fr-FR,fr;q=0.9,cy;q=0.5,en;q=0.4")).toBe("cy");
    expect(negotiateLocale("de, en;q=0")).toBeNull();
    expect(negotiateLocale("en;q=0.2, ar;q=0.9")).toBe("ar");
    expect(negotiateLocale(undefined)).toBeNull();
    expect(negotiateLocale("*")).toBeNull();
  });

  it("sets right-to-left for Urdu and Arabic", () => {
    expect(textDirection("ur")).toBe("rtl");
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("cy")).toBe("ltr");
  });
});
