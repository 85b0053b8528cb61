import { describe, expect, it } from "vitest";
import { EVIDENCE_LIMITS, evidenceFileProblem, evidenceLinkProblem } from "./evidence-log.js";

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);

describe("evidenceLinkProblem", () => {
  it.each(["https://www.housing-ombudsman.org.uk/reports", "http://intranet.example/benchmarks?year=2025#repairs", "  https://example.org  "])("keeps %s", (url) => {
    expect(evidenceLinkProblem(url)).toBeNull();
  });

  it.each([
    ["", "required"],
    ["   ", "required"],
    ["not a link", "invalid"],
    ["www.example.org", "invalid"],
    ["https://user:secret@example.org/", "invalid"],
    ["javascript:alert(1)", "notWeb"],
    ["file:///etc/passwd", "notWeb"],
    ["data:text/html,<script>alert(1)</script>", "notWeb"],
    ["ftp://example.org/file", "notWeb"],
    [`https://example.org/${"a".repeat(EVIDENCE_LIMITS.urlMax)}`, "tooLong"],
  ])("refuses %j as %s", (url, problem) => {
    expect(evidenceLinkProblem(url)).toBe(problem);
  });
});

describe("evidenceFileProblem", () => {
  it("accepts a PDF, JPEG or PNG under the size limit", () => {
    expect(evidenceFileProblem(PDF, 0)).toBeNull();
    expect(evidenceFileProblem(PDF, EVIDENCE_LIMITS.maxFiles - 1)).toBeNull();
  });

  it("uses the complaint rules for type, size and emptiness, with the log's own file count", () => {
    expect(evidenceFileProblem(new Uint8Array(), 0)).toBe("empty");
    expect(evidenceFileProblem(new TextEncoder().encode("MZ not a pdf"), 0)).toBe("wrongType");
    const big = new Uint8Array(EVIDENCE_LIMITS.maxBytes + 1);
    big.set(PDF);
    expect(evidenceFileProblem(big, 0)).toBe("tooLarge");
    // A complaint holds five files at most; a review's log holds more.
    expect(evidenceFileProblem(PDF, 5)).toBeNull();
    expect(evidenceFileProblem(PDF, EVIDENCE_LIMITS.maxFiles)).toBe("tooMany");
  });
});
