import type { LoaderFunctionArgs } from "@remix-run/node";
import { load } from "@hearth/api/server";
import { toXlsx } from "@hearth/api/export";
import { financialYearLabel } from "@hearth/domain/reviews";
import { downloadHeaders } from "../lib/performance.server";
import { programmeScope, yearParam } from "../lib/programme.server";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The four-year programme as a spreadsheet: one row per service area and year, in the page's language. */
export async function loader(args: LoaderFunctionArgs) {
  const scope = await programmeScope(args);
  const from = yearParam(new URL(args.request.url));
  const data = await load(() => scope.caller.reviewProgramme.export(from === null ? {} : { from }));
  const t = scope.tp;
  const stage = scope.t("reviews");
  const columns = [
    { header: t("xlsx.serviceArea") },
    { header: t("xlsx.year") },
    { header: t("xlsx.reference") },
    { header: t("xlsx.reviewTitle") },
    { header: t("xlsx.stage") },
    { header: t("xlsx.lead") },
    { header: t("xlsx.approvedOn"), kind: "date" as const },
    { header: t("xlsx.standing") },
    { header: t("xlsx.lastCompletedOn"), kind: "date" as const },
    { header: t("xlsx.dueBy"), kind: "date" as const },
  ];
  const rows = data.rows.map((row) => [
    scope.areaName({ slug: row.serviceAreaSlug, name: row.serviceArea }),
    financialYearLabel(row.year),
    row.reference,
    row.title,
    row.stage ? stage(`stage.${row.stage}`) : null,
    row.lead,
    row.approvedOn,
    t(`status.${row.status}`),
    row.lastCompletedOn,
    row.dueBy,
  ]);
  const first = financialYearLabel(data.firstYear);
  const workbook = toXlsx({ name: t("xlsx.sheet"), columns, rows });
  return new Response(new Uint8Array(workbook), { headers: downloadHeaders(XLSX, `review-programme-${first}.xlsx`) });
}
