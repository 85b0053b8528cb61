import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ballotOrder } from "./ballot-order.js";

describe("ballot-paper order", () => {
  it("sorts by surname, then forenames, ignoring case and accents", () => {
    const order = ballotOrder([
      { id: "1", surname: "Williams", forenames: "Rhian" },
      { id: "2", surname: "ahmed", forenames: "Sara" },
      { id: "3", surname: "Évans", forenames: "Dafydd" },
      { id: "4", surname: "Ahmed", forenames: "Omar" },
      { id: "5", surname: "O'Brien", forenames: "Kate" },
    ]);
    expect(order).toEqual(["4", "2", "3", "5", "1"]);
  });

  it("breaks identical names by id so the order is always the same", () => {
    expect(ballotOrder([{ id: "b", surname: "Ali", forenames: "Hassan" }, { id: "a", surname: "Ali", forenames: "Hassan" }])).toEqual(["a", "b"]);
  });

  it("does not depend on the order candidates arrive in", () => {
    const name = fc.record({ id: fc.uuid(), surname: fc.string({ maxLength: 8 }), forenames: fc.string({ maxLength: 8 }) });
    fc.assert(
      fc.property(fc.uniqueArray(name, { selector: (c) => c.id, maxLength: 12 }), (candidates) => {
        expect(ballotOrder([...candidates].reverse())).toEqual(ballotOrder(candidates));
      }),
    );
  });
});
