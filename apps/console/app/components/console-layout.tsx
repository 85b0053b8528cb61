import { Form, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, LOCALES, textDirection } from "@hearth/i18n";
import { Footer, Header, LanguageSwitcher, SkipLink } from "@hearth/ui";
import { CsrfField } from "@hearth/ui/remix";
import type { RootData } from "../root";
import { sectionsFor } from "../lib/sections";

export function ConsoleLayout({ root, children, path }: { root: RootData; children: ReactNode; path?: string }) {
  const { t } = useTranslation("console");
  const location = useLocation();
  const here = path ?? location.pathname;
  const returnTo = here + location.search;
  const user = root.user;
  // Someone on a temporary password can only change it, so they get no links to elsewhere.
  const navigation =
    user && !user.mustChangePassword
      ? [
          { href: "/", label: t("nav.home"), current: here === "/" },
          ...sectionsFor(user.roles).map((section) => ({ href: section.href, label: t(`nav.${section.id}`), current: here === section.href || here.startsWith(`${section.href}/`) })),
        ]
      : [];
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
        {user && (
          <>
            <span className="hearth-header__user">{t("nav.signedInAs", { name: user.name })}</span>
            <Form method="post" action="/sign-out" className="hearth-header__sign-out">
              <CsrfField token={root.csrfToken} />
              <button type="submit" className="hearth-link-button hearth-header__sign-out-button">
                {t("nav.signOut")}
              </button>
            </Form>
          </>
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
      <Footer>
        <p className="govuk-body-s">{t("footer.about", { landlord: root.landlordName ?? t("common:product") })}</p>
      </Footer>
    </>
  );
}
