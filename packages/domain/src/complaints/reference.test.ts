import { describe, expect, it } from "vitest";
import { formatComplaintReference, parseComplaintReference } from "./reference.js";

describe("complaint reference", () => {
  it("formats year and sequence", () => {
    expect(formatComplaintReference(2026, 42)).toBe("CMP-2026-00042");
    expect(formatComplaintReference(2026, 123456)).toBe("CMP-2026-123456");
    expect(() => formatComplaintReference(2026, 0)).toThrow(RangeError);
    expect(() => formatComplaintReference(26, 1)).toThrow(RangeError);
  });

  it("reads what a person types", () => {
    expect(parseComplaintReference(" cmp-2026-00042 ")).toBe("CMP-2026-00042");
    expect(parseComplaintReference("CMP-2026-42")).toBeNull();
    expect(parseComplaintReference("2026-00042")).toBeNull();
  });
});
