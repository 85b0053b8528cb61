import { Form, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, LOCALES, textDirection, type Locale } from "@hearth/i18n";
import { LanguageSwitcher } from "../components/LanguageSwitcher.js";
import { CsrfField } from "./forms.js";

/** Sign out is a POST (it changes state), styled as a link in the header. */
export function SignOutForm({ csrfToken, label }: { csrfToken: string; label: string }) {
  return (
    <Form method="post" action="/sign-out" className="hearth-header__sign-out">
      <CsrfField token={csrfToken} />
      <button type="submit" className="hearth-link-button hearth-header__sign-out-button">
        {label}
      </button>
    </Form>
  );
}

/** Between header and footer in both apps: the language switcher (which returns to this page) and <main>. */
export function PageBody({ csrfToken, locale, children }: { csrfToken: string; locale: Locale; children: ReactNode }) {
  const { t } = useTranslation("common");
  const location = useLocation();
  return (
    <div className="govuk-width-container">
      <LanguageSwitcher
        label={t("language.label")}
        action="/language"
        csrfToken={csrfToken}
        returnTo={location.pathname + location.search}
        languages={LOCALES.map((code) => ({ code, nativeName: LANGUAGE_NAMES[code], current: code === locale, dir: textDirection(code) }))}
      />
      <main className="govuk-main-wrapper" id="main-content">
        {children}
      </main>
    </div>
  );
}
