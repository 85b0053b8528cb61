import { describe, expect, it } from "vitest";
import { attr, classes, render, tag, text } from "../test-utils.js";
import { CharacterCount } from "./CharacterCount.js";

const counts = { remainingText: (n: number) => `LEFT-${n}`, overText: (n: number) => `OVER-${n}` };

describe("CharacterCount", () => {
  it("without JavaScript shows the limit as a hint the textarea is described by", () => {
    const html = render(<CharacterCount id="story" name="story" label="LBL" hint="HINT" maxLength={50} limitText="LIMIT-50" defaultValue="typed" {...counts} />);
    const textarea = tag(html, "textarea");
    expect(attr(textarea, "aria-describedby")).toBe("story-hint story-info");
    expect(attr(textarea, "maxlength")).toBeUndefined();
    expect(html).toContain(">typed</textarea>");
    expect(html).toContain('<div id="story-info" class="govuk-hint govuk-character-count__message">LIMIT-50</div>');
    const group = tag(html, "div");
    expect(classes(group)).toEqual(["govuk-form-group", "govuk-character-count"]);
    expect(attr(group, "data-maxlength")).toBe("50");
    // The live count only appears once hydrated.
    expect(text(html)).toBe("LBL HINT typed LIMIT-50");
  });

  it("shows an error above the field and describes the textarea with it", () => {
    const html = render(<CharacterCount id="s" name="s" label="L" error="TOO LONG" maxLength={5} limitText="LIMIT" {...counts} />);
    expect(attr(tag(html, "textarea"), "aria-describedby")).toBe("s-info s-error");
    expect(classes(tag(html, "textarea"))).toContain("govuk-textarea--error");
    expect(classes(tag(html, "div"))).toContain("govuk-form-group--error");
    expect(text(html)).toBe("L ERRPFX: TOO LONG LIMIT");
  });

  it("can make the label the page heading", () => {
    const html = render(<CharacterCount id="s" name="s" label="L" labelIsPageHeading maxLength={5} limitText="LIMIT" {...counts} />);
    expect(html).toContain('<h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l" for="s">L</label></h1>');
  });
});
