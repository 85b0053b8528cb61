import { describe, expect, it } from "vitest";
import { LOCALES, NAMESPACES, resources } from "./index.js";

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Keys with plural suffixes stripped: each language has its own set of plural forms. */
function baseKeys(map: Map<string, string>): Set<string> {
  return new Set([...map.keys()].map((key) => key.replace(PLURAL, "")));
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe.each(NAMESPACES)("%s namespace", (ns) => {
  const english = leaves(resources.en[ns] as Tree);

  it.each(LOCALES.filter((l) => l !== "en"))("%s has every English key and no extra ones", (locale) => {
    const translated = leaves(resources[locale][ns] as Tree);
    expect([...baseKeys(translated)].sort()).toEqual([...baseKeys(english)].sort());
  });

  it.each(LOCALES)("%s has every plural form its language needs", (locale) => {
    const translated = leaves(resources[locale][ns] as Tree);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const plurals = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, "")));
    for (const base of plurals) {
      for (const category of categories) expect(translated.has(`${base}_${category}`), `${locale} ${ns}:${base}_${category}`).toBe(true);
    }
  });

  it.each(LOCALES.filter((l) => l !== "en"))("%s keeps every placeholder and is really translated", (locale) => {
    const translated = leaves(resources[locale][ns] as Tree);
    let copied = 0;
    for (const [key, text] of translated) {
      const englishText = english.get(key) ?? english.get(key.replace(PLURAL, "_other"));
      if (englishText === undefined) continue;
      expect(placeholders(text), `${locale} ${ns}:${key}`).toEqual(placeholders(englishText));
      if (text === englishText && /[a-z]{4,}/.test(text)) copied++;
    }
    // Names of languages, "Hearth" and the like may match English; whole sentences must not.
    expect(copied, `${locale} ${ns}: strings identical to English`).toBeLessThanOrEqual(Math.max(3, Math.floor(english.size * 0.05)));
  });
});
