import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, Select } from "@hearth/ui";
import { AreaVolumes, CauseVolumes, Glance, Headlines, Lessons, Outcomes, Overdue, Speed } from "../components/performance-sections";
import { PERFORMANCE_ROLES, loadReport, performanceView, yearParam } from "../lib/performance.server";
import { staffScope } from "../lib/request.server";

export async function loader(args: LoaderFunctionArgs) {
  const scope = await staffScope(args, PERFORMANCE_ROLES);
  const url = new URL(args.request.url);
  const report = await loadReport(scope, yearParam(url));
  const view = performanceView(report, scope.locale);
  const year = view.years.find((y) => y.value === String(view.year))!;
  return {
    title: scope.title("performance.pageTitle", { start: year.start, end: year.end }),
    // Only complaint handlers can open a complaint; scrutiny panel members see references only.
    canOpenComplaints: scope.user.roles.includes("staff"),
    view,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export default function ComplaintsPerformance() {
  const { t } = useTranslation("console");
  const { view, canOpenComplaints } = useLoaderData<typeof loader>();
  const query = `?year=${view.year}`;
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("performance.title")}</h1>
          <p className="govuk-body">{t("performance.intro.period", { from: view.from.text, to: view.to.text, today: view.today.text })}</p>
          <p className="govuk-body">{t("performance.intro.private")}</p>
        </div>
      </div>
      <Form method="get" className="hearth-filters hearth-year-chooser" aria-labelledby="year-heading">
        <h2 className="govuk-heading-s" id="year-heading">
          {t("performance.year.heading")}
        </h2>
        <Select
          id="year"
          name="year"
          label={t("performance.year.label")}
          defaultValue={String(view.year)}
          options={view.years.map((year) => ({ value: year.value, label: t("performance.year.option", { start: year.start, end: year.end }) }))}
        />
        <div className="govuk-button-group">
          <Button variant="secondary">{t("performance.year.submit")}</Button>
        </div>
      </Form>
      <h2 className="govuk-heading-m">{t("performance.downloads.heading")}</h2>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={`/complaints/performance.csv${query}`} download>
            {t("performance.downloads.csv")}
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`/complaints/performance.xlsx${query}`} download>
            {t("performance.downloads.xlsx")}
          </a>
        </li>
      </ul>
      <Headlines view={view} />
      <Glance view={view} />
      <AreaVolumes view={view} />
      <CauseVolumes view={view} />
      <Outcomes view={view} />
      <Speed view={view} />
      <Overdue view={view} canOpenComplaints={canOpenComplaints} />
      <Lessons view={view} canOpenComplaints={canOpenComplaints} />
    </>
  );
}
