import { useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Footer, Header, SkipLink } from "@hearth/ui";
import { PageBody, SignOutForm } from "@hearth/ui/remix";
import type { RootData } from "../root";
import { currentSection, sectionsFor } from "../lib/sections";

export function ConsoleLayout({ root, children, path }: { root: RootData; children: ReactNode; path?: string }) {
  const { t } = useTranslation("console");
  const location = useLocation();
  const here = path ?? location.pathname;
  const user = root.user;
  // Someone on a temporary password can only change it, so they get no links to elsewhere.
  const navigation =
    user && !user.mustChangePassword
      ? [
          { href: "/", label: t("nav.home"), current: here === "/" },
          ...sectionsFor(user.roles).map((section, _, sections) => ({ href: section.href, label: t(`nav.${section.id}`), current: currentSection(sections, here) === section })),
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
            <SignOutForm csrfToken={root.csrfToken} label={t("nav.signOut")} />
          </>
        )}
      </Header>
      <PageBody csrfToken={root.csrfToken} locale={root.locale}>
        {children}
      </PageBody>
      <Footer>
        <p className="govuk-body-s">{t("footer.about", { landlord: root.landlordName ?? t("common:product") })}</p>
      </Footer>
    </>
  );
}
