import { useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Footer, Header, SkipLink } from "@hearth/ui";
import { PageBody, SignOutForm } from "@hearth/ui/remix";
import type { RootData } from "../root";

export function PortalLayout({ root, children, path }: { root: RootData; children: ReactNode; path?: string }) {
  const { t } = useTranslation("portal");
  const location = useLocation();
  const here = path ?? location.pathname;
  const navigation = root.user
    ? [
        { href: "/complaints", label: t("complaints.nav"), current: here.startsWith("/complaints") },
        {
          href: "/messages",
          label: root.user.unreadMessages ? t("messages:nav.unread", { count: root.user.unreadMessages }) : t("messages:title"),
          current: here.startsWith("/messages"),
        },
        { href: "/account", label: t("nav.account"), current: here.startsWith("/account") },
        { href: "/elections", label: t("voting:nav"), current: here.startsWith("/elections") || here.startsWith("/vote") },
        { href: "/reviews", label: t("publication:reader.nav"), current: here.startsWith("/reviews") },
      ]
    : [
        { href: "/sign-in", label: t("nav.signIn"), current: here === "/sign-in" },
        { href: "/claim", label: t("nav.claim"), current: here.startsWith("/claim") },
        { href: "/elections", label: t("voting:nav"), current: here.startsWith("/elections") || here.startsWith("/vote") },
        { href: "/reviews", label: t("publication:reader.nav"), current: here.startsWith("/reviews") },
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
        {root.user && <SignOutForm csrfToken={root.csrfToken} label={t("nav.signOut")} />}
      </Header>
      <PageBody csrfToken={root.csrfToken} locale={root.locale}>
        {children}
      </PageBody>
      <Footer links={[{ href: "/accessibility", label: t("footer.accessibility") }]}>
        <p className="govuk-body-s">{t("footer.about")}</p>
      </Footer>
    </>
  );
}
