import { Form, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, LOCALES, textDirection } from "@hearth/i18n";
import { Footer, Header, LanguageSwitcher, SkipLink } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import type { RootData } from "../root";

export function PortalLayout({ root, children, path }: { root: RootData; children: ReactNode; path?: string }) {
  const { t } = useTranslation("portal");
  const location = useLocation();
  const here = path ?? location.pathname;
  const returnTo = here + location.search;
  const navigation = root.user
    ? [{ href: "/account", label: t("nav.account"), current: here.startsWith("/account") }]
    : [
        { href: "/sign-in", label: t("nav.signIn"), current: here === "/sign-in" },
        { href: "/claim", label: t("nav.claim"), current: here.startsWith("/claim") },
      ];
  return (
    <>
      <SkipLink />
      <Header
        serviceName={t("serviceName")}
        organisationName={root.landlordName ?? t("common:product")}
        homeHref="/"
        navigation={navigation}
        navigationLabel={t("common:nav.label")}
      >
        {root.user && (
          <Form method="post" action="/sign-out" className="hearth-header__sign-out">
            <CsrfField token={root.csrfToken} />
            <button type="submit" className="hearth-link-button hearth-header__sign-out-button">
              {t("nav.signOut")}
            </button>
          </Form>
        )}
      </Header>
      <div className="govuk-width-container">
        <LanguageSwitcher
          label={t("common:language.label")}
          action="/language"
          csrfToken={root.csrfToken}
          returnTo={returnTo}
          languages={LOCALES.map((code) => ({ code, nativeName: LANGUAGE_NAMES[code], current: code === root.locale, dir: textDirection(code) }))}
        />
        <main className="govuk-main-wrapper" id="main-content">
          {children}
        </main>
      </div>
      <Footer links={[{ href: "/accessibility", label: t("footer.accessibility") }]}>
        <p className="govuk-body-s">{t("footer.about")}</p>
      </Footer>
    </>
  );
}
