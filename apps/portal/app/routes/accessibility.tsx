import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { pageTitle, scopeOf } from "../lib/request.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await scopeOf(args);
  return { title: pageTitle(args, scope, "accessibility.title") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function AccessibilityStatement() {
  const { t } = useTranslation("portal");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("accessibility.title")}</h1>
        <p className="govuk-body">{t("accessibility.intro")}</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t("accessibility.can.zoom")}</li>
          <li>{t("accessibility.can.keyboard")}</li>
          <li>{t("accessibility.can.screenReader")}</li>
          <li>{t("accessibility.can.noJavaScript")}</li>
          <li>{t("accessibility.can.languages")}</li>
        </ul>
        <h2 className="govuk-heading-m">{t("accessibility.standard.heading")}</h2>
        <p className="govuk-body">{t("accessibility.standard.body")}</p>
        <h2 className="govuk-heading-m">{t("accessibility.formats.heading")}</h2>
        <p className="govuk-body">{t("accessibility.formats.body")}</p>
      </div>
    </div>
  );
}
