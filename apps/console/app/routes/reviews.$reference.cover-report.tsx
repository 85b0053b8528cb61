import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { load } from "@hearth/api/server";
import { ReviewPage } from "../components/reviews/review-page";
import { ReportBlocks } from "../components/reviews/report-blocks";
import { coverReportBlocks } from "../lib/cover-report.server";
import { reviewPath } from "../lib/review-paths";
import { loadReviewHeader, reviewScope } from "../lib/review-page.server";
import printHref from "../cover-report.scss?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: printHref }];

export async function loader(args: LoaderFunctionArgs) {
  const scope = await reviewScope(args);
  const header = await loadReviewHeader(scope, args.params.reference);
  const report = await load(() => scope.caller.reviewPublication.coverReport({ reference: header.reference }));
  const blocks = coverReportBlocks(report, scope);
  return {
    header,
    blocks,
    contents: blocks.flatMap((b) => (b.kind === "heading" && b.level === 2 && b.id ? [{ id: b.id, text: b.text }] : [])),
    title: scope.pageTitle("publication:coverReport.title", { reference: header.reference }),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** The whole cover report on one page, laid out to print (see cover-report.scss), with the PDF beside it. */
export default function CoverReport() {
  const { t } = useTranslation("publication");
  const { header, blocks, contents } = useLoaderData<typeof loader>();
  return (
    <ReviewPage header={header} heading={t("coverReport.heading", { title: header.title })} wide>
      <div className="hearth-report">
        <p className="govuk-body hearth-report__screen-only">{t("coverReport.intro")}</p>
        <div className="govuk-button-group hearth-report__screen-only">
          <a className="govuk-button govuk-button--secondary" href={reviewPath(header.reference, "cover-report.pdf")} download>
            {t("coverReport.download")}
          </a>
        </div>
        <nav className="hearth-report__contents" aria-labelledby="report-contents">
          <h2 id="report-contents" className="govuk-heading-s">
            {t("coverReport.contents")}
          </h2>
          <ol className="govuk-list govuk-list--number">
            {contents.map((item) => (
              <li key={item.id}>
                <a className="govuk-link" href={`#${item.id}`}>
                  {item.text}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <ReportBlocks blocks={blocks} />
      </div>
    </ReviewPage>
  );
}
