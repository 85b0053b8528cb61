import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { UiStringsProvider, type UiStrings } from "./strings.js";

/** Deliberately non-English strings, so tests can tell provided text from hard-coded text. */
export const fakeStrings: UiStrings = {
  errorPrefix: "ERRPFX:",
  skipToMainContent: "SKIPTXT",
  paginationPrevious: "PREVTXT",
  paginationNext: "NEXTTXT",
  paginationPage: (page) => `PAGETXT-${page}`,
  or: "ORTXT",
};

export function render(element: ReactElement, strings: UiStrings = fakeStrings): string {
  return renderToStaticMarkup(<UiStringsProvider value={strings}>{element}</UiStringsProvider>);
}

/** The opening tag of the first element matching `selector` (`#id`, `tag`, or `tag[attr="value"]`). */
export function tag(html: string, selector: string): string {
  let pattern: RegExp;
  if (selector.startsWith("#")) {
    pattern = new RegExp(`<[a-z0-9]+\\b[^>]*\\bid="${escape(selector.slice(1))}"[^>]*>`, "i");
  } else {
    const match = /^([a-z0-9]+)(?:\[([a-z-]+)="([^"]*)"\])?$/i.exec(selector);
    if (!match) throw new Error(`unsupported selector ${selector}`);
    const [, name, attr, value] = match;
    pattern = attr
      ? new RegExp(`<${name}\\b[^>]*\\b${attr}="${escape(value ?? "")}"[^>]*>`, "i")
      : new RegExp(`<${name}\\b[^>]*>`, "i");
  }
  const found = pattern.exec(html);
  if (!found) throw new Error(`no element matches ${selector} in:\n${html}`);
  return found[0];
}

/** All opening tags of elements named `name`. */
export function tags(html: string, name: string): string[] {
  return html.match(new RegExp(`<${name}\\b[^>]*>`, "gi")) ?? [];
}

/** Value of `attribute` on an opening tag (HTML attribute names are case-insensitive), or undefined. */
export function attr(openingTag: string, attribute: string): string | undefined {
  const match = new RegExp(`\\s${escape(attribute)}="([^"]*)"`, "i").exec(openingTag);
  return match?.[1];
}

/** The class list of an opening tag. */
export function classes(openingTag: string): string[] {
  return (attr(openingTag, "class") ?? "").split(/\s+/).filter(Boolean);
}

/** Text content: tags removed, whitespace collapsed. */
export function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
