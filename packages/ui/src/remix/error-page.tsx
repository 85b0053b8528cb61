import { useTranslation } from "react-i18next";

export const ERROR_KINDS = ["notFound", "forbidden", "badRequest", "serverError"] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export function errorKind(status: number): ErrorKind {
  if (status === 404) return "notFound";
  if (status === 401 || status === 403) return "forbidden";
  if (status === 400) return "badRequest";
  return "serverError";
}

/** Translated error pages; the stack is shown only in development. */
export function ErrorPage({ status, detail }: { status: number; detail?: string }) {
  const { t } = useTranslation("common");
  const kind = errorKind(status);
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
