import { describe, expect, it } from "vitest";
import { attr, classes, render, tag, tags, text } from "../test-utils.js";
import { TaskList } from "./TaskList.js";

describe("TaskList", () => {
  const html = render(
    <TaskList
      idPrefix="brief"
      items={[
        { id: "details", title: "ZDETAILS", href: "/r/details", status: { text: "ZDONE" } },
        { id: "group", title: "ZGROUP", href: "/r/group", hint: "ZHINT", status: { text: "ZTODO", colour: "blue" } },
        { id: "summary", title: "ZSUMMARY", status: { text: "ZLATER", muted: true } },
      ]}
    />,
  );

  it("links each task that can be done, described by its status (and hint)", () => {
    const links = tags(html, "a");
    expect(links.map((a) => attr(a, "href"))).toEqual(["/r/details", "/r/group"]);
    expect(attr(links[0]!, "aria-describedby")).toBe("brief-details-status");
    expect(attr(links[1]!, "aria-describedby")).toBe("brief-group-hint brief-group-status");
    expect(classes(tag(html, "#brief-group-hint"))).toEqual(["govuk-task-list__hint"]);
  });

  it("marks rows with links, shows tags for unfinished work and greys out what cannot start", () => {
    expect(tags(html, "li").map(classes)).toEqual([
      ["govuk-task-list__item", "govuk-task-list__item--with-link"],
      ["govuk-task-list__item", "govuk-task-list__item--with-link"],
      ["govuk-task-list__item"],
    ]);
    expect(classes(tag(html, "strong"))).toEqual(["govuk-tag", "govuk-tag--blue"]);
    expect(classes(tag(html, "#brief-summary-status"))).toEqual(["govuk-task-list__status", "govuk-task-list__status--cannot-start-yet"]);
    expect(text(html)).toBe("ZDETAILS ZDONE ZGROUP ZHINT ZTODO ZSUMMARY ZLATER");
  });
});
