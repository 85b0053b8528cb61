import { describe, expect, it } from "vitest";
import { attr, render, tags } from "../test-utils.js";
import { Table } from "./Table.js";

describe("Table sorting", () => {
  it("marks only the sorted column header with aria-sort", () => {
    const html = render(
      <Table
        head={[<a href="?sort=reference">REF</a>, "NAME", <a href="?sort=due&direction=desc">DUE</a>]}
        rows={[["A1", "Z", "2026-01-02"]]}
        sort={{ column: 2, direction: "descending" }}
      />,
    );
    const headers = tags(html, "th");
    expect(headers.map((th) => attr(th, "aria-sort"))).toEqual([undefined, undefined, "descending"]);
    expect(html).toContain('<a href="?sort=due&amp;direction=desc">DUE</a>');
  });

  it("adds no aria-sort when the table is not sorted", () => {
    const html = render(<Table head={["A", "B"]} rows={[["1", "2"]]} />);
    expect(tags(html, "th").every((th) => attr(th, "aria-sort") === undefined)).toBe(true);
  });
});
