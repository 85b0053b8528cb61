import i18next, { type i18n, type TFunction } from "i18next";
import { DEFAULT_LOCALE, LOCALES, isLocale, textDirection, type Locale } from "@hearth/domain/identity";
import { NAMESPACES, type Namespace } from "./namespaces.js";
import { resources } from "./resources.js";

export { NAMESPACES, type Namespace } from "./namespaces.js";
export { resources } from "./resources.js";
export { LOCALES, DEFAULT_LOCALE, isLocale, textDirection, type Locale };

/** Each language named in itself, as a switcher should show it. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  cy: "Cymraeg",
  pl: "Polski",
  ur: "اردو",
  ar: "العربية",
  so: "Soomaali",
};

/** A ready i18next instance; resources are bundled, so no waiting on a backend. */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    ns: [...NAMESPACES],
    defaultNS: "common",
    resources: resources as unknown as Record<string, Record<string, Record<string, unknown>>>,
    interpolation: { escapeValue: false },
    initImmediate: false,
    returnNull: false,
  });
  return instance;
}

export interface TranslatableMessage {
  key: string;
  params?: Record<string, string | number>;
}

/** API messages carry keys in the "errors" namespace (e.g. "errors.email.taken"). */
export function translateMessage(t: TFunction, message: TranslatableMessage): string {
  const key = message.key.startsWith("errors.") ? `errors:${message.key.slice("errors.".length)}` : message.key;
  return t(key, message.params ?? {}) as string;
}

export function formatDate(locale: Locale, value: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: "long" }): string {
  const format = formatter(dateFormats, locale, options, () => new Intl.DateTimeFormat(localeTag(locale), { timeZone: "Europe/London", ...options }));
  return format.format(typeof value === "string" ? new Date(value) : value);
}

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return formatter(numberFormats, locale, options, () => new Intl.NumberFormat(localeTag(locale), options)).format(value);
}

// Building an Intl formatter costs about as much as 50 uses of one (ICU loads
// the locale's data each time), and a page formats dozens of dates; formatters
// are immutable, so one per language and options serves every request.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function formatter<F>(cache: Map<string, F>, locale: Locale, options: object | undefined, build: () => F): F {
  const key = `${locale} ${JSON.stringify(options ?? {})}`;
  let format = cache.get(key);
  if (!format) {
    format = build();
    cache.set(key, format);
  }
  return format;
}

/** British conventions for each language (dates as 24 November 2026, pounds). */
function localeTag(locale: Locale): string {
  return { en: "en-GB", cy: "cy-GB", pl: "pl-PL", ur: "ur-PK", ar: "ar", so: "so-SO" }[locale];
}

const shared = new Map<Locale, i18n>();

/**
 * One instance per language for the server's lifetime: the language never
 * changes on it, so requests can share it instead of building one each time.
 */
export function sharedI18n(locale: Locale): i18n {
  let instance = shared.get(locale);
  if (!instance) {
    instance = createI18n(locale);
    shared.set(locale, instance);
  }
  return instance;
}

/** Translation on the server outside React (page titles, emails). */
export function serverT(locale: Locale, namespace: Namespace = "common"): TFunction {
  return sharedI18n(locale).getFixedT(locale, namespace);
}
