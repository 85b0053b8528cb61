import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "@hearth/ui";
import { pageTitle, scopeOf } from "../lib/request.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await scopeOf(args);
  return { title: pageTitle(args, scope, "home.title"), signedIn: Boolean(scope.user), resident: Boolean(scope.user?.residentId), firstName: scope.user?.name.split(" ")[0] ?? null };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function Home() {
  const { t } = useTranslation("portal");
  const { signedIn, resident, firstName } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{signedIn ? t("home.welcomeBack", { name: firstName }) : t("home.heading")}</h1>
        <p className="govuk-body-l">{t("home.lead")}</p>
        <h2 className="govuk-heading-m">{t("home.now.heading")}</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t("home.now.account")}</li>
          <li>{t("home.now.language")}</li>
          <li>{t("home.now.format")}</li>
          <li>{t("home.now.support")}</li>
          <li>{t("home.now.equality")}</li>
        </ul>
        {resident && (
          <div className="govuk-inset-text">
            <h2 className="govuk-heading-m">{t("complaints.home.heading")}</h2>
            <p className="govuk-body">{t("complaints.home.body")}</p>
            <ul className="govuk-list">
              <li>
                <a className="govuk-link" href="/complaints/new">
                  {t("complaints.home.make")}
                </a>
              </li>
              <li>
                <a className="govuk-link" href="/complaints">
                  {t("complaints.home.follow")}
                </a>
              </li>
            </ul>
          </div>
        )}
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-m">{t("publication:reader.homeHeading")}</h2>
          <p className="govuk-body">{t("publication:reader.homeBody")}</p>
          <p className="govuk-body">
            <a className="govuk-link" href="/reviews">
              {t("publication:reader.homeLink")}
            </a>
          </p>
        </div>
        {signedIn ? (
          <Button href="/account">{t("home.goToAccount")}</Button>
        ) : (
          <>
            <Button href="/sign-in" isStartButton>
              {t("home.signIn")}
            </Button>
            <h2 className="govuk-heading-m">{t("home.firstTime.heading")}</h2>
            <p className="govuk-body">{t("home.firstTime.body")}</p>
            <p className="govuk-body">
              <a className="govuk-link" href="/claim">
                {t("home.firstTime.link")}
              </a>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
