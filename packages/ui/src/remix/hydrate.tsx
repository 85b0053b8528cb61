import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { createI18n, isLocale, DEFAULT_LOCALE } from "@hearth/i18n";

/** The body of both apps' entry.client: the page language comes from <html lang>. */
export function hydrateHearth(): void {
  const lang = document.documentElement.lang;
  const i18n = createI18n(isLocale(lang) ? lang : DEFAULT_LOCALE);
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18n}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}
