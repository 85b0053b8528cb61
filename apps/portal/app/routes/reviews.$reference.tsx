import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { BackLink, InsetText } from "@hearth/ui";
import { MultilineText } from "../components/complaints/multiline-text";
import { serviceAreaName } from "../components/complaints/service-area";
import { publishedDay } from "../components/reviews/published-summary";
import { textIn } from "../components/messages/text-in";
import { scopeOf } from "../lib/request.server";

/** One published summary in the reader's language, or in English with a note saying why. An unpublished one is a 404. */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await scopeOf(args);
  const summary = await load(() => scope.caller.publishedReviews.get({ reference: args.params.reference ?? "", locale: scope.locale }));
  return {
    title: `${summary.headline} – ${scope.t("publication")("reader.title")} – ${scope.t("common")("product")}`,
    locale: scope.locale,
    summary: {
      headline: summary.headline,
      youSaid: summary.youSaid,
      weDid: summary.weDid,
      language: summary.language,
      onlyInEnglish: summary.onlyInEnglish,
      englishOnly: summary.englishOnly,
      serviceArea: summary.serviceArea,
      approved: publishedDay(scope.locale, summary.approvedOn),
      published: publishedDay(scope.locale, summary.publishedOn),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function PublishedReview() {
  const { t } = useTranslation("publication");
  const { summary, locale } = useLoaderData<typeof loader>();
  // English shown to a reader of another language is marked as English, so it is read out and laid out as English.
  const text = textIn(summary.language, locale);
  return (
    <>
      <BackLink href="/reviews">{t("reader.back")}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{serviceAreaName(t, summary.serviceArea)}</span>
          <h1 className="govuk-heading-xl" {...text}>
            {summary.headline}
          </h1>
          {summary.onlyInEnglish && <InsetText>{t(summary.englishOnly ? "reader.englishOnly" : "reader.notTranslated")}</InsetText>}
          <h2 className="govuk-heading-l">{t("reader.youSaid")}</h2>
          <div {...text}>
            <MultilineText text={summary.youSaid} />
          </div>
          <h2 className="govuk-heading-l">{t("reader.weDid")}</h2>
          <div {...text}>
            <MultilineText text={summary.weDid} />
          </div>
          <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-top-8">
            {summary.approved && (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("reader.approvedOn")}</dt>
                <dd className="govuk-summary-list__value">
                  <time dateTime={summary.approved.iso}>{summary.approved.text}</time>
                </dd>
              </div>
            )}
            {summary.published && (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("reader.publishedOn")}</dt>
                <dd className="govuk-summary-list__value">
                  <time dateTime={summary.published.iso}>{summary.published.text}</time>
                </dd>
              </div>
            )}
          </dl>
        </div>
      </div>
    </>
  );
}
