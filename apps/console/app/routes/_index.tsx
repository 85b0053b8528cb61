import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { ROLES } from "@hearth/domain/identity";
import { NotificationBanner } from "@hearth/ui";
import { RoleTags } from "../components/role-tags";
import { sectionsFor, UPCOMING_ROLES } from "../lib/sections";
import { staffScope } from "../lib/request.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await staffScope(args);
  const url = new URL(args.request.url);
  const { user } = scope;
  return {
    title: scope.title("home.title"),
    name: user.name,
    email: user.email,
    // In the order ROLES lists them, so every page shows roles the same way.
    roles: ROLES.filter((role) => user.roles.includes(role)),
    passwordChanged: url.searchParams.get("updated") === "password",
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function Home() {
  const { t } = useTranslation("console");
  const { name, email, roles, passwordChanged } = useLoaderData<typeof loader>();
  const sections = sectionsFor(roles);
  const upcoming = UPCOMING_ROLES.filter((role) => roles.includes(role));
  const links = [...sections.map((section) => ({ href: section.href, id: section.id })), { href: "/account/password", id: "password" }];
  return (
    <>
      {passwordChanged && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <NotificationBanner title={t("common:notice")} type="success">
              <p className="govuk-notification-banner__heading">{t("home.passwordChanged")}</p>
            </NotificationBanner>
          </div>
        </div>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-xl">{t("home.heading", { name })}</h1>
          <p className="govuk-body-l">{t("home.signedInAs", { email })}</p>
          <h2 className="govuk-heading-m">{t("home.roles.heading")}</h2>
          <RoleTags roles={roles} />
        </div>
      </div>
      <h2 className="govuk-heading-m">{t("home.tasks.heading")}</h2>
      <ul className="hearth-card-list">
        {links.map((link) => (
          <li key={link.id} className="hearth-card">
            <h3 className="govuk-heading-s hearth-card__heading">
              <a className="govuk-link hearth-card__link" href={link.href}>
                {t(`home.tasks.${link.id}.title`)}
              </a>
            </h3>
            <p className="govuk-body hearth-card__body">{t(`home.tasks.${link.id}.body`)}</p>
          </li>
        ))}
      </ul>
      {upcoming.length > 0 && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m">{t("home.upcoming.heading")}</h2>
            <p className="govuk-body">{t("home.upcoming.intro")}</p>
            {upcoming.map((role) => (
              <Fragment key={role}>
                <h3 className="govuk-heading-s">{t(`common:roles.${role}`)}</h3>
                <p className="govuk-body">{t(`home.upcoming.${role}`)}</p>
              </Fragment>
            ))}
          </div>
        </div>
      )}
    </>
  );
}
