import { describe, expect, it } from "vitest";
import { attr, classes, render, tag, tags, text } from "../test-utils.js";
import { Timeline } from "./Timeline.js";

describe("Timeline", () => {
  it("is an ordered list of headed items with machine-readable dates", () => {
    const html = render(
      <Timeline
        headingLevel={4}
        items={[
          { key: "a", title: "RECEIVED", date: "DATE-1", dateTime: "2026-03-02", description: <p>MORE</p> },
          { key: "b", title: "DUE", date: "DATE-2", upcoming: true },
        ]}
      />,
    );
    expect(classes(tag(html, "ol"))).toEqual(["hearth-timeline"]);
    const items = tags(html, "li");
    expect(items.map(classes)).toEqual([["hearth-timeline__item"], ["hearth-timeline__item", "hearth-timeline__item--upcoming"]]);
    expect(tags(html, "h4")).toHaveLength(2);
    expect(attr(tag(html, "time"), "datetime")).toBe("2026-03-02");
    expect(text(html)).toBe("RECEIVED DATE-1 MORE DUE DATE-2");
  });
});
