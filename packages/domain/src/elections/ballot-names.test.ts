import { describe, expect, it } from "vitest";
import { distinctBallotName, repeatedBallotNames } from "./ballot-names.js";

describe("names on the ballot paper", () => {
  it("keeps a name no one else has, tidied", () => {
    expect(distinctBallotName("  Amira   Hassan ", "Maes y Coed", ["Bryn Evans"])).toBe("Amira Hassan");
  });

  it("describes a second candidate of the same name by their neighbourhood, whatever the case", () => {
    expect(distinctBallotName("John Smith", "Bryn Heulog", ["JOHN SMITH"])).toBe("John Smith (Bryn Heulog)");
  });

  it("numbers them when the neighbourhood is the same too", () => {
    expect(distinctBallotName("John Smith", "Bryn Heulog", ["John Smith", "John Smith (Bryn Heulog)"])).toBe("John Smith (Bryn Heulog, 2)");
    expect(distinctBallotName("John Smith", "Bryn Heulog", ["John Smith", "John Smith (Bryn Heulog)", "John Smith (Bryn Heulog, 2)"])).toBe("John Smith (Bryn Heulog, 3)");
  });

  it("finds names repeated on a paper, once each", () => {
    expect(repeatedBallotNames(["Ann Lee", "Bryn Evans", "ann  lee", "Cai Jones", "Bryn Evans", "Ann Lee"])).toEqual(["Ann Lee", "Bryn Evans"]);
    expect(repeatedBallotNames(["Ann Lee", "Bryn Evans"])).toEqual([]);
  });
});
