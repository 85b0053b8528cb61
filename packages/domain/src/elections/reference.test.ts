import { describe, expect, it } from "vitest";
import { formatElectionReference, nextElectionReference, parseElectionReference } from "./reference.js";

describe("election references", () => {
  it("pads the sequence to three digits and checks its parts", () => {
    expect(formatElectionReference(2027, 1)).toBe("EL-2027-001");
    expect(formatElectionReference(2027, 1234)).toBe("EL-2027-1234");
    expect(() => formatElectionReference(2027, 0)).toThrow(RangeError);
    expect(() => formatElectionReference(27, 1)).toThrow(RangeError);
  });

  it("reads what people type and refuses anything else", () => {
    expect(parseElectionReference(" el-2027-001 ")).toBe("EL-2027-001");
    expect(parseElectionReference("EL-2027-1")).toBeNull();
    expect(parseElectionReference("EL-2027-000")).toBeNull();
    expect(parseElectionReference("SR-2027-001")).toBeNull();
  });

  it("follows the highest reference of the same year only", () => {
    expect(nextElectionReference(2027, [])).toBe("EL-2027-001");
    expect(nextElectionReference(2027, ["EL-2027-002", "EL-2027-009", "EL-2028-040", "junk"])).toBe("EL-2027-010");
  });
});
