import { Links, Meta, Scripts, ScrollRestoration } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { textDirection, type Locale } from "@hearth/i18n";
import { UiStringsProvider } from "../strings.js";

export interface HearthDocumentProps {
  locale: Locale;
  nonce?: string;
  children: ReactNode;
}

/** <html> with the page's language and direction, and the UI strings in that language. */
export function HearthDocument({ locale, nonce, children }: HearthDocumentProps) {
  const { t, i18n } = useTranslation("common");
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
  return (
    <html lang={locale} dir={textDirection(locale)} className="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#0b3d3a" />
        <Meta />
        <Links />
      </head>
      <body className="govuk-template__body">
        <UiStringsProvider
          value={{
            errorPrefix: t("ui.errorPrefix"),
            skipToMainContent: t("ui.skipToMain"),
            paginationPrevious: t("ui.previous"),
            paginationNext: t("ui.next"),
            paginationPage: (page) => t("ui.page", { page }),
            or: t("ui.or"),
          }}
        >
          {children}
        </UiStringsProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}
