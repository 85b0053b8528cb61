import { describe, expect, it } from "vitest";
import { attr, render, tag, tags, text } from "../test-utils.js";
import { ErrorSummary } from "./ErrorSummary.js";

describe("ErrorSummary", () => {
  it("renders nothing when there are no errors", () => {
    expect(render(<ErrorSummary title="T" errors={[]} />)).toBe("");
  });

  it("is focusable, has an alert region, and links each error to its field", () => {
    const html = render(
      <ErrorSummary
        title="PROBLEM"
        errors={[
          { href: "#email", text: "Enter EMAIL" },
          { href: "#contact", text: "Choose CONTACT" },
        ]}
      />,
    );
    const root = tag(html, "div");
    expect(root).toContain('class="govuk-error-summary"');
    expect(attr(root, "tabindex")).toBe("-1");
    expect(html).toContain('<div role="alert"><h2 class="govuk-error-summary__title">PROBLEM</h2>');
    expect(tags(html, "a").map((a) => attr(a, "href"))).toEqual(["#email", "#contact"]);
    expect(text(html)).toBe("PROBLEM Enter EMAIL Choose CONTACT");
  });
});
