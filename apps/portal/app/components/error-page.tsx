import { useTranslation } from "react-i18next";

/** Translated error pages; the stack is shown only in development. */
export function ErrorPage({ status, detail }: { status: number; detail?: string }) {
  const { t } = useTranslation("common");
  const kind = status === 404 ? "notFound" : status === 403 ? "forbidden" : status === 401 ? "forbidden" : status === 400 ? "badRequest" : "serverError";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t(`errorPage.${kind}.title`)}</h1>
        <p className="govuk-body">{t(`errorPage.${kind}.body`)}</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/">
            {t("errorPage.home")}
          </a>
        </p>
        {detail && <pre className="govuk-body-s">{detail}</pre>}
      </div>
    </div>
  );
}
