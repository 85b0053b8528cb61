import { fileURLToPath } from "node:url";
import { compile } from "sass";
import { beforeAll, describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("./hearth.scss", import.meta.url));
const loadPaths = [fileURLToPath(new URL("../../node_modules", import.meta.url))];

describe("hearth.scss", () => {
  let css = "";

  beforeAll(() => {
    css = compile(entry, { loadPaths, quietDeps: true, style: "expanded" }).css;
  }, 30_000);

  it("compiles GOV.UK Frontend with the Arial/Helvetica stack and no GDS Transport", () => {
    expect(css).toContain(".govuk-radios__label");
    expect(css).toContain("font-family: arial, helvetica, sans-serif");
    expect(css).not.toMatch(/GDS Transport/i);
    expect(css).not.toMatch(/@font-face/);
  });

  it("has the Hearth brand and no crown or GOV.UK logo assets besides the unused footer crest", () => {
    expect(css).toContain("#0b4f4b");
    const urls = [...css.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1]);
    expect(urls).toEqual(['"/assets/govuk/images/govuk-crest.svg"']);
  });

  it("mirrors radios and checkboxes for right-to-left pages", () => {
    const rule = (selector: string) => {
      const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const match = new RegExp(`\\[dir=\"?rtl\"?\\] ${escaped} \\{([^}]*)\\}`).exec(css);
      return match?.[1] ?? "";
    };
    expect(rule(".govuk-radios__label::before")).toMatch(/right: 2px;\s*left: auto;/);
    expect(rule(".govuk-radios__label::after")).toMatch(/right: 12px;\s*left: auto;/);
    expect(rule(".govuk-checkboxes__label::before")).toMatch(/right: 2px;\s*left: auto;/);
    expect(rule(".govuk-checkboxes__label::after")).toMatch(/right: 10px;\s*left: auto;/);
    expect(rule(".govuk-radios__hint")).toMatch(/padding-right: 59px;\s*padding-left: 15px;/);
    expect(rule(".govuk-checkboxes--small .govuk-checkboxes__input")).toMatch(/margin-right: -10px;/);
  });

  it("has right-to-left rules for the other mirrored components", () => {
    for (const selector of [
      ".govuk-form-group--error",
      ".govuk-inset-text",
      ".govuk-summary-list__actions",
      ".govuk-table__cell--numeric",
      ".govuk-back-link::before",
      ".govuk-pagination__icon",
      ".govuk-details__summary::before",
      ".govuk-warning-text__icon",
      ".govuk-list--bullet",
      ".govuk-grid-column-two-thirds",
      ".govuk-service-navigation__item--active",
    ]) {
      expect(css, selector).toMatch(new RegExp(`\\[dir=\"?rtl\"?\\] ${selector.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    }
  });
});
