import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Tag } from "@hearth/ui";
import { serviceAreaName } from "../components/complaints/service-area";
import { publishedDay } from "../components/reviews/published-summary";
import { textIn } from "../components/messages/text-in";
import { scopeOf } from "../lib/request.server";

/** Public: anyone may read what residents told us and what changed, signed in or not. */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await scopeOf(args);
  const summaries = await scope.caller.publishedReviews.list({ locale: scope.locale });
  return {
    title: `${scope.t("publication")("reader.title")} – ${scope.t("common")("product")}`,
    locale: scope.locale,
    summaries: summaries.map((s) => ({
      reference: s.reference,
      headline: s.headline,
      language: s.language,
      onlyInEnglish: s.onlyInEnglish,
      serviceArea: s.serviceArea,
      approved: publishedDay(scope.locale, s.approvedOn ?? s.publishedOn),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function PublishedReviews() {
  const { t } = useTranslation("publication");
  const { summaries, locale } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{t("reader.title")}</h1>
        <p className="govuk-body-l">{t("reader.lead")}</p>
        <p className="govuk-body">{t("reader.intro")}</p>
        {summaries.length === 0 ? (
          <p className="govuk-body">{t("reader.empty")}</p>
        ) : (
          <ul className="govuk-list">
            {summaries.map((s) => (
              <li key={s.reference} className="govuk-!-margin-bottom-6">
                <h2 className="govuk-heading-m govuk-!-margin-bottom-2">
                  <a className="govuk-link" href={`/reviews/${encodeURIComponent(s.reference)}`} {...textIn(s.language, locale)}>
                    {s.headline}
                  </a>
                </h2>
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  {serviceAreaName(t, s.serviceArea)}
                  {s.approved && (
                    <>
                      {" · "}
                      {t("reader.approved")} <time dateTime={s.approved.iso}>{s.approved.text}</time>
                    </>
                  )}
                </p>
                {s.onlyInEnglish && <Tag colour="grey">{t("reader.inEnglish")}</Tag>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
