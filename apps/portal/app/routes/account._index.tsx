import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, isLocale } from "@hearth/i18n";
import { EQUALITY_QUESTION_IDS } from "@hearth/domain/identity";
import { NotificationBanner, SummaryList } from "@hearth/ui";
import { profilePage } from "../lib/account.server";

const SECTIONS = ["language", "format", "contact", "support", "equality", "password"] as const;

export async function loader(args: LoaderFunctionArgs) {
  const page = await profilePage(args, "account.title");
  const url = new URL(args.request.url);
  const updated = url.searchParams.get("updated");
  return { ...page, welcome: url.searchParams.has("welcome"), updated: SECTIONS.find((s) => s === updated) ?? null };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function Account() {
  const { t } = useTranslation("portal");
  const { profile, welcome, updated } = useLoaderData<typeof loader>();
  const none = t("account.none");
  const change = (href: string, what: string) => [{ href, label: t("common:form.change"), visuallyHiddenText: what }];
  const answered = EQUALITY_QUESTION_IDS.filter((q) => profile.equality[q]).length;
  const address = [profile.home.addressLine1, profile.home.addressLine2, profile.home.town, profile.home.postcode].filter(Boolean);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {(welcome || updated) && (
          <NotificationBanner title={t("common:notice")} type="success">
            <p className="govuk-notification-banner__heading">{welcome ? t("account.welcome") : t(`account.updated.${updated}`)}</p>
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-l">{t("account.title")}</h1>
        <h2 className="govuk-heading-m">{t("account.home.heading")}</h2>
        <SummaryList
          rows={[
            { key: t("account.home.name"), value: `${profile.firstName} ${profile.lastName}` },
            { key: t("account.home.address"), value: address.map((line) => <span key={line} className="hearth-address-line">{line}<br /></span>) },
            { key: t("account.home.neighbourhood"), value: profile.neighbourhood },
            { key: t("account.home.reference"), value: profile.tenancyReference },
            { key: t("account.home.email"), value: profile.email },
          ]}
        />
        <h2 className="govuk-heading-m">{t("account.preferences.heading")}</h2>
        <p className="govuk-body">{t("account.preferences.intro")}</p>
        <SummaryList
          rows={[
            { key: t("account.language.label"), value: isLocale(profile.preferredLanguage) ? <span lang={profile.preferredLanguage}>{LANGUAGE_NAMES[profile.preferredLanguage]}</span> : none, actions: change("/account/language", t("account.language.label")) },
            { key: t("account.format.label"), value: t(`profile.format.${profile.preferredFormat}`), actions: change("/account/format", t("account.format.label")) },
            {
              key: t("account.contact.label"),
              value: profile.contactMethods.length ? profile.contactMethods.map((m) => t(`profile.contact.${m}`)).join(", ") + (profile.phone ? ` (${profile.phone})` : "") : none,
              actions: change("/account/contact", t("account.contact.label")),
            },
            {
              key: t("account.support.label"),
              value: profile.supportNeeds.length ? profile.supportNeeds.map((n) => t(`profile.support.${n}`)).join(", ") : none,
              actions: change("/account/support", t("account.support.label")),
            },
            { key: t("account.equality.label"), value: t("account.equality.answered", { count: answered, total: EQUALITY_QUESTION_IDS.length }), actions: change("/account/equality", t("account.equality.label")) },
          ]}
        />
        <h2 className="govuk-heading-m">{t("account.security.heading")}</h2>
        <p className="govuk-body">
          <a className="govuk-link" href="/account/password">
            {t("account.security.changePassword")}
          </a>
        </p>
      </div>
    </div>
  );
}
