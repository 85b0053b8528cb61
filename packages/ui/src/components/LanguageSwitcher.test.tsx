import { describe, expect, it } from "vitest";
import { attr, render, tag, tags, text } from "../test-utils.js";
import { LanguageSwitcher } from "./LanguageSwitcher.js";

const languages = [
  { code: "en", nativeName: "English", current: true },
  { code: "cy", nativeName: "Cymraeg", current: false },
  { code: "ur", nativeName: "اردو", current: false, dir: "rtl" as const },
];

describe("LanguageSwitcher", () => {
  const html = render(
    <LanguageSwitcher
      label="LANGNAV"
      action="/language"
      csrfToken="tok123"
      returnTo="/complaints/new?step=2"
      languages={languages}
    />,
  );

  it("is a labelled nav around a POST form to the action", () => {
    expect(attr(tag(html, "nav"), "aria-label")).toBe("LANGNAV");
    const form = tag(html, "form");
    expect(attr(form, "method")).toBe("post");
    expect(attr(form, "action")).toBe("/language");
  });

  it("carries the CSRF token and returnTo as hidden inputs", () => {
    const hidden = tags(html, "input").filter((input) => attr(input, "type") === "hidden");
    expect(hidden.map((input) => [attr(input, "name"), attr(input, "value")])).toEqual([
      ["csrf", "tok123"],
      ["returnTo", "/complaints/new?step=2"],
    ]);
  });

  it("uses a custom CSRF field name", () => {
    const custom = render(
      <LanguageSwitcher label="L" action="/l" csrfToken="t" csrfFieldName="_csrf" returnTo="/" languages={languages} />,
    );
    expect(attr(tag(custom, 'input[name="_csrf"]'), "value")).toBe("t");
  });

  it("has one submit button per other language, named lang, with its own lang attribute", () => {
    const buttons = tags(html, "button");
    expect(buttons).toHaveLength(2);
    expect(buttons.map((b) => [attr(b, "type"), attr(b, "name"), attr(b, "value"), attr(b, "lang")])).toEqual([
      ["submit", "lang", "cy", "cy"],
      ["submit", "lang", "ur", "ur"],
    ]);
    expect(attr(buttons[1] ?? "", "dir")).toBe("rtl");
  });

  it("shows the current language as plain text with aria-current", () => {
    const current = tag(html, 'span[aria-current="true"]');
    expect(attr(current, "lang")).toBe("en");
    expect(html).not.toContain('value="en"');
    expect(text(html)).toBe("English Cymraeg اردو");
  });
});
