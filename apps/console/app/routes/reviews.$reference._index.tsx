import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ReviewPage } from "../components/reviews/review-page";
import { AboutReview, NextStage, ReadOnlyNote, ReviewTasks, StageHistory } from "../components/reviews/workspace-sections";
import { reviewPath } from "../lib/review-paths";
import { reviewScope } from "../lib/review-page.server";
import { workspacePage } from "../lib/review-workspace.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await reviewScope(args);
  const page = await workspacePage(scope, args.params.reference);
  return {
    title: scope.pageTitle("workspace.title", { reference: page.header.reference, title: page.header.title }),
    page,
    isStaff: scope.user.roles.includes("staff"),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function ReviewWorkspace() {
  const { t } = useTranslation("reviews");
  const { page, isStaff } = useLoaderData<typeof loader>();
  const { header } = page;
  return (
    <ReviewPage header={header} heading={header.title} backTo="/reviews" backLabel={t("workspace.back")} wide>
      {!isStaff && <ReadOnlyNote />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">{t("workspace.aboutHeading")}</h2>
          <AboutReview page={page} />
          <ul className="govuk-list">
            {header.canEdit.brief && (
              <li>
                <Link className="govuk-link" to={reviewPath(header.reference, "reschedule")}>
                  {t("workspace.reschedule")}
                </Link>
              </li>
            )}
            <li>
              <a className="govuk-link" href={reviewPath(header.reference, "cover-report.pdf")}>
                {t("workspace.coverReportPdf")}
              </a>
            </li>
          </ul>

          <h2 className="govuk-heading-m">{t("workspace.nextHeading")}</h2>
          <NextStage page={page} canMove={isStaff} />

          <h2 className="govuk-heading-m govuk-!-margin-top-8">{t("workspace.tasksHeading")}</h2>
          <p className="govuk-body">{t("workspace.tasksIntro")}</p>
          <ReviewTasks page={page} />

          <div className="govuk-!-margin-top-8">
            <StageHistory page={page} />
          </div>
        </div>
      </div>
    </ReviewPage>
  );
}
